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

/** Words of the Persian and Urdu alphabets (no ي ك ة ى), proclitic-looking letters first. */
const chars = (s: string) => fc.constantFrom(...Array.from(s));
const persianWord = fc
  .array(fc.oneof(chars('وبلفکاله'), chars('ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیہےںٹڈڑ')), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''));
/** A word with a letter only Persian or Urdu writes. */
const markedWord = fc.tuple(persianWord, chars('یکگپچژہےںٹڈڑ'), persianWord).map(([a, b, c]) => a + b + c);
/** A Persian or Urdu line (C20): each word beside one with a Persian or Urdu letter. */
const persianLine = fc
  .array(fc.tuple(persianWord, markedWord), { minLength: 1, maxLength: 8 })
  .map((pairs) => pairs.map(([a, b]) => `${a} ${b}`).join(' '));

describe('clitic laws', () => {
  it('C20: a Persian or Urdu line is never clitic-split', () => {
    fc.assert(
      fc.property(persianLine, (line) => {
        for (const t of tokenize(line, { clitics: splitClitics }))
          if (t.script === 'arabic')
            expect(t.parts).toEqual([{ text: t.text, start: t.start, end: t.end, role: 'stem' }]);
      }),
      runs(),
    );
  });

  it('C21: a word with a Persian or Urdu letter is never split', () => {
    fc.assert(
      fc.property(markedWord, (w) => {
        expect(splitClitics(w)).toHaveLength(1);
      }),
      runs(),
    );
  });

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
