/** N22 on the Tanzil Quran: the Uthmani fold against the standard-orthography text (issue 19). */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets, tokenize } from '../../src/index.ts';
import { SIMPLE_PATH, UTHMANI_PATH, alignedWords, hasQuran, loadVerses } from './quran.ts';

describe.skipIf(!hasQuran)('the Uthmani fold on the Tanzil Quran (N22)', () => {
  const uthmani = hasQuran ? loadVerses(UTHMANI_PATH) : [];
  const simple = hasQuran ? loadVerses(SIMPLE_PATH) : [];

  it("gives 98% or more of the aligned words the 'search' form of their standard spelling", () => {
    const pairs = alignedWords(uthmani, simple);
    expect(pairs.length).toBeGreaterThan(70_000);
    const same = pairs.filter(([u, s]) => normalize(u, 'search') === normalize(s, 'search')).length;
    const without = pairs.filter(
      ([u, s]) => normalize(u, { preset: 'search', uthmani: false }) === normalize(s, 'search'),
    ).length;
    const share = same / pairs.length;
    console.log(
      `[corpus] Quran: ${same} of ${pairs.length} aligned words (${(100 * share).toFixed(2)}%) get the search form ` +
        `of the standard text (${((100 * without) / pairs.length).toFixed(2)}% without uthmani)`,
    );
    expect(share).toBeGreaterThanOrEqual(0.98);
  });

  it('is idempotent on every verse, with monotone offsets into the verse', () => {
    for (const verse of uthmani) {
      const { text, offsets } = normalizeWithOffsets(verse, 'search');
      expect(normalize(text, 'search')).toBe(text);
      for (let k = 1; k < offsets.length; k++)
        if (offsets[k]! < offsets[k - 1]!) throw new Error(`offsets fall in ${verse}`);
      expect(offsets[text.length]).toBe(verse.length);
    }
  });

  it("changes nothing in the standard-orthography text but what 'search' did without it", () => {
    const text = simple.join('\n');
    expect(normalize(text, 'search')).toBe(normalize(text, { preset: 'search', uthmani: false }));
  });

  it('keeps every Uthmani word one token (T22)', () => {
    const words = uthmani.join(' ').split(' ').length;
    expect(tokenize(uthmani.join(' ')).length).toBe(words);
  });
});
