/** N22, the `uthmani` switch (src/normalize/uthmani.ts): every example of the issue, by rule. */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets, tokenize } from '../../../src/index.ts';

/** [rule, what, Uthmani input, its `search` form]. */
const SEARCH: ReadonlyArray<readonly [string, string, string, string]> = [
  ['N22', 'superscript alef on a tatweel', 'ٱلْكِتَـٰبُ', 'الكتاب'],
  ['N22', 'superscript alef on a letter', 'ٱلصِّرَٰطَ', 'الصراط'],
  ['N22', 'small yeh after the pronoun', 'بِهِۦ', 'به'],
  ['N22', 'small waw after the pronoun', 'لَهُۥ', 'له'],
  ['N22', 'small waw for a written waw', 'دَاوُۥدَ', 'داوود'],
  ['N22', 'small high yeh', 'ٱلنَّبِيِّـۧنَ', 'النبيين'],
  ['N22', 'hamza on the line before alef', 'ءَامَنُوا۟', 'امنوا'],
  ['N22', 'hamza after a sukun before alef', 'ٱلْقُرْءَانُ', 'القران'],
  ['N22', 'waw seat of the superscript alef', 'ٱلصَّلَوٰةَ', 'الصلاه'],
  ['N22', 'a waw with its own vowel keeps it', 'ٱلسَّمَـٰوَٰتِ', 'السماوات'],
  ['N22', 'medial alef maksura seat', 'أَدْرَىٰكَ', 'ادراك'],
  ['N22', 'final alef maksura stays', 'عَلَىٰ', 'علي'],
  ['N22', 'closed class: هذا', 'هَـٰذَا', 'هذا'],
  ['N22', 'closed class: ذلك', 'ذَٰلِكَ', 'ذلك'],
  ['N22', 'closed class with proclitics', 'وَكَذَٰلِكَ', 'وكذلك'],
  ['N22', 'closed class: لكن', 'وَلَـٰكِنَّ', 'ولكن'],
  ['N22', 'closed class: الرحمن', 'ٱلرَّحْمَـٰنِ', 'الرحمن'],
  ['N22', 'closed class: إله', 'إِلَـٰهَ', 'اله'],
  ['N22', 'closed class: إله with the interrogative hamza', 'ءَأِلَـٰهٌ', 'االه'],
  ['N22', 'closed class: هؤلاء', 'هَـٰٓؤُلَآءِ', 'هءلاء'],
  ['N22', 'closed class: أولئك', 'أُو۟لَـٰٓئِكَ', 'اولءك'],
  ['N22', 'hair space and word joiner around the superscript alef', 'ذَ\u200a\u0670\u2060لِكَ', 'ذلك'],
  ['N22', 'hamza on a tatweel before alef', 'وَبِٱلْـَٔاخِرَةِ', 'وبالاخره'],
  ['N22', 'hamza on a tatweel after a sukun', 'يَسْـَٔلُونَ', 'يسالون'],
  ['N22', 'hamza on a tatweel after a yeh', 'شَيْـًٔا', 'شيءا'],
  ['N22', 'hamza on a tatweel after a proclitic', 'بِـَٔايَـٰتِنَا', 'باياتنا'],
  ['N22', 'hamza at the start of a stem', 'ءَأَنتُمْ', 'اانتم'],
  ['N22', 'hamza after a short vowel', 'أَرَءَيْتُمْ', 'ارايتم'],
  ['N22', 'a final hamza stays', 'شَىْءٍ', 'شيء'],
  ['N22', 'the accusative ءًا stays', 'جُزْءًا', 'جزءا'],
  ['N22', 'the madda of a prolonged vowel', 'جَآءَ', 'جاء'],
  ['N22', 'the doubled lam of الليل', 'وَٱلَّيْلِ', 'والليل'],
  ['N22', 'the doubled lam of اللاتي', 'ٱلَّـٰتِى', 'اللاتي'],
  ['N22', 'pause marks go', 'ٱلْكِتَـٰبُ ۛ فِيهِ', 'الكتاب فيه'],
  ['N22', 'the rub el hizb sign stays', '۞ إِنَّ', '۞ ان'],
  ['N22', 'open tanwin is tanwin', 'عَلِيمًۭا', 'عليما'],
];

/** [rule, what, input, options, output]: the fold with the marks kept, and what it leaves alone. */
const KEEP: ReadonlyArray<readonly [string, string, string, string]> = [
  ['N22', 'standard spelling with its marks', 'ٱلْكِتَـٰبُ', 'الْكِتَابُ'],
  ['N22', 'the closed class keeps its superscript alef as a mark', 'هَـٰذَا', 'هَٰذَا'],
  ['N22', 'ءَا becomes آ', 'ءَامَنُوا۟', 'آمَنُوا'],
  ['N22', 'the hamza on a tatweel takes its seat', 'يَسْـَٔلُونَ', 'يَسْأَلُونَ'],
  ['N22', 'a yeh seat', 'شَيْـًٔا', 'شَيْئًا'],
  ['N22', 'MSA spelling is left alone', 'إجراءات جزءا قراءة هيئة', 'إجراءات جزءا قراءة هيئة'],
];

describe('uthmani (N22)', () => {
  it.each(SEARCH)("%s: %s: %j under 'search'", (_, __, input, expected) => {
    expect(normalize(input, 'search')).toBe(expected);
    expect(
      normalize(input, {
        preset: 'none',
        uthmani: true,
        diacritics: 'all',
        alef: true,
        hamza: true,
        tatweel: true,
        alefMaksura: true,
        tehMarbuta: true,
        whitespace: 'collapse',
        invisibles: true,
      }),
    ).toBe(expected);
  });

  it.each(KEEP)("%s: %s: %j with { uthmani: true } on 'clean'", (_, __, input, expected) => {
    expect(normalize(input, { uthmani: true })).toBe(expected);
  });

  it('N22: off in clean and lucene, where Uthmani text keeps its spelling', () => {
    expect(normalize('ٱلْكِتَـٰبُ بِهِۦ')).toBe('ٱلْكِتَـٰبُ بِهِۦ');
    expect(normalize('ٱلْكِتَـٰبُ', 'lucene')).toBe('ٱلكتٰب');
  });

  it('N22: the fold is idempotent and its offsets are monotone and point into the input', () => {
    for (const [, , input] of SEARCH) {
      const once = normalize(input, 'search');
      expect(normalize(once, 'search')).toBe(once);
      const { text, offsets } = normalizeWithOffsets(input, 'search');
      expect(text).toBe(once);
      for (let k = 1; k < offsets.length; k++) expect(offsets[k]!).toBeGreaterThanOrEqual(offsets[k - 1]!);
      expect(offsets[offsets.length - 1]).toBe(input.length);
    }
  });

  it('T22: a hair space before a superscript alef stays inside the word', () => {
    expect(tokenize('ذَ\u200a\u0670\u2060لِكَ ٱلْكِتَـٰبُ').map((t) => t.text)).toEqual(['ذَ\u200a\u0670\u2060لِكَ', 'ٱلْكِتَـٰبُ']);
    expect(tokenize('ذ\u200aلك').map((t) => t.text)).toEqual(['ذ', 'لك']);
  });
});
