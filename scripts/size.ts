/**
 * `npm run size`: what the library costs in a browser bundle. esbuild bundles four entry points
 * from the built ESM (dist/index.js), minified, as an app would; each is gzipped (level 9) and
 * checked against its budget. Also checks tree shaking: importing only `normalize` must not pull
 * in the tokenizer. Exit 1 when a check fails. `--markdown` prints the README's table.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Budgets in gzip bytes, set from the first measured build (2026-11-29, esbuild 0.27.7: normalize
 * 11,560, tokenize 12,030, sentences 9,580, everything 21,860) plus about 3% headroom. The
 * issue's ceiling for everything is 16 KB; the library is above it (see the README).
 */
const BUDGETS = {
  normalize: 11_900,
  tokenize: 12_400,
  sentences: 9_900,
  '*': 22_500,
} as const;

/** A string that only the tokenizer's code contains: its options error message. */
const TOKENIZER_MARKER = 'tokenize options must be an object';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const entries: Record<keyof typeof BUDGETS, string> = {
  normalize: `import { normalize } from ${JSON.stringify(dist)}; globalThis.use = normalize;`,
  tokenize: `import { tokenize } from ${JSON.stringify(dist)}; globalThis.use = tokenize;`,
  sentences: `import { sentences } from ${JSON.stringify(dist)}; globalThis.use = sentences;`,
  '*': `import * as all from ${JSON.stringify(dist)}; globalThis.use = all;`,
};

interface Row {
  name: string;
  minified: number;
  gzip: number;
  budget: number;
  code: string;
}

async function measure(name: keyof typeof BUDGETS): Promise<Row> {
  const result = await build({
    stdin: { contents: entries[name], loader: 'js', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
  });
  const bytes = result.outputFiles[0]!.contents;
  return {
    name,
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    budget: BUDGETS[name],
    code: new TextDecoder().decode(bytes),
  };
}

const rows: Row[] = [];
for (const name of Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>) rows.push(await measure(name));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const all = rows.find((r) => r.name === '*')!;
const failures: string[] = [];
for (const r of rows) {
  if (r.gzip > r.budget) failures.push(`${r.name}: ${r.gzip} B gzip > budget ${r.budget} B`);
  if (r !== all && r.gzip >= all.gzip) failures.push(`${r.name}: not smaller than the whole library`);
}
const normalizeOnly = rows.find((r) => r.name === 'normalize')!;
if (normalizeOnly.code.includes(TOKENIZER_MARKER))
  failures.push('normalize: the bundle contains the tokenizer (tree shaking failed)');
// The marker must be in the tokenizer's bundle, or the check above proves nothing.
if (!rows.find((r) => r.name === 'tokenize')!.code.includes(TOKENIZER_MARKER))
  failures.push(`the marker "${TOKENIZER_MARKER}" is no longer in the tokenizer: update it`);

const label = (name: string) => (name === '*' ? '`import *` (everything)' : `\`import { ${name} }\``);
const table = [
  '| bundle | minified | gzip | budget |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${label(r.name)} | ${kb(r.minified)} | ${kb(r.gzip)} | ${kb(r.budget)} |`),
].join('\n');
console.log(table);
if (!process.argv.includes('--markdown')) {
  console.log(
    `\ntree shaking: import { normalize } ${normalizeOnly.code.includes(TOKENIZER_MARKER) ? 'PULLS IN' : 'leaves out'} the tokenizer`,
  );
  console.log(
    `the whole library is ${kb(all.gzip)} gzip; the 16 KB ceiling is ${all.gzip <= 16 * 1024 ? 'met' : 'NOT met'}`,
  );
}
if (failures.length > 0) {
  console.error(`\nsize check failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
