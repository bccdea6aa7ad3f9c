/**
 * The transliteration laws (docs/transliteration.md, X3), for every scheme: the round trip on
 * Arabic text and on scheme text, and, for any string at all, an exact round trip whenever no
 * collision was counted. Also: the output has the input's length and the offsets are the identity (X1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROWS, SCHEMES } from '../../scripts/data/transliteration.ts';
import { transliterate, transliterateWithOffsets, untransliterate } from '../../src/index.ts';
import { anyString, arabicText, runs } from './arbitraries.ts';

/** Characters of neither alphabet: not listed Arabic, not a code of any scheme. */
const NEUTRAL = Array.from(' \n\t👍🏽€中\u200c\u2066کیہےںٹڈڑۃھ۰۱۲ۖۗ\u06e1');

describe.each(SCHEMES.map((scheme, column) => [scheme, column] as const))(
  'transliteration laws: %s',
  (scheme, column) => {
    const listed = ROWS.filter((r) => r[column + 1] !== null);
    const arabic = fc.constantFrom(...listed.map((r) => String.fromCharCode(r[0])), ...NEUTRAL);
    const codes = fc.constantFrom(...listed.map((r) => r[column + 1] as string), ...NEUTRAL);
    const stringOf = (a: fc.Arbitrary<string>) => fc.array(a, { maxLength: 60 }).map((xs) => xs.join(''));

    it('untransliterate(transliterate(s)) === s for listed Arabic and neutral characters', () => {
      fc.assert(
        fc.property(stringOf(arabic), (s) => {
          expect(untransliterate(transliterate(s, scheme), scheme)).toBe(s);
          expect(transliterateWithOffsets(s, scheme).collisions).toBe(0);
        }),
        runs(),
      );
    });

    it("transliterate(untransliterate(s)) === s for the scheme's codes and neutral characters", () => {
      fc.assert(
        fc.property(stringOf(codes), (s) => {
          expect(transliterate(untransliterate(s, scheme), scheme)).toBe(s);
        }),
        runs(),
      );
    });

    it('for any string, no collision means an exact round trip; length and identity offsets always', () => {
      fc.assert(
        fc.property(fc.oneof(anyString, arabicText, stringOf(codes)), (s) => {
          const forward = transliterateWithOffsets(s, scheme);
          expect(forward.text.length).toBe(s.length);
          expect(Array.from(forward.offsets)).toEqual(Array.from({ length: s.length + 1 }, (_, k) => k));
          if (forward.collisions === 0) expect(untransliterate(forward.text, scheme)).toBe(s);
          const back = transliterateWithOffsets(s, scheme, { reverse: true });
          if (back.collisions === 0) expect(transliterate(back.text, scheme)).toBe(s);
        }),
        runs(),
      );
    });
  },
);
