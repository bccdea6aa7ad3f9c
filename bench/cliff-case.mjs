// One case of the String.prototype cliff (string-cliff.ts), alone in its process:
// `node cliff-case.mjs OPERATION MODE RUNS` prints the fastest of RUNS timings (ms) of OPERATION
// on UD Arabic-PUD text (generated news without ../shared), 4M code units, as JSON on stdout.
// MODE `subclass` first gives objects String.prototype as their prototype, as `class X extends
// String` and node-redis v5's `Object.create(String.prototype)` do; `clean` does not.
import { readFileSync } from 'node:fs';
import { pudRepeated } from './size-families.mjs';

const [operation, mode, runsArg] = process.argv.slice(2);
if (mode === 'subclass') {
  class VerbatimLike extends String {}
  globalThis.__stringSubclass = [new VerbatimLike('x'), Object.create(String.prototype)];
} else if (mode !== 'clean') throw new Error(`cliff-case: unknown mode ${mode}`);
const lib = await import('../dist/index.js');

const SIZE = 1 << 22;
const sample = () => readFileSync(new URL('../docs/sample-news.txt', import.meta.url), 'utf8');
const repeated =
  pudRepeated(SIZE) ??
  sample()
    .repeat(Math.ceil(SIZE / sample().length))
    .slice(0, SIZE);
// A flat string (a repeat is a rope), as text read from a file is.
const text = Buffer.from(repeated, 'utf8').toString('utf8');

const OPERATIONS = {
  'normalize search': (t) => lib.normalize(t, 'search'),
  tokenSpans: (t) => lib.tokenSpans(t),
  sentenceSpans: (t) => lib.sentenceSpans(t),
  transliterate: (t) => lib.transliterate(t, 'buckwalter'),
};
const run = OPERATIONS[operation];
if (run === undefined) throw new Error(`cliff-case: unknown operation ${operation}`);
run(text.slice(0, 4096));
const times = [];
for (let k = 0; k < Number(runsArg); k++) {
  const start = performance.now();
  run(text);
  times.push(performance.now() - start);
}
console.log(JSON.stringify({ ms: Math.min(...times), chars: text.length }));
