/**
 * Golden outputs: what the built package and CLI produce today on docs/sample-news.txt and on the
 * UD Arabic-PUD text, recorded before the architecture refactor (issue 12) and required byte for
 * byte after it. The sample's outputs are committed in full under test/golden/; the PUD text is
 * not ours to copy, so only the SHA-256 of each output is committed (test/golden/pud.sha256.json).
 *
 * `UPDATE_GOLDEN=1 npx vitest run test/dist/golden.test.ts` rewrites them: do that only for a
 * deliberate change of behaviour, and say so in the commit.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasGold, loadGold } from '../corpus/ud.ts';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const bin = new URL(pkg.bin['arabic-text'], root).pathname;
const lib = await import(new URL(pkg.exports['.'].import.default, root).href);
const goldenDir = new URL('test/golden/', root);
const update = process.env.UPDATE_GOLDEN === '1';

const dir = mkdtempSync(join(tmpdir(), 'arabic-text-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (items: readonly unknown[]) => items.map((item) => `${JSON.stringify(item)}\n`).join('');

/** Every recorded output of one text, by name. */
function outputs(text: string): Record<string, string> {
  const path = join(dir, 'input.txt');
  writeFileSync(path, text);
  const conllu = spawnSync(process.execPath, [bin, 'tokenize', '--format', 'conllu', '--clitics', path], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (conllu.status !== 0) throw new Error(`CLI failed: ${conllu.stderr}`);
  return {
    'normalize-clean.txt': lib.normalize(text, 'clean'),
    'normalize-search.txt': lib.normalize(text, 'search'),
    'normalize-lucene.txt': lib.normalize(text, 'lucene'),
    'tokenize.jsonl': jsonl(lib.tokenize(text)),
    'tokenize-clitics.jsonl': jsonl(lib.tokenize(text, { clitics: lib.splitClitics })),
    'sentences.jsonl': jsonl(lib.sentences(text)),
    'cli-tokenize-clitics.conllu': conllu.stdout,
  };
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('golden outputs', () => {
  it.each([
    ['docs/sample-news.txt', new URL('docs/sample-news.txt', root), 'sample-news'],
    ['test/golden/tricky.txt (the rarer paths)', new URL('tricky.txt', goldenDir), 'tricky'],
  ])('%s: every output equals the committed one byte for byte', (_, input, folder) => {
    for (const [name, output] of Object.entries(outputs(readFileSync(input, 'utf8')))) {
      const file = new URL(`${folder}/${name}`, goldenDir);
      if (update) writeFileSync(file, output);
      expect(output, name).toBe(readFileSync(file, 'utf8'));
    }
  });

  it.skipIf(!hasGold)('UD Arabic-PUD text: every output has the committed SHA-256', () => {
    const text = loadGold()
      .map((doc) => doc.text)
      .join('\n');
    const file = new URL('pud.sha256.json', goldenDir);
    const hashes = Object.fromEntries(Object.entries(outputs(text)).map(([name, output]) => [name, sha256(output)]));
    if (update) writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
    expect(existsSync(file)).toBe(true);
    expect(hashes).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
