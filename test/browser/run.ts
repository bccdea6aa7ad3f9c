/**
 * `npm run test:browser`: the library in a real browser. Bundles test/browser/page.ts from the
 * built ESM with esbuild, serves it and the playground on 127.0.0.1, and drives Debian's Chromium
 * through playwright-core:
 * 1. normalize, tokenize, sentences, latinRuns and the four streams run on the fixture inside
 *    the page, and must equal Node's results for the same calls, token for token;
 * 2. the playground: typing a text must give one chip per token (with its kind) and one list item
 *    per sentence; a screenshot is saved to artifacts/playground.png.
 * Exits 1 on any difference. Chromium must be at /usr/bin/chromium (`apt-get install -y chromium`).
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize as normalizePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import * as lib from '../../dist/index.js';
import { CHUNK_SIZE, fixture } from './fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SAMPLE_NEWS = readFileSync(join(root, 'docs/sample-news.txt'), 'utf8');
const FIXTURE = fixture(SAMPLE_NEWS);
const failures: string[] = [];
const check = (what: string, actual: unknown, expected: unknown) => {
  if (isDeepStrictEqual(actual, expected)) {
    console.log(`  ok  ${what}`);
    return;
  }
  failures.push(what);
  console.log(
    `  FAIL ${what}\n    browser: ${JSON.stringify(actual).slice(0, 300)}\n    node:    ${JSON.stringify(expected).slice(0, 300)}`,
  );
};

if (!existsSync(CHROMIUM)) {
  console.error(`test:browser: ${CHROMIUM} is missing; install it with: apt-get install -y chromium`);
  process.exit(1);
}

// The page bundle, built from dist/ as an app would build it.
const bundle = await build({
  entryPoints: [join(root, 'test/browser/page.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  write: false,
  define: { SAMPLE_NEWS: JSON.stringify(SAMPLE_NEWS) },
});
const pageJs = bundle.outputFiles[0]!.text;
const pageHtml =
  '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>arabic-text browser test</title><script type="module" src="/page.js"></script></html>';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/' || path === '/page.js') {
    res.writeHead(200, { 'content-type': TYPES[path === '/' ? '.html' : '.js'] });
    res.end(path === '/' ? pageHtml : pageJs);
    return;
  }
  // The playground, as the static site it is.
  const file = normalizePath(join(root, 'docs', path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(join(root, 'docs')) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));

  console.log('library in the page vs Node:');
  await page.goto(`http://127.0.0.1:${port}/`);
  const results = (await page.evaluate(
    () => (window as unknown as { __results: Promise<Record<string, unknown>> }).__results,
    // biome-ignore lint/suspicious/noExplicitAny: the page's results are untyped JSON, compared field by field below
  )) as Record<string, any>;
  console.log(`  (${results.userAgent})`);
  check('normalize clean', results.normalize.clean, lib.normalize(FIXTURE));
  check('normalize search', results.normalize.search, lib.normalize(FIXTURE, 'search'));
  check('normalize lucene', results.normalize.lucene, lib.normalize(FIXTURE, 'lucene'));
  check(
    'normalize of 18,000 code units with lone surrogates, decoded without Buffer',
    results.normalize.longWithLoneSurrogates,
    true,
  );
  const tokens = lib.tokenize(FIXTURE, { clitics: lib.splitClitics });
  check(`tokenize with clitics (${tokens.length} tokens)`, results.tokens, tokens);
  check(`sentences (${lib.sentences(FIXTURE).length})`, results.sentences, lib.sentences(FIXTURE));
  check('latinRuns', results.latinRuns, lib.latinRuns(FIXTURE));
  check(
    `createNormalizeStream, ${CHUNK_SIZE}-unit chunks`,
    results.streams.normalize,
    lib.normalize(FIXTURE, 'search'),
  );
  check(`createTokenStream, ${CHUNK_SIZE}-unit chunks`, results.streams.tokens, tokens);
  check(`createTokenBatchStream, ${CHUNK_SIZE}-unit chunks, flattened`, results.streams.tokenBatches, tokens);
  check(`createSentenceStream, ${CHUNK_SIZE}-unit chunks`, results.streams.sentences, lib.sentences(FIXTURE));

  console.log('playground:');
  await page.goto(`http://127.0.0.1:${port}/playground/`);
  const typed = 'قال د. أحمد لصحيفة The Times: النمو ٣٫٥٪. هل انتهى؟ «نعم.» 👍🏽 #مصر_اليوم والمدرسةُ';
  const input = page.locator('#input');
  await input.fill('');
  await input.pressSequentially(typed);
  const chips = await page
    .locator('#tokens .chip')
    .evaluateAll((nodes) =>
      nodes.map((n) => [n.textContent, (n as HTMLElement).dataset.kind, Number((n as HTMLElement).dataset.start)]),
    );
  check(
    'token chips: text, kind and offset of each token',
    chips,
    lib.tokenize(typed).map((t) => [t.text, t.kind, t.start]),
  );
  check('sentences numbered', await page.locator('#sentences li').count(), lib.sentences(typed).length);
  check(
    'Latin runs isolated',
    await page.locator('#latin bdi[dir="ltr"]').allTextContents(),
    lib.latinRuns(typed).map((r) => r.text),
  );
  check(
    'page direction',
    await page.evaluate(() => [
      document.documentElement.dir,
      getComputedStyle(document.getElementById('input')!).direction,
    ]),
    ['rtl', 'rtl'],
  );
  check(
    'search preset highlights its changes',
    (await page.locator('#normalized .preset').nth(1).locator('mark').count()) > 0,
    true,
  );
  await page.locator('#query').fill('المدرسة');
  check('search: the hits of the query are marked', await page.locator('#hits mark').allTextContents(), ['والمدرسةُ']);
  await input.fill('ذهبتُ إلى المدرسة، والمدرسةُ بعيدة');
  await page.locator('#query').fill('ذهب المدرسة');
  await page.locator('#phrase').check();
  check('search: a phrase hit', await page.locator('#hits mark').allTextContents(), ['ذهبتُ إلى المدرسة']);
  check(
    'search: the analyzed terms',
    await page.locator('#terms .chip').allTextContents(),
    lib.analyze('ذهبتُ إلى المدرسة، والمدرسةُ بعيدة').map((t) => t.term),
  );
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  await page.screenshot({ path: join(root, 'artifacts/playground.png'), fullPage: true });
  console.log('  screenshot: artifacts/playground.png');
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`\ntest:browser: ${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\ntest:browser: all checks passed');
