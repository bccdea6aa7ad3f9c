/**
 * The library as standard Web Streams (`TransformStream`, in browsers and in Node ≥ 18): string
 * chunks in; normalized text, tokens or sentences out, with offsets into the whole stream. The
 * chunkers behind them hold back only the unfinished tail of the input.
 */
import { requireString } from '../options/validate.ts';
import type { NormalizeOptions, PresetName } from '../normalize/options.ts';
import type { Sentence, SentenceOptions } from '../segment/sentences.ts';
import type { Token, TokenizeOptions } from '../tokenize/tokenize.ts';
import { NormalizeChunker } from './normalize-chunks.ts';
import type { ItemChunker } from './pending.ts';
import { SentenceChunker } from './sentence-chunks.ts';
import { TokenChunker } from './token-chunks.ts';

/**
 * A `TransformStream` that normalizes text as it flows: its output, joined, equals
 * `normalize(input, options)` however the input is split into chunks. Text is held back only up
 * to the last line break, the last Arabic letter that follows another (and its harakat), or the
 * last ASCII letter that follows another. A longer piece than V8's longest string (536,870,888
 * code units) with none of these errors the stream with a `RangeError` naming where it starts.
 *
 * @param options - As for `normalize`; invalid options throw a `TypeError` here, not later.
 *
 * @example
 * ```ts
 * import { createNormalizeStream } from 'arabic-text';
 * const response = await fetch('/corpus.txt');
 * const clean = response.body!
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(createNormalizeStream('search'));
 * for await (const text of clean) console.log(text);
 * ```
 */
export function createNormalizeStream(options?: NormalizeOptions | PresetName): TransformStream<string, string> {
  const chunker = new NormalizeChunker(options);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = chunker.push(requireString('createNormalizeStream', 'chunk', chunk));
      if (out.length > 0) controller.enqueue(out);
    },
    flush(controller) {
      const out = chunker.end();
      if (out.length > 0) controller.enqueue(out);
    },
  });
}

/**
 * A `TransformStream` of tokens: the same tokens as `tokenize(input, options)`, with offsets
 * into the whole stream, however the input is split into chunks (inside a word, a number, a URL,
 * an emoji sequence or a surrogate pair). A token is emitted once white space follows it, or once
 * every character its decision read has arrived, so a line with no white space streams too; only
 * the unfinished token is held back (a longer one than V8's longest string errors the stream with
 * a `RangeError`).
 *
 * @param options - As for `tokenize`; invalid options throw a `TypeError` here.
 *
 * @example
 * ```ts
 * import { createTokenStream } from 'arabic-text';
 * const input = new Blob(['قال الوزير ', 'إن النمو 3.', '5%']).stream().pipeThrough(new TextDecoderStream());
 * for await (const token of input.pipeThrough(createTokenStream())) console.log(token.start, token.text);
 * // 0 قال, 4 الوزير, 11 إن, 14 النمو, 20 3.5, 23 %
 * ```
 */
export function createTokenStream(options?: TokenizeOptions): TransformStream<string, Token> {
  return emittingStream('createTokenStream', new TokenChunker(options));
}

/**
 * A `TransformStream` of token arrays: the tokens of `createTokenStream(options)`, in the same
 * order, as one array per input chunk (the tokens that chunk completed; none when it completed
 * none). For throughput: a stream's cost is per chunk read, and one chunk per token made
 * `createTokenStream` 0.17–0.25× the CLI's speed on the same file, where arrays reach the
 * figure in bench/README.md.
 *
 * @param options - As for `tokenize`; invalid options throw a `TypeError` here.
 *
 * @example
 * ```ts
 * import { createTokenBatchStream } from 'arabic-text';
 * const input = new Blob(['قال الوزير ', 'إن النمو 3.', '5%']).stream().pipeThrough(new TextDecoderStream());
 * for await (const batch of input.pipeThrough(createTokenBatchStream())) console.log(batch.map((t) => t.text));
 * // ['قال', 'الوزير'], ['إن', 'النمو'], ['3.5', '%']
 * ```
 */
export function createTokenBatchStream(options?: TokenizeOptions): TransformStream<string, Token[]> {
  return batchingStream('createTokenBatchStream', new TokenChunker(options));
}

/**
 * A `TransformStream` of sentences: the same sentences as `sentences(input, options)`, with
 * offsets into the whole stream, however the input is split into chunks (inside an abbreviation
 * such as "أ.د." or between a terminator and its closing quote). Only the unfinished sentence is
 * held back (a longer one than V8's longest string errors the stream with a `RangeError`).
 *
 * @param options - As for `sentences`; invalid options throw a `TypeError` here.
 *
 * @example
 * ```ts
 * import { createSentenceStream } from 'arabic-text';
 * const input = new Blob(['قال أ.', 'د. أحمد: نعم. ', 'هل انتهى؟']).stream().pipeThrough(new TextDecoderStream());
 * for await (const s of input.pipeThrough(createSentenceStream())) console.log(s.start, s.text);
 * // 0 قال أ.د. أحمد: نعم.
 * // 20 هل انتهى؟
 * ```
 */
export function createSentenceStream(options?: SentenceOptions): TransformStream<string, Sentence> {
  return emittingStream('createSentenceStream', new SentenceChunker(options));
}

/** A `TransformStream` over a chunker, of the items each input chunk completed as one array (none when empty). */
function batchingStream<T>(name: string, chunker: ItemChunker<T>): TransformStream<string, T[]> {
  const enqueueBatch = (controller: TransformStreamDefaultController<T[]>, run: (emit: (item: T) => void) => void) => {
    const batch: T[] = [];
    run((item) => batch.push(item));
    if (batch.length > 0) controller.enqueue(batch);
  };
  return new TransformStream<string, T[]>({
    transform(chunk, controller) {
      enqueueBatch(controller, (emit) => chunker.push(requireString(name, 'chunk', chunk), emit));
    },
    flush(controller) {
      enqueueBatch(controller, (emit) => chunker.end(emit));
    },
  });
}

/** A `TransformStream` over a chunker that emits items (tokens, sentences). */
function emittingStream<T>(name: string, chunker: ItemChunker<T>): TransformStream<string, T> {
  return new TransformStream<string, T>({
    transform(chunk, controller) {
      chunker.push(requireString(name, 'chunk', chunk), (item) => controller.enqueue(item));
    },
    flush(controller) {
      chunker.end((item) => controller.enqueue(item));
    },
  });
}
