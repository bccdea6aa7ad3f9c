import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSegments, sentenceSpans, sentences } from '../../src/index.ts';
import { anyString, arabicText, isGapChar, runs, sentenceOptions } from './arbitraries.ts';

const text = fc.oneof(arabicText, anyString);
const options = sentenceOptions;
const isGap = isGapChar;

describe('sentence segmentation laws', () => {
  it('sentences are ordered, non-overlapping and within the text', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        let last = 0;
        for (const s of sentences(t, o)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          last = s.end;
        }
      }),
      runs(),
    );
  });

  it('their spans with the white space between them rebuild the input', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        let rebuilt = '';
        let last = 0;
        for (const s of sentences(t, o)) {
          for (const ch of t.slice(last, s.start)) expect(isGap(ch), JSON.stringify(ch)).toBe(true);
          rebuilt += t.slice(last, s.start) + s.text;
          last = s.end;
        }
        for (const ch of t.slice(last)) expect(isGap(ch)).toBe(true);
        expect(rebuilt + t.slice(last)).toBe(t);
      }),
      runs(),
    );
  });

  it('no sentence is empty, and none starts or ends with white space', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        for (const s of sentences(t, o)) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(isGap(s.text[0]!)).toBe(false);
          expect(isGap(s.text.at(-1)!)).toBe(false);
        }
      }),
      runs(),
    );
  });

  it('text without any terminator or line break is exactly one sentence', () => {
    const plain = fc
      .array(
        fc.oneof(
          fc.constantFrom('كتب', 'الولد', 'iPhone', '3.5', '،', '«', '»', '(', ')', '"', '👍🏽', ' ', '\t', 'د'),
          fc.string({ maxLength: 3 }),
        ),
        { maxLength: 20 },
      )
      .map((a) => a.join('').replace(/[.!?؟…۔؛\n\v\f\r\u0085\u2028\u2029]/gu, ''));
    fc.assert(
      fc.property(plain, (t) => {
        fc.pre([...t].some((ch) => !isGap(ch)));
        expect(sentences(t)).toHaveLength(1);
      }),
      runs(),
    );
  });

  it('sentences, sentenceSpans and sentenceSegments agree', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const objects = sentences(t, o);
        expect([...sentenceSegments(t, o)]).toEqual(objects);
        expect(Array.from(sentenceSpans(t, o))).toEqual(objects.flatMap((s) => [s.start, s.end]));
      }),
      runs(),
    );
  });

  it('segmenting never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), options, (t, o) => {
        sentences(t, o);
      }),
      runs(),
    );
  });
});

describe('sentence segmentation on large and hostile input', () => {
  it('handles 100K dots, a 1 MB word of a.a.a…, a long quotation and an unclosed bracket', () => {
    expect(sentences('.'.repeat(100_000))).toHaveLength(1);
    expect(sentences('a.'.repeat(500_000)).length).toBeGreaterThan(0);
    // (the terminator before the spaced closing quote ends the quotation's sentence: S5)
    const quoted = sentences(`"${'جملة. '.repeat(100_000)}" ثم مضى`);
    expect(quoted).toHaveLength(2);
    expect(quoted[0]!.text.endsWith('. "')).toBe(true);
    expect(quoted[1]!.text).toBe('ثم مضى');
    // S16: the same quotation ending its line is 100,000 sentences (and the closing quote's own).
    expect(sentences(`"${'جملة. '.repeat(100_000)}"`)).toHaveLength(100_001);
    expect(sentences(`(${'جملة. '.repeat(100_000)}`).length).toBeGreaterThan(1000);
    expect(sentences(`ب${'\u064e'.repeat(1_000_000)}.`)).toHaveLength(1);
  });
});
