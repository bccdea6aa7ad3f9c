/** One row per normalization rule of docs/normalization.md (N1…N22): input, options → output. */
import { describe, expect, it } from 'vitest';
import { latinRuns, normalize, type NormalizeOptions, type PresetName } from '../../../src/index.ts';

const none = (o: NormalizeOptions): NormalizeOptions => ({ preset: 'none', ...o });

const ROWS: ReadonlyArray<readonly [string, string, NormalizeOptions | PresetName, string]> = [
  ['N1', 'أحمد إبراهيم آمن ٱلله', none({ alef: true }), 'احمد ابراهيم امن الله'],
  ['N1', 'أحمد ٱلله', none({ alef: 'basic' }), 'احمد ٱلله'],
  ['N2', 'على', none({ alefMaksura: true }), 'علي'],
  ['N3', 'مدرسة', none({ tehMarbuta: true }), 'مدرسه'],
  ['N4', 'مسؤول مسئول شؤون شئون', none({ hamza: true }), 'مسءول مسءول شءون شءون'],
  ['N5', 'ا\u0654', none({ composeHamza: true }), 'أ'],
  ['N6', 'مَدْرَسَةٌ', none({ diacritics: 'harakat' }), 'مدرسة'],
  ['N6', 'الكتـٰب', none({ diacritics: 'all' }), 'الكتـب'],
  ['N7', 'العـــربية', none({ tatweel: true }), 'العربية'],
  ['N8', 'عام ٢٠٢٤ و iPhone 15', none({ digits: 'ascii' }), 'عام 2024 و iPhone 15'],
  ['N8', 'نمو ٣٫٥٪ و١٬٠٠٠ ٫ ٪', none({ digits: 'ascii' }), 'نمو 3.5% و1,000 ٫ %'],
  ['N8', 'مسئول ٣٫٥٪', 'search', 'مسءول 3.5%'],
  ['N8', 'عام 2024 و iPhone 15', none({ digits: 'arabic' }), 'عام ٢٠٢٤ و iPhone 15'],
  ['N9', 'ﻻ ﺑ', none({ presentationForms: true }), 'لا ب'],
  ['N10', 'ﷲ', none({ ligatures: true }), 'الله'],
  ['N10', '﷽ ﷼ ١٠٠', none({ ligatures: true }), 'بسم الله الرحمن الرحيم ريال ١٠٠'],
  ['N11', 'کتاب ی', none({ persianLetters: true }), 'كتاب ى'],
  ['N12', 'a\u200bb\u2066c', none({ invisibles: true }), 'abc'],
  ['N13', 'بلاده ، لكن', none({ spacing: true }), 'بلاده، لكن'],
  ['N14', 'نعم، لا؟', none({ punctuation: 'ascii' }), 'نعم, لا?'],
  ['N14', 'نعم, لا?', none({ punctuation: 'arabic' }), 'نعم، لا؟'],
  ['N15', 'a \u00a0  b', none({ whitespace: 'collapse' }), 'a b'],
  ['N16', 'iPhone ＡＢ', none({ latin: 'lowercase' }), 'iphone ab'],
  ['N18', 'ا\u200b\u0654', 'clean', 'أ'],
  ['N19', 'معقوووولة جداااا كتيييير يااااه', none({ elongation: true }), 'معقولة جدا كتير ياه'],
  ['N19', 'هههههههه ههه ممتاز الله للغة 1000', none({ elongation: true }), 'ههه ههه ممتاز الله للغة 1000'],
  ['N19', 'كتييير مبدئيين', 'search', 'كتييير مبدءيين'],
  ['N19', 'جدااا', none({ elongation: true }), 'جدا'],
  ['N19', 'جـــداااا', 'search', 'جدا'],
  ['N20', 'ڤيديو پيتزا چاي ڨال گوگل', none({ loanwordLetters: true }), 'فيديو بيتزا جاي قال كوكل'],
  ['N21', 'می‌کنم خانه‌ها', none({ zwnj: true }), 'میکنم خانهها'],
  ['N21', 'می‌کنم و میکنم', 'search', 'ميكنم و ميكنم'],
  ['N21', 'می‌کنم', 'clean', 'می‌کنم'],
  ['N7', 'جمـــيل بـ #حلب', 'clean', 'جميل بـ #حلب'],
  // N13: machine translation's spaced quotes, and Latin runs.
  ['N13', '“سلام استسلام” ، ثم', none({ spacing: true }), '“سلام استسلام”، ثم'],
  ['N13', 'لنأخذها “. ثم', none({ spacing: true }), 'لنأخذها”. ثم'],
  ['N13', 'ممكن. ”', none({ spacing: true }), 'ممكن.”'],
  ['N13', 'قال “نعم” ثم', none({ spacing: true }), 'قال “نعم” ثم'],
  ['N13', 'in The Financial Times , he said', none({ spacing: true }), 'in The Financial Times, he said'],
  ['N13', 'Hello :) ok, 3 , 5 and www.x.com', none({ spacing: true }), 'Hello :) ok, 3 , 5 and www.x.com'],
  // N9: PDF text layers put a lam's harakat after the ligature; they go back on the lam.
  ['N9', 'ﻻَ ﷲَّ ﻷَ ﷲ', 'clean', 'لَا اللَّه لأَ ﷲ'],
  ['N9', 'ﻻَ ﷲَّ', 'search', 'لا الله'],
  // N9: the marks after a ligature go on its last two letters: a second vowel on the alef or ه.
  [
    'N9',
    '\ufdf2\u064e\u0651\u0650 \ufdf2\u0651\u064f \ufdf2\u0650',
    'clean',
    'الل\u064e\u0651ه\u0650 الل\u0651\u064fه الله\u0650',
  ],
  [
    'N9',
    'ﺍﻷ\u0652\u064eﺭ\u0652ﺽ ﺍﻵ\u0652ﺧ\u0650ﺮ ﻗ\u064eﻠ\u0650ﻴﻼ\u064b',
    'clean',
    'ال\u0652أ\u064eر\u0652ض ال\u0652آخ\u0650ر ق\u064eل\u0650يل\u064bا',
  ],
  ['N9', 'ﻷ\u064e ﻹ\u0650 ﻵ\u064e ﻹ\u0650\u0650', 'clean', 'لأ\u064e لإ\u0650 ل\u064eآ ل\u0650إ\u0650'],
  ['N11', 'اس نے کہا کہ وہ کھانا کھاتا ہے', 'search', 'اس نے كہا كہ وہ كھانا كھاتا ہے'],
  ['N11', 'ھذا', 'search', 'هذا'],
  ['N22', 'ٱلْكِتَـٰبُ بِهِۦ ءَامَنُوا۟', none({ uthmani: true, diacritics: 'all' }), 'الكتاب به آمنوا'],
];

describe('normalization rules (docs/normalization.md)', () => {
  it.each(ROWS)('%s: %j with %j', (_, input, options, expected) => {
    expect(normalize(input, options)).toBe(expected);
  });

  it('N17: Latin runs take words, inner punctuation and a number after the last word', () => {
    expect(latinRuns('نشرت The Financial Times تقريرا عن iPhone 15 و U.S.').map((r) => r.text)).toEqual([
      'The Financial Times',
      'iPhone 15',
      'U.S.',
    ]);
  });
});
