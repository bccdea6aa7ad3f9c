/**
 * Runs inside Chromium: the library (bundled from the built ESM) on the fixture, one-shot and
 * through the Web Streams with small chunks. The results go to `window.__results`, which the
 * runner compares with Node's, token for token.
 */
import {
  createNormalizeStream,
  createSentenceStream,
  createTokenStream,
  createTokenBatchStream,
  latinRuns,
  normalize,
  sentences,
  splitClitics,
  tokenize,
} from '../../dist/index.js';
import { CHUNK_SIZE, fixture } from './fixture.ts';

/** docs/sample-news.txt, inlined by the runner's esbuild `define`. */
declare const SAMPLE_NEWS: string;
const FIXTURE = fixture(SAMPLE_NEWS);

async function pipe<T>(stream: TransformStream<string, T>): Promise<T[]> {
  const source = new ReadableStream<string>({
    start(controller) {
      for (let k = 0; k < FIXTURE.length; k += CHUNK_SIZE) controller.enqueue(FIXTURE.slice(k, k + CHUNK_SIZE));
      controller.close();
    },
  });
  const out: T[] = [];
  const reader = source.pipeThrough(stream).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

async function run() {
  return {
    userAgent: navigator.userAgent,
    normalize: {
      clean: normalize(FIXTURE),
      search: normalize(FIXTURE, 'search'),
      lucene: normalize(FIXTURE, 'lucene'),
      // 18,000 code units: the decoder without Buffer, over two full chunks and a rest, keeps
      // lone surrogates (compared here: they do not survive the page's JSON).
      longWithLoneSurrogates: normalize(`${'بَ\ud800'.repeat(9000)}`, 'search') === 'ب\ud800'.repeat(9000),
    },
    tokens: tokenize(FIXTURE, { clitics: splitClitics }),
    sentences: sentences(FIXTURE),
    latinRuns: latinRuns(FIXTURE),
    streams: {
      normalize: (await pipe(createNormalizeStream('search'))).join(''),
      tokens: await pipe(createTokenStream({ clitics: splitClitics })),
      tokenBatches: (await pipe(createTokenBatchStream({ clitics: splitClitics }))).flat(),
      sentences: await pipe(createSentenceStream()),
    },
  };
}

(window as unknown as { __results: Promise<unknown> }).__results = run();
