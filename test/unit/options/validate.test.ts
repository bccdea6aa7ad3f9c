/**
 * One option-validation mechanism for every public function: the same TypeError shape
 * everywhere, and the holes found when tried as a new user would are closed.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/index.ts';
import { OptionError } from '../../../src/options/validate.ts';

describe('options', () => {
  it.each([
    [
      'a sparse abbreviations array',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
      () => lib.sentences('x', { abbreviations: [, 'د'] as never }),
      /invalid value an array for option "abbreviations"; allowed values: an array of strings/,
    ],
    ['a BigInt value', () => lib.normalize('x', { digits: 10n as never }), /invalid value 10n for option "digits"/],
    [
      'a cyclic value',
      () => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return lib.normalize('x', { digits: o as never });
      },
      /invalid value an object for option "digits"/,
    ],
    [
      'a value with no prototype',
      () => lib.normalize('x', { digits: Object.create(null) }),
      /invalid value an object for option "digits"/,
    ],
    [
      'a symbol',
      () => lib.tokenize('x', { whitespace: Symbol('s') as never }),
      /invalid value Symbol\(s\) for option "whitespace"/,
    ],
    [
      'an array as options',
      () => lib.tokenize('x', [] as never),
      /tokenize options must be a plain object, got an array/,
    ],
    [
      'a Map as options',
      () => lib.sentences('x', new Map() as never),
      /sentences options must be a plain object, got a Map/,
    ],
    [
      'inherited options',
      () => lib.normalize('x', Object.create({ preset: 'search' })),
      /normalize options must be a preset name .* or a plain object, got an object/,
    ],
  ])('%s: a TypeError naming the option', (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('the error carries the option and its allowed values as fields (the CLI reads them)', () => {
    try {
      lib.normalize('x', { digits: 'roman' as never });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OptionError);
      expect((e as OptionError).option).toBe('digits');
      expect((e as OptionError).allowed).toBe("'keep', 'ascii', 'arabic', 'persian'");
    }
  });

  it('a frozen or prototype-free options object is accepted', () => {
    expect(lib.normalize('أ', Object.freeze({ preset: 'search' as const }))).toBe('ا');
    expect(lib.normalize('أ', Object.assign(Object.create(null), { alef: true }))).toBe('ا');
  });
});

describe('non-string input: a TypeError naming the function and the argument', () => {
  it.each([
    ['normalize', () => lib.normalize(undefined as never)],
    ['normalizeWithOffsets', () => lib.normalizeWithOffsets(1 as never)],
    ['tokenize', () => lib.tokenize(null as never)],
    ['tokens', () => [...lib.tokens({} as never)]],
    ['tokenSpans', () => lib.tokenSpans(3 as never)],
    ['sentences', () => lib.sentences(undefined as never)],
    ['sentenceSpans', () => lib.sentenceSpans(null as never)],
    ['sentenceSegments', () => [...lib.sentenceSegments(1 as never)]],
    ['latinRuns', () => lib.latinRuns(undefined as never)],
    ['latinRunSpans', () => lib.latinRunSpans(undefined as never)],
    ['isolateLatinRuns', () => lib.isolateLatinRuns(undefined as never)],
    ['splitClitics', () => lib.splitClitics(5 as never)],
  ])('%s', (name, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`arabic-text: ${name}: argument "(text|word)" must be a string`));
  });

  it('the streams refuse a non-string chunk', async () => {
    for (const [name, stream] of [
      ['createNormalizeStream', lib.createNormalizeStream()],
      ['createTokenStream', lib.createTokenStream()],
      ['createTokenBatchStream', lib.createTokenBatchStream()],
      ['createSentenceStream', lib.createSentenceStream()],
    ] as const) {
      const writer = (stream as TransformStream<unknown, unknown>).writable.getWriter();
      const reading = (stream as TransformStream<unknown, unknown>).readable.getReader().read();
      await expect(writer.write(42)).rejects.toThrow(new RegExp(`${name}: argument "chunk" must be a string, got 42`));
      await reading.catch(() => undefined);
    }
  });
});
