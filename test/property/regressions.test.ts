/**
 * Counterexamples found by `npm run fuzz`, kept as rows: each one broke a law once, and the law is
 * checked on it here on every run (the comments in src/ say why the code looks as it does and
 * point here for the inputs).
 */
import { describe, expect, it } from 'vitest';
import { createSentenceStream, normalize, sentences, type PresetName } from '../../src/index.ts';

const PRESETS: PresetName[] = ['clean', 'search', 'lucene', 'none'];

/** normalize(normalize(x)) === normalize(x), for every preset and a few switch sets. */
const IDEMPOTENCE: ReadonlyArray<readonly [string, string]> = [
  ['a ZWNJ kept before a presentation form that writes tatweel + harakat', 'ب\u200cﳲ'],
  ['a comma after ZWNJ and a letter', ',\u200cا'],
  ['a ZWNJ between spaces before ،', 'ا \u200c ،'],
  ['a combining madda beside a space before ،', 'اً ٓ،'],
  ['a mathematical digit inside a Latin word', 'iPhone𝟙0'],
  ['N13: ﷼ (spelled ريال under ligatures) before a spaced ...', '﷼ ...'],
  ['N13: a presentation-form letter, then “ and a ZWNJ at the end', 'ﭐ“\u200c'],
  ['N9: ﷲ, a ZWNJ, then harakat', 'ﷲ\u200cًا'],
  ['N13: two spaces around a tatweel and marks that diacritics all removes, before ...', 'ب ـًٔ ...'],
];

describe('fuzz counterexamples', () => {
  it.each(IDEMPOTENCE)('idempotent: %s (%j)', (_, input) => {
    for (const preset of PRESETS) {
      const once = normalize(input, preset);
      expect(normalize(once, preset), preset).toBe(once);
    }
    for (const options of [
      { spacing: true },
      { spacing: true, ligatures: true },
      { spacing: true, diacritics: 'all' as const },
      { spacing: true, diacritics: 'all' as const, whitespace: 'keep' as const },
      { digits: 'arabic' as const },
      { punctuation: 'arabic' as const },
    ]) {
      const once = normalize(input, options);
      expect(normalize(once, options), JSON.stringify(options)).toBe(once);
    }
  });

  /** S12's tail decides from the token after a boundary, whose kind the next text can change. */
  const STREAM_CUTS: ReadonlyArray<readonly [string, string]> = [
    ['an abbreviation chunk cut at a ZWNJ', 'ﻻ\u200cص.ب نعم. لا'],
    ['a tail URL whose scheme arrives later (https → https://…)', '؟ https://example.com/a?id=15'],
    ['a tail URL cut before the Arabic letters that end it', 'نعم.» https://t.co/Ewut2lEyB1ًاا'],
  ];

  it.each(STREAM_CUTS)(
    'the sentence stream equals sentences() cut at every point and unit by unit: %s',
    async (_, text) => {
      const whole = sentences(text);
      const splits = [
        ...Array.from({ length: text.length - 1 }, (_, k) => [text.slice(0, k + 1), text.slice(k + 1)]),
        Array.from(text),
      ];
      for (const pieces of splits) {
        const source = new ReadableStream<string>({
          start(c) {
            for (const piece of pieces) c.enqueue(piece);
            c.close();
          },
        });
        const got = [];
        for await (const s of source.pipeThrough(createSentenceStream()) as unknown as AsyncIterable<unknown>)
          got.push(s);
        expect(got, JSON.stringify(pieces)).toEqual(whole);
      }
    },
  );
});
