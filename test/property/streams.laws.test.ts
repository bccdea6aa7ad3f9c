/**
 * The stream laws: for any text and any split into chunks, each Web Stream's output equals the
 * one-shot function's result. The splits are arbitrary code-unit positions, so they fall inside
 * words, numbers, URLs, emoji sequences, surrogate pairs, lam-alef pairs and abbreviations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createNormalizeStream,
  createSentenceStream,
  createTokenStream,
  createTokenBatchStream,
  normalize,
  sentences,
  tokenize,
  type TokenizeOptions,
  splitClitics,
} from '../../src/index.ts';
import { SentenceChunker } from '../../src/stream/sentence-chunks.ts';
import { TokenChunker } from '../../src/stream/token-chunks.ts';
import { anyString, arabicText, piece, presetOrOptions, runs, sentenceOptions } from './arbitraries.ts';

/** Fragments that streams must not cut wrongly: links, numbers, abbreviations, closing quotes. */
const tricky = fc.constantFrom(
  'https://example.com/a?id=15',
  'www.bbc.co.uk',
  'info@example.org',
  '@user_1',
  '#مصر_اليوم',
  '3.5',
  '٣٫٥',
  '١٬٠٠٠',
  '2024م.',
  'أ.د. ',
  'د. ',
  'ص.ب ',
  'U.S. ',
  '1. ',
  '١. ',
  'نعم.» ',
  '؟”',
  '..؟!',
  'لا',
  'ﻻ',
  'ی',
  'ي\u200cا',
  '👨\u200d👩\u200d👧',
  '🇸🇦',
  ' ,',
  ' ؟',
  'iPhone 15',
  '\r\n',
  '\n\n',
  '(ص. 15)',
);
/**
 * Long runs with no white space, where a token is final only once every character its decision
 * read has arrived (look-ahead.ts): runs that a look-ahead reads to the end and then gives up or
 * trims (a URL's trailing dots, a failed email or emoticon, a tag's ZWNJ), longer than the bound.
 */
const longRun = fc
  .nat({ max: 80 })
  .chain((k) =>
    fc.constantFrom(
      `http://a.b${'.'.repeat(k)}x`,
      `http://a.b${'.'.repeat(k)}`,
      `a${'.a'.repeat(k)}@b.co`,
      `a${'.a'.repeat(k)}`,
      `:${'D'.repeat(k)}x`,
      `:${'D'.repeat(k)}`,
      `#وسم${'\u200c'.repeat(k)}x`,
      `@u${'_'.repeat(k)}`,
      `${'1,'.repeat(k)}1`,
      '\0'.repeat(k),
      `${'د.'.repeat(k)}`,
      `(${'x'.repeat(k)})`,
    ),
  );
const glued = fc
  .array(
    fc.oneof(
      tricky.map((t) => t.replace(/\s/g, '')),
      longRun,
      piece.map((t) => t.replace(/\s/g, '')),
    ),
    {
      maxLength: 30,
    },
  )
  .map((a) => a.join(''));

const streamText = fc.oneof(
  glued,
  fc
    .array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: tricky }), { maxLength: 40 })
    .map((a) => a.join('')),
  arabicText,
  anyString,
);

/** `text` cut at arbitrary positions (possibly inside a surrogate pair), with empty chunks too. */
const split = (text: string, cuts: number[]): string[] => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const p of points) {
    chunks.push(text.slice(last, p));
    last = p;
  }
  chunks.push(text.slice(last));
  return chunks;
};
const cuts = fc.array(fc.nat(), { maxLength: 40 });

async function pipe<T>(chunks: string[], stream: TransformStream<string, T>): Promise<T[]> {
  const source = new ReadableStream<string>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const out: T[] = [];
  for await (const item of source.pipeThrough(stream) as unknown as AsyncIterable<T>) out.push(item);
  return out;
}

const tokenizeOptions: fc.Arbitrary<TokenizeOptions> = fc.record(
  { whitespace: fc.boolean(), clitics: fc.constantFrom(false as const, splitClitics) },
  { requiredKeys: [] },
);

/**
 * Long stretches with no candidate (no terminator, quote, bracket or line break), where the CLI's
 * text format hands a sentence's first part over: words and white space of every kind, with
 * marks, digits, symbols and controls, some glued without any separator for a while.
 */
const plainPart = fc.constantFrom(
  'قال',
  'الحكومة',
  'word',
  'x1',
  '٣٤',
  ' ',
  '  ',
  '\t',
  '\u200c',
  'َ',
  '@',
  '#',
  '\0',
  '😀',
  'ـ',
  '\u00a0',
  ',',
  '،',
  '-',
);
const plainRun = fc.array(plainPart, { minLength: 50, maxLength: 600 }).map((a) => a.join(''));
/** Long Arabic words (letters, marks, tatweel), then what may continue or end one. */
const arabicRun = fc
  .array(fc.constantFrom('ب', 'ا', 'ل', 'ة', 'ى', 'ء', 'َ', 'ّ', 'ـ', 'ٰ', 'ی', 'ک'), { minLength: 20, maxLength: 500 })
  .map((a) => a.join(''));
/** Runs with no space of control symbols among Arabic letters and marks (NUL bytes, escapes). */
const controlRun = fc
  .array(fc.constantFrom('\0', '\0', '\u001b', '\u007f', '\u0001', 'ب', 'ل', 'َ', 'ـ', '[0m'), {
    minLength: 20,
    maxLength: 500,
  })
  .map((a) => a.join(''));
/** What glued to a long word makes it part of a longer token: a link, a domain, a mention. */
const glue = fc.constantFrom('http://h/', '.com', '.', '@', '#', 'x');
const handOverText = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: plainRun }, { weight: 2, arbitrary: tricky }, arabicRun, controlRun, piece, glue),
    {
      maxLength: 8,
    },
  )
  .map((a) => a.join(''));

/** The CLI's text format: each sentence's handed-over parts, then the rest of its text. */
function handedOver(chunks: string[], options: Parameters<typeof sentences>[1], after: number) {
  let parts: string[] = [];
  const found: Array<{ text: string; start: number; end: number }> = [];
  const chunker = new SentenceChunker(options, 0, undefined, { write: (t) => parts.push(t), after });
  const emit = (s: { text: string; start: number; end: number }) => {
    found.push({ text: parts.join('') + s.text, start: s.start, end: s.end });
    parts = [];
  };
  for (const chunk of chunks) chunker.push(chunk, emit);
  chunker.end(emit);
  expect(parts).toEqual([]);
  return found;
}

const wordText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: arabicRun },
      { weight: 2, arbitrary: tricky },
      piece,
      fc.constantFrom('@', '.com', '\u200c', '\u200a', '\u200d', '1', '٣', 'x', '#', '_', ' ', '\n', '﻿', '\u0300'),
    ),
    { maxLength: 10 },
  )
  .map((a) => a.join(''));

/** The CLI's text format for tokens: each token's handed-over parts, then the rest of its text. */
function tokensHandedOver(chunks: string[], options: TokenizeOptions, after: number) {
  let parts: string[] = [];
  const found: Array<{ text: string; end: number }> = [];
  const chunker = new TokenChunker(
    options,
    0,
    (text, s, base) => ({ text: text.slice(s.start, s.end), end: base + s.end }),
    undefined,
    { write: (t) => parts.push(t), after },
  );
  const emit = (t: { text: string; end: number }) => {
    found.push({ text: parts.join('') + t.text, end: t.end });
    parts = [];
  };
  for (const chunk of chunks) chunker.push(chunk, emit);
  chunker.end(emit);
  expect(parts).toEqual([]);
  return found;
}

describe('stream laws', () => {
  it("a word handed over in parts (the CLI's text format) is the token, for any split", () => {
    fc.assert(
      fc.property(wordText, cuts, fc.boolean(), fc.integer({ min: 1, max: 300 }), (t, c, whitespace, after) => {
        const o = { whitespace };
        expect(tokensHandedOver(split(t, c), o, after)).toEqual(
          tokenize(t, o).map((k) => ({ text: k.text, end: k.end })),
        );
      }),
      runs(),
    );
  });

  it("a sentence handed over in parts (the CLI's text format) is the sentence, for any split", () => {
    fc.assert(
      fc.property(handOverText, cuts, sentenceOptions, fc.integer({ min: 1, max: 400 }), (t, c, o, after) => {
        expect(handedOver(split(t, c), o, after)).toEqual(sentences(t, o));
      }),
      runs(),
    );
  });

  it('the normalize stream, joined, equals normalize for any split', async () => {
    await fc.assert(
      fc.asyncProperty(streamText, cuts, presetOrOptions, async (t, c, o) => {
        const streamed = (await pipe(split(t, c), createNormalizeStream(o))).join('');
        expect(streamed).toBe(normalize(t, o));
      }),
      runs(),
    );
  });

  it('the token stream equals tokenize for any split', async () => {
    await fc.assert(
      fc.asyncProperty(streamText, cuts, tokenizeOptions, async (t, c, o) => {
        expect(await pipe(split(t, c), createTokenStream(o))).toEqual(tokenize(t, o));
      }),
      runs(),
    );
  });

  it('the token batch stream, flattened, equals tokenize for any split, and has no empty batch', async () => {
    await fc.assert(
      fc.asyncProperty(streamText, cuts, tokenizeOptions, async (t, c, o) => {
        const batches = await pipe(split(t, c), createTokenBatchStream(o));
        expect(batches.flat()).toEqual(tokenize(t, o));
        expect(batches.every((b) => b.length > 0)).toBe(true);
      }),
      runs(),
    );
  });

  it('the sentence stream equals sentences for any split', async () => {
    await fc.assert(
      fc.asyncProperty(streamText, cuts, sentenceOptions, async (t, c, o) => {
        expect(await pipe(split(t, c), createSentenceStream(o))).toEqual(sentences(t, o));
      }),
      runs(),
    );
  });

  it('all three streams equal their functions when the text comes one code unit at a time', async () => {
    await fc.assert(
      fc.asyncProperty(streamText, async (t) => {
        const units = Array.from({ length: t.length }, (_, k) => t[k]!);
        expect((await pipe(units, createNormalizeStream('search'))).join('')).toBe(normalize(t, 'search'));
        expect(await pipe(units, createTokenStream())).toEqual(tokenize(t));
        expect(await pipe(units, createSentenceStream())).toEqual(sentences(t));
      }),
      runs(100),
    );
  });
});
