import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClitics, tokenize } from '../../src/index.ts';
import { anyString, arabicLetter, arabicText, haraka, runs } from './arbitraries.ts';

const word = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: arabicLetter }, haraka, fc.constantFrom('ـ', 'و', 'ب', 'ل', 'ه', 'ها', 'ال')),
    { minLength: 1, maxLength: 10 },
  )
  .map((a) => a.join(''));

describe('clitic laws', () => {
  it("the parts' surface spans tile the word's span", () => {
    fc.assert(
      fc.property(fc.oneof(word, anyString), (w) => {
        const parts = splitClitics(w);
        let at = 0;
        for (const p of parts) {
          expect(p.start).toBe(at);
          if (w !== '') expect(p.end).toBeGreaterThan(p.start);
          at = p.end;
        }
        expect(at).toBe(w.length);
        expect(parts.filter((p) => p.role === 'stem')).toHaveLength(1);
      }),
      runs(),
    );
  });

  it('in tokenize, the parts tile every Arabic word token', () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        for (const tok of tokenize(t, { clitics: splitClitics })) {
          if (tok.parts === undefined) continue;
          expect(tok.parts[0]!.start).toBe(tok.start);
          expect(tok.parts.at(-1)!.end).toBe(tok.end);
        }
      }),
      runs(),
    );
  });

  it('splitting never throws', () => {
    fc.assert(
      fc.property(anyString, (w) => {
        splitClitics(w);
      }),
      runs(),
    );
  });

  it('a word with no Arabic letters is never split', () => {
    fc.assert(
      fc.property(anyString, (w) => {
        fc.pre(!/\p{sc=Arabic}/u.test(w));
        expect(splitClitics(w)).toEqual([{ text: w, start: 0, end: w.length, role: 'stem' }]);
      }),
      runs(),
    );
  });
});
