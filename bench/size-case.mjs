// One case of the size matrix (size-matrix.ts), alone in its process so that no other case's
// garbage lands on it: `node size-case.mjs OPERATION FAMILY SIZE RUNS` prints the median time in
// ms of OPERATION on FAMILY built to SIZE code units, as JSON on stdout: the fastest of RUNS,
// the least disturbed by the machine (the other runs differ by garbage collection and noise).
import * as lib from '../dist/index.js';
import { FAMILIES, pudRepeated, STREAM_CHUNK } from './size-families.mjs';

const [operation, family, sizeArg, runsArg] = process.argv.slice(2);
const size = Number(sizeArg);
const unit = family === 'UD Arabic-PUD' ? pudRepeated : FAMILIES[family];
if (unit === undefined) throw new Error(`size-case: unknown family ${family}`);
// A flat string (a repeat is a rope), as text read from a file is.
const text = Buffer.from(unit(size), 'utf8').toString('utf8');

/** Feeds `text` through a Web Stream in STREAM_CHUNK pieces and counts what comes out. */
async function stream(transform) {
  const writer = transform.writable.getWriter();
  let count = 0;
  const reading = (async () => {
    for await (const _ of transform.readable) count++;
  })();
  for (let k = 0; k < text.length; k += STREAM_CHUNK) await writer.write(text.slice(k, k + STREAM_CHUNK));
  await writer.close();
  await reading;
  return count;
}

/** Walks a lazy sequence to its end (`tokens`, `sentenceSegments`). */
function count(items) {
  let n = 0;
  for (const _ of items) n++;
  return n;
}

const splitter = lib.createCliticSplitter();
const OPERATIONS = {
  normalize: (t) => lib.normalize(t, 'search'),
  normalizeWithOffsets: (t) => lib.normalizeWithOffsets(t, 'search'),
  tokenize: (t) => lib.tokenize(t),
  tokens: (t) => count(lib.tokens(t)),
  tokenSpans: (t) => lib.tokenSpans(t),
  'tokenize clitics': (t) => lib.tokenize(t, { clitics: splitter }),
  sentences: (t) => lib.sentences(t),
  sentenceSpans: (t) => lib.sentenceSpans(t),
  sentenceSegments: (t) => count(lib.sentenceSegments(t)),
  latinRuns: (t) => lib.latinRuns(t),
  mask: (t) => lib.mask(t),
  transliterate: (t) => lib.transliterate(t, 'buckwalter'),
  createNormalizeStream: () => stream(lib.createNormalizeStream('search')),
  createTokenStream: () => stream(lib.createTokenStream()),
  createTokenBatchStream: () => stream(lib.createTokenBatchStream()),
  createSentenceStream: () => stream(lib.createSentenceStream()),
};
const run = OPERATIONS[operation];
if (run === undefined) throw new Error(`size-case: unknown operation ${operation}`);

await run(text.slice(0, 4096));
const times = [];
for (let k = 0; k < Number(runsArg); k++) {
  const start = performance.now();
  await run(text);
  times.push(performance.now() - start);
}
console.log(JSON.stringify({ ms: Math.min(...times), chars: text.length }));
