/**
 * Laws for social text (issue 14): masking's offsets are monotone and map every placeholder to
 * its source span (M1–M3); a URL's end never cuts a surrogate pair or an emoji sequence (T11, T21).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mask, tokenize } from '../../src/index.ts';
import { arabicText, runs } from './arbitraries.ts';

const social = fc
  .array(
    fc.oneof(
      arabicText,
      fc.constantFrom(
        'https://t.co/Ewut2lEyB1',
        'www.a.org/x',
        'info@a.org',
        '@user_1',
        '#مصر_اليوم',
        '#سوريا',
        ':)',
        '<3',
        '2024',
        '٣٫٥',
      ),
      fc.constantFrom('😂', '👍🏽', '👨‍👩‍👧', '🇸🇦', '❤️', '❤', '1️⃣', ' ', '', 'مرحبا', 'Store'),
    ),
    { maxLength: 16 },
  )
  .map((a) => a.join(''));

describe('social text laws', () => {
  it('mask: offsets are monotone, end at the input length, and each placeholder maps into its span', () => {
    fc.assert(
      fc.property(social, fc.boolean(), (t, everything) => {
        const options = everything ? { number: '[رقم]', emoji: '[وجه]', emoticon: '[وجه]', hashtag: '[وسم]' } : {};
        const { text, offsets, spans } = mask(t, options);
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(t.length);
        for (let k = 1; k < offsets.length; k++) expect(offsets[k]!).toBeGreaterThanOrEqual(offsets[k - 1]!);
        for (const s of spans) {
          for (let k = s.outputStart; k < s.outputEnd; k++) {
            expect(offsets[k]!).toBeGreaterThanOrEqual(s.start);
            expect(offsets[k]!).toBeLessThan(s.end);
          }
        }
        // Outside the spans, the output is the input.
        let last = 0;
        let lastOut = 0;
        for (const s of spans) {
          expect(text.slice(lastOut, s.outputStart)).toBe(t.slice(last, s.start));
          last = s.end;
          lastOut = s.outputEnd;
        }
        expect(text.slice(lastOut)).toBe(t.slice(last));
      }),
      runs(),
    );
  });

  it('a URL never ends inside a surrogate pair or an emoji sequence: the next token is whole', () => {
    fc.assert(
      fc.property(social, (t) => {
        const all = tokenize(t);
        for (let k = 0; k < all.length; k++) {
          const u = all[k]!;
          if (u.kind !== 'url') continue;
          const c = t.charCodeAt(u.end);
          expect(c >= 0xdc00 && c <= 0xdfff, `${u.text} cut a pair`).toBe(false);
          const next = all[k + 1];
          if (
            next !== undefined &&
            next.start === u.end &&
            /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(next.text)
          ) {
            expect(tokenize(next.text)).toHaveLength(1);
          }
        }
      }),
      runs(),
    );
  });
});
