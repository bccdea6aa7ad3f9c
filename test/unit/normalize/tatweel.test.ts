/** N7 under `tatweel: 'decorative'` (the `clean` preset): which tatweel carries meaning (src/normalize/tatweel.ts). */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../../src/index.ts';

const ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['N7', 'stretching a word', 'جمـــيل العـــربية', 'جميل العربية'],
  ['N7', 'a hamza seat (Uthmani)', 'وَبِٱلْـَٔاخِرَةِ', 'وَبِٱلْـَٔاخِرَةِ'],
  ['N7', 'a hamza seat after a run', 'بِٱلْــَٔاخِرَةِ', 'بِٱلْـَٔاخِرَةِ'],
  ['N7', 'a mark after a letter that has one', 'بَـَ', 'بَـَ'],
  ['N7', 'a haraka alone goes onto the letter', 'بـَ', 'بَ'],
  ['N7', 'a detached prefix before a hashtag', 'بـ #حلب', 'بـ #حلب'],
  ['N7', 'the article before Latin', 'الـ NBA', 'الـ NBA'],
  ['N7', 'the article before a number', 'الـ16', 'الـ16'],
  ['N7', 'a run after a prefix becomes one', 'بالــــ 2024', 'بالـ 2024'],
  ['N7', 'the Hijri year sign', '١٤٣٧هـ', '١٤٣٧هـ'],
  ['N7', 'a dash between spaces', '١٤٣٦ ــ ١٤٣٧هـ', '١٤٣٦ ــ ١٤٣٧هـ'],
  ['N7', 'a word that is not a prefix', 'جميلـــ جدا', 'جميل جدا'],
  ['N7', 'the tatweel of a presentation form of a haraka', 'بﹷ', 'بَ'],
];

describe("tatweel: 'decorative' (N7)", () => {
  it.each(ROWS)('%s: %s: %j', (_, __, input, expected) => {
    expect(normalize(input)).toBe(expected);
    expect(normalize(input, { preset: 'none', tatweel: 'decorative' })).toBe(
      normalize(input, { preset: 'none', tatweel: 'decorative', whitespace: 'keep' }),
    );
  });

  it('N7: search and lucene still remove every tatweel', () => {
    for (const [, , input] of ROWS) {
      expect(normalize(input, 'search')).not.toContain('ـ');
      expect(normalize(input, 'lucene')).not.toContain('ـ');
    }
  });

  it('N7: offsets of a kept tatweel point at the last of its run', () => {
    const { text, offsets } = normalizeWithOffsets('بالــــ 2024');
    expect(text).toBe('بالـ 2024');
    expect(offsets[3]).toBe(6);
  });
});
