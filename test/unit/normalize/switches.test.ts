/**
 * One row per code point or case, for every switch. Each switch is tested on the `none` preset,
 * so a row shows exactly what that switch does on its own.
 */
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeOptions } from '../../../src/index.ts';

type Row = [input: string, expected: string];
const only = (o: NormalizeOptions) => (t: string) => normalize(t, { preset: 'none', ...o });

const SWITCHES: Array<[string, NormalizeOptions, Row[]]> = [
  [
    'alef',
    { alef: true },
    [
      ['آ', 'ا'],
      ['أ', 'ا'],
      ['إ', 'ا'],
      ['ٱ', 'ا'],
      ['ٲ', 'ا'],
      ['ٳ', 'ا'],
      ['ٵ', 'ا'],
      ['ا', 'ا'],
      ['أحمد إبراهيم آمال', 'احمد ابراهيم امال'],
      ['ء', 'ء'],
    ],
  ],
  [
    "alef 'basic'",
    { alef: 'basic' },
    [
      ['آ', 'ا'],
      ['أ', 'ا'],
      ['إ', 'ا'],
      ['ٱ', 'ٱ'],
      ['ٲ', 'ٲ'],
      ['ٵ', 'ٵ'],
    ],
  ],
  [
    'alefMaksura',
    { alefMaksura: true },
    [
      ['ى', 'ي'],
      ['على', 'علي'],
      ['ي', 'ي'],
      ['ی', 'ی'],
    ],
  ],
  [
    'tehMarbuta',
    { tehMarbuta: true },
    [
      ['ة', 'ه'],
      ['مدرسة', 'مدرسه'],
      ['ت', 'ت'],
      ['ۃ', 'ۃ'],
    ],
  ],
  [
    'hamza',
    { hamza: true },
    [
      ['ؤ', 'ء'],
      ['ئ', 'ء'],
      ['مسؤول', 'مسءول'],
      ['مسئول', 'مسءول'],
      ['ء', 'ء'],
      ['أ', 'أ'],
      ['ر\u0654', 'ر'],
      ['ر\u0655', 'ر'],
      ['ر\u0653', 'ر'], // removed after letters that cannot take them
      ['ا\u0654', 'أ'],
      ['ا\u0655', 'إ'],
      ['ا\u0653', 'آ'], // composed with those that can…
      ['و\u0654', 'ء'],
      ['ي\u0654', 'ء'], // …then folded like ؤ and ئ
    ],
  ],
  [
    'composeHamza',
    { composeHamza: true },
    [
      ['ا\u0654', 'أ'],
      ['ا\u0655', 'إ'],
      ['ا\u0653', 'آ'],
      ['و\u0654', 'ؤ'],
      ['ي\u0654', 'ئ'],
      ['ە\u0654', 'ۀ'],
      ['ہ\u0654', 'ۂ'],
      ['ے\u0654', 'ۓ'],
      ['ر\u0654', 'ر\u0654'],
      ['\u0654', '\u0654'],
      ['ا\u064e\u0654', 'ا\u064e\u0654'], // composes only with the letter right before it
    ],
  ],
  [
    "diacritics 'harakat'",
    { diacritics: 'harakat' },
    [
      ['\u064b', ''],
      ['\u064c', ''],
      ['\u064d', ''],
      ['\u064e', ''],
      ['\u064f', ''],
      ['\u0650', ''],
      ['\u0651', ''],
      ['\u0652', ''],
      ['سَلَامٌ', 'سلام'],
      ['\u0670', '\u0670'],
      ['\u0653', '\u0653'],
      ['\u06d6', '\u06d6'],
      ['\u0610', '\u0610'],
    ],
  ],
  [
    "diacritics 'all'",
    { diacritics: 'all' },
    [
      ['\u064e', ''],
      ['\u0651', ''],
      ['\u0670', ''],
      ['\u0610', ''],
      ['\u061a', ''],
      ['\u0653', ''],
      ['\u0655', ''],
      ['\u065f', ''],
      ['\u06d6', ''],
      ['\u06dc', ''],
      ['\u06df', ''],
      ['\u06e4', ''],
      ['\u06e7', ''],
      ['\u06ed', ''],
      ['\u08f0', ''],
      ['\ufe70', ''],
      ['\ufc5e', ''],
      ['\u06dd', '\u06dd'],
      ['\u06de', '\u06de'],
      ['\u06e5', '\u06e5'],
      ['\u06e9', '\u06e9'], // not combining marks
      ['هٰذَا', 'هذا'],
      ['e\u0301', 'e\u0301'],
    ],
  ],
  [
    'tatweel',
    { tatweel: true },
    [
      ['ـ', ''],
      ['العـــربية', 'العربية'],
      ['بالـiPhone', 'بالiPhone'],
    ],
  ],
  [
    "digits 'ascii'",
    { digits: 'ascii' },
    [
      ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
      ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
      ['०१२', '012'],
      ['𝟙𝟚', '12'],
      ['2024', '2024'],
    ],
  ],
  [
    "digits 'arabic'",
    { digits: 'arabic' },
    [
      ['0123456789', '٠١٢٣٤٥٦٧٨٩'],
      ['۱۲', '١٢'],
      ['عام 2024', 'عام ٢٠٢٤'],
      ['iPhone 15', 'iPhone 15'],
      ['G7', 'G7'],
      ['قال iPhone 15 و2024', 'قال iPhone 15 و٢٠٢٤'],
    ],
  ],
  [
    "digits 'persian'",
    { digits: 'persian' },
    [
      ['0123456789', '۰۱۲۳۴۵۶۷۸۹'],
      ['٤٥٦', '۴۵۶'],
      ['mp3', 'mp3'],
    ],
  ],
  [
    'presentationForms',
    { presentationForms: true },
    [
      ['ﺍ', 'ا'],
      ['ﺎ', 'ا'],
      ['ﺑ', 'ب'],
      ['ﺒ', 'ب'],
      ['ﺐ', 'ب'],
      ['ﺏ', 'ب'],
      ['ﻩ', 'ه'],
      ['ﺓ', 'ة'],
      ['ﻻ', 'لا'],
      ['ﻼ', 'لا'],
      ['ﻷ', 'لأ'],
      ['ﻸ', 'لأ'],
      ['ﻵ', 'لآ'],
      ['ﻶ', 'لآ'],
      ['ﻹ', 'لإ'],
      ['ﻺ', 'لإ'],
      ['ﻳ', 'ي'],
      ['ﯼ', 'ی'],
      ['ﯿ', 'ی'],
      ['ﱞ', 'ﱞ'],
      ['ﹰ', 'ﹰ'],
      ['ﹱ', 'ـً'],
      ['𞸀', 'ا'],
      ['ﷲ', 'ﷲ'],
      ['﷼', '﷼'],
      ['ﺳﻼﻡ', 'سلام'],
    ],
  ],
  [
    'ligatures',
    { ligatures: true },
    [
      ['ﷲ', 'الله'],
      ['ﷺ', 'صلى الله عليه وسلم'],
      ['ﷻ', 'جل جلاله'],
      ['ﷰ', 'صلے'],
      ['﷼', 'ريال'],
      ['﷽', 'بسم الله الرحمن الرحيم'],
      ['ﻻ', 'ﻻ'],
    ],
  ],
  [
    'persianLetters',
    { persianLetters: true },
    [
      ['ک', 'ك'],
      // ہ is an Urdu letter: the line it stands in is Urdu, and keeps ہ and ھ (N11).
      ['ہ', 'ہ'],
      ['ہ ھ', 'ہ ھ'],
      ['ھ\nہ ھ', 'ه\nہ ھ'],
      ['ە', 'ه'],
      ['ھ', 'ه'],
      ['ھذا وکتابھا', 'هذا وكتابها'],
      ['ۃ', 'ة'],
      ['یکی', 'يكى'],
      ['ی', 'ى'],
      ['یا', 'يا'],
      ['فی', 'فى'],
      ['فیها', 'فيها'],
      ['فی ', 'فى '],
      ['یَا', 'يَا'],
      ['یـا', 'يـا'],
      ['ی\u200cها', 'ى\u200cها'],
    ],
  ],
  [
    'invisibles',
    { invisibles: true },
    [
      ['a\u200eb', 'ab'],
      ['a\u200fb', 'ab'],
      ['a\u061cb', 'ab'],
      ['a\u202ab\u202c', 'ab'],
      ['a\u202bb', 'ab'],
      ['a\u202db\u202e', 'ab'],
      ['\u2066a\u2069', 'a'],
      ['\u2067a\u2068', 'a'],
      ['a\u200bb', 'ab'],
      ['\ufeffa', 'a'],
      ['a\u00adb', 'ab'],
      ['a\u2060b', 'ab'],
      ['می\u200cخواهم', 'می\u200cخواهم'],
      ['\u200cب', 'ب'],
      ['ب\u200c', 'ب'],
      ['ب \u200cب', 'ب ب'],
      ['بَ\u200cب', 'بَ\u200cب'],
      ['ب\u200c\u200cب', 'ب\u200cب'],
      ['ب\u200c\u200eب', 'ب\u200cب'],
      ['👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
      ['👍🏽\u200d', '👍🏽'],
      ['ب\u200dب', 'بب'],
      ['\u200d👩', '👩'],
    ],
  ],
  [
    'spacing',
    { spacing: true },
    [
      ['بلاده ، لكن', 'بلاده، لكن'],
      ['ماذا ؟', 'ماذا؟'],
      ['قال : نعم', 'قال: نعم'],
      ['نعم .', 'نعم.'],
      ['رائع !', 'رائع!'],
      ['أولا ؛ ثانيا', 'أولا؛ ثانيا'],
      ['كلمة , كلمة', 'كلمة, كلمة'],
      ['عام 2024 .', 'عام 2024.'],
      ['كلمة\t ،', 'كلمة،'],
      ['كلمة \u200e،', 'كلمة \u200e،'],
      ['كلمة\n،', 'كلمة\n،'],
      [' ،', ' ،'],
      ['Hello , world', 'Hello, world'],
      ['Hello ، world', 'Hello، world'],
      ['( ،', '( ،'],
      ['كَلِمَةٌ ،', 'كَلِمَةٌ،'],
    ],
  ],
  [
    "punctuation 'ascii'",
    { punctuation: 'ascii' },
    [
      ['،', ','],
      ['؛', ';'],
      ['؟', '?'],
      ['٪', '%'],
      ['٣٫٥', '٣.٥'],
      ['١٬٠٠٠', '١,٠٠٠'],
      ['٫', '٫'],
      ['ب٬ب', 'ب٬ب'],
    ],
  ],
  [
    "punctuation 'arabic'",
    { punctuation: 'arabic' },
    [
      ['كلمة, كلمة', 'كلمة، كلمة'],
      ['ماذا?', 'ماذا؟'],
      ['أولا; ثانيا', 'أولا؛ ثانيا'],
      ['1,000', '1,000'],
      ['Hello, world', 'Hello, world'],
      ['iPhone, قال', 'iPhone, قال'],
      ['قال , ثم', 'قال ، ثم'],
      [', قال', '، قال'],
      ['كلمةٌ,', 'كلمةٌ،'],
      ['٣,٥', '٣,٥'],
      ['( , قال', '( ، قال'],
      ['iPhone ,أ', 'iPhone ,أ'], // regression (idempotence law)
    ],
  ],
  [
    "whitespace 'collapse'",
    { whitespace: 'collapse' },
    [
      ['a  b', 'a b'],
      ['a\tb', 'a b'],
      ['a \t b', 'a b'],
      ['a\u00a0b', 'a b'],
      ['a\u2009\u2009b', 'a b'],
      ['a\u3000b', 'a b'],
      ['a\u202fb', 'a b'],
      ['a \n b', 'a \n b'],
      ['a\n\nb', 'a\n\nb'],
      ['a\r\nb', 'a\r\nb'],
      ['  a  ', ' a '],
    ],
  ],
  [
    "latin 'lowercase'",
    { latin: 'lowercase' },
    [
      ['ABC', 'abc'],
      ['Ünïcode', 'ünïcode'],
      ['ＡＢＣ', 'abc'],
      ['ａｂｃ', 'abc'],
      ['ΑΒΓ', 'ΑΒΓ'],
      ['بABC', 'بabc'],
    ],
  ],
];

describe.each(SWITCHES)('switch %s', (_name, options, rows) => {
  it.each(rows)('%j → %j', (input, expected) => {
    expect(only(options)(input)).toBe(expected);
  });
});

describe('presets', () => {
  // Lucene's ArabicNormalizer (org.apache.lucene.analysis.ar): "Normalization is defined as:
  // Normalization of hamza with alef seat to a bare alef. Normalization of teh marbuta to heh.
  // Normalization of dotless yeh (alef maksura) to yeh. Removal of Arabic diacritics (the harakat).
  // Removal of tatweel (stretching character)."
  const LUCENE: Row[] = [
    ['آ', 'ا'],
    ['أ', 'ا'],
    ['إ', 'ا'],
    ['ى', 'ي'],
    ['ة', 'ه'],
    ['ـ', ''],
    ['\u064b', ''],
    ['\u064c', ''],
    ['\u064d', ''],
    ['\u064e', ''],
    ['\u064f', ''],
    ['\u0650', ''],
    ['\u0651', ''],
    ['\u0652', ''],
    ['ٱ', 'ٱ'],
    ['\u0670', '\u0670'],
    ['\u06d6', '\u06d6'],
    ['ﻻ', 'ﻻ'],
    ['ؤ', 'ؤ'],
    ['ئ', 'ئ'],
    ['ک', 'ک'],
    ['٣', '٣'],
    ['a  B', 'a  B'],
    ['\u200f', '\u200f'],
    ['أَحْمَدُ', 'احمد'],
    ['مَدْرَسَةٌ', 'مدرسه'],
    ['عَلَى', 'علي'],
    ['كتـــاب', 'كتاب'],
  ];
  it.each(LUCENE)("'lucene' %j → %j", (input, expected) => {
    expect(normalize(input, 'lucene')).toBe(expected);
  });

  const CLEAN: Row[] = [
    ['ﺳﻼﻡ', 'سلام'],
    ['العـــربية', 'العربية'],
    ['a\u200fb', 'ab'],
    ['a  b', 'a b'],
    ['ا\u0654', 'أ'],
    ['أحمد', 'أحمد'],
    ['ة', 'ة'],
    ['سَلَامٌ', 'سَلَامٌ'],
    ['٣', '٣'],
    ['ABC', 'ABC'],
    ['ﷺ', 'ﷺ'],
    ['ا\u200b\u0654', 'أ'],
    // N7: under 'decorative' a tatweel that seats a hamza stays (ٱلْـَٔاخِرَةِ).
    ['ا\u0640\u0654', 'ا\u0640\u0654'],
    ['ا\u200c\ufcf2', 'اَّ'], // regression (fuzz): ﳲ writes tatweel + harakat, no letter
    ['ب\u200c\ufb8e', 'ب\u200cک'], // …while a letter form keeps the ZWNJ before it
  ];
  it.each(CLEAN)("'clean' %j → %j", (input, expected) => {
    expect(normalize(input)).toBe(expected);
    expect(normalize(input, 'clean')).toBe(expected);
  });

  const SEARCH: Row[] = [
    ['إِنَّ المدرسةَ كبيرة', 'ان المدرسه كبيره'],
    ['مسؤول', 'مسءول'],
    ['على', 'علي'],
    ['٢٠٢٤', '2024'],
    ['ﷺ', 'صلي الله عليه وسلم'],
    ['The BBC', 'the bbc'],
    ['یکی', 'يكي'],
    ['ۃ', 'ه'],
    ['ﻷ', 'لا'],
    ['ا\u0654', 'ا'],
    ['ر\u0654', 'ر'],
  ];
  it.each(SEARCH)("'search' %j → %j", (input, expected) => {
    expect(normalize(input, 'search')).toBe(expected);
  });

  // Regressions found by `npm run fuzz` (idempotence): joiners that are dropped must not decide.
  it.each([
    [',\u200cا', { punctuation: 'arabic' } as const, '،ا'],
    ['كلمة \u200c،', { spacing: true } as const, 'كلمة،'],
    ['iPhone𝟙0', { digits: 'persian' } as const, 'iPhone۱0'],
    ['ا \u200c ،', { spacing: true } as const, 'ا،'],
    ['اً ٓ،', { diacritics: 'all', spacing: true } as const, 'ا،'],
  ])('%j with %j → %j, and stays', (input, options, expected) => {
    expect(normalize(input, options)).toBe(expected);
    expect(normalize(expected, options)).toBe(expected);
  });

  it('accept overrides next to a preset', () => {
    expect(normalize('مدرسة', { preset: 'search', tehMarbuta: false })).toBe('مدرسة');
    expect(normalize('مدرسة', { tehMarbuta: true })).toBe('مدرسه');
  });

  // Regression (found by the idempotence law): composing a hamza as the first change left the
  // output buffer no room for the rest of the text.
  it('compose a hamza as the first change of a long text', () => {
    const rest = ' وبعد'.repeat(20);
    expect(normalize(`ە\u0654${rest}`)).toBe(`ۀ${rest}`);
    expect(normalize(`ا\u0654${rest}`, 'search')).toBe(`ا${rest}`);
  });

  it('return the input itself when nothing changes', () => {
    const text = 'نص بلا تغيير، and some Latin.';
    expect(normalize(text)).toBe(text);
    expect(Object.is(normalize(text, 'search'), text)).toBe(false);
  });
});

describe('invalid options', () => {
  it.each([
    [{ alef: 'yes' }, /"alef".*true, false, 'basic'/],
    [{ diacritics: true }, /"diacritics".*'keep', 'harakat', 'all'/],
    [{ digits: 'roman' }, /"digits".*'keep', 'ascii', 'arabic', 'persian'/],
    [{ whitespace: 'trim' }, /"whitespace".*'keep', 'collapse'/],
    [{ tatweal: true }, /unknown normalize option "tatweal"/],
    [
      { preset: 'google' },
      /invalid value 'google' for option "preset"; allowed values: 'none', 'clean', 'search', 'lucene'/,
    ],
    ['google', /invalid value 'google' for option "preset"/],
    [42, /must be a preset name \('none', 'clean', 'search', 'lucene'\) or a plain object, got 42/],
    [null, /must be a preset name .* or a plain object, got null/],
  ])('%j throws a TypeError naming the option and its values', (options, message) => {
    expect(() => normalize('نص', options as never)).toThrow(TypeError);
    expect(() => normalize('نص', options as never)).toThrow(message);
  });
});
