/** One row per rule: `[input, sentences]`, with options where a rule needs them. */
import { describe, expect, it } from 'vitest';
import { sentenceSegments, sentenceSpans, sentences, type SentenceOptions } from '../../../src/index.ts';
import { hasCandidate } from '../../../src/segment/sentences.ts';

type Row = [input: string, expected: string[], options?: SentenceOptions];
const texts = (t: string, o?: SentenceOptions) => sentences(t, o).map((s) => s.text);

const RULES: Array<[string, Row[]]> = [
  [
    'terminators and their runs',
    [
      ['نعم. لا. ربما', ['نعم.', 'لا.', 'ربما']],
      ['ماذا؟ لا! حسنا', ['ماذا؟', 'لا!', 'حسنا']],
      ['ماذا؟! لا... نعم!!! حسنا', ['ماذا؟!', 'لا...', 'نعم!!!', 'حسنا']],
      ['انتظر… ثم', ['انتظر…', 'ثم']],
      ['اردو۔ دوسرا', ['اردو۔', 'دوسرا']],
      ['What? Yes.', ['What?', 'Yes.']],
      ['بلا نهاية', ['بلا نهاية']],
    ],
  ],
  [
    'closing quotes and brackets belong to the sentence',
    [
      ['قال: «نعم.» ثم', ['قال: «نعم.»', 'ثم']],
      ['قال: “نعم.” ثم', ['قال: “نعم.”', 'ثم']],
      ['قال: "نعم." ثم', ['قال: "نعم."', 'ثم']],
      ["قال: 'نعم.' ثم", ["قال: 'نعم.'", 'ثم']],
      ['(كذا.) ثم', ['(كذا.)', 'ثم']],
      ['ممكن. ” ثم', ['ممكن. ”', 'ثم']], // MT artifact: a space before the quote
      ['قال “ممكن. “ ثم', ['قال “ممكن. “', 'ثم']], // “ used as a closing quote
      ['نعم. " ثم', ['نعم.', '" ثم']], // a straight quote with none open opens
      ['قال "أحدهم: \'هل لاحظتم هذا؟\'". ثم', ['قال "أحدهم: \'هل لاحظتم هذا؟\'".', 'ثم']], // a terminator glued after the closers
    ],
  ],
  [
    'machine-translation spacing',
    [
      ['قال ، نعم . ثم', ['قال ، نعم .', 'ثم']],
      ['ماذا ؟ لا', ['ماذا ؟', 'لا']],
    ],
  ],
  [
    'numbers, URLs, emails and domains are never a boundary',
    [
      ['بلغ 3.5 بالمئة', ['بلغ 3.5 بالمئة']],
      ['بلغ ١٬٠٠٠ و٣٫٥ بالمئة', ['بلغ ١٬٠٠٠ و٣٫٥ بالمئة']],
      ['انظر https://a.org/x?y=1!z و www.b.com.eg الآن', ['انظر https://a.org/x?y=1!z و www.b.com.eg الآن']],
      ['راسلوا info@example.com للمزيد', ['راسلوا info@example.com للمزيد']],
      ['زوروا example.com للمزيد', ['زوروا example.com للمزيد']],
      ['زوروا example.com. ثم', ['زوروا example.com.', 'ثم']],
    ],
  ],
  [
    'Latin abbreviations and initials',
    [
      ['وصل إلى U.S. أمس', ['وصل إلى U.S. أمس']],
      ['The meeting at 5 p.m. was short.', ['The meeting at 5 p.m. was short.']],
      ['Cats, e.g. lions, roar.', ['Cats, e.g. lions, roar.']],
      ['Mr. Smith met Dr. Jones. Then', ['Mr. Smith met Dr. Jones.', 'Then']],
      ['التقى J. D. Vance اليوم. ثم', ['التقى J. D. Vance اليوم.', 'ثم']],
      ['It ended in the U.S.', ['It ended in the U.S.']],
    ],
  ],
  [
    'Arabic abbreviations',
    [
      ['قال د. أحمد إن. ثم', ['قال د. أحمد إن.', 'ثم']],
      ['قال أ. محمود', ['قال أ. محمود']],
      ['المهندس م. علي حضر', ['المهندس م. علي حضر']],
      ['حاضر أ.د. محمد اليوم', ['حاضر أ.د. محمد اليوم']],
      ['ص.ب 15 القاهرة', ['ص.ب 15 القاهرة']],
      ['عام 300 ق.م تقريبا', ['عام 300 ق.م تقريبا']],
      ['شركة ج.م.ع للنقل', ['شركة ج.م.ع للنقل']],
      ['كتب وصحف إلخ. وغيرها', ['كتب وصحف إلخ. وغيرها']],
      ['كتب وصحف إلخ.\nثم', ['كتب وصحف إلخ.', 'ثم']],
      ['شركة ش.م.م. للتجارة', ['شركة ش.م.م. للتجارة']],
      ['الأستاذ مهندس. علي', ['الأستاذ مهندس.', 'علي']],
      ['الأستاذ مهندس. علي', ['الأستاذ مهندس. علي'], { abbreviations: ['مهندس.'] }],
      ['قال د.\nثم', ['قال د.', 'ثم']], // at a line end the dot ends it
    ],
  ],
  [
    'year markers after a number end the clause',
    [
      ['وُلد عام 2024م. وقال', ['وُلد عام 2024م.', 'وقال']],
      ['توفي سنة 1445هـ. ثم', ['توفي سنة 1445هـ.', 'ثم']],
      ['ولد في ٢٠٢٤م. ثم', ['ولد في ٢٠٢٤م.', 'ثم']],
    ],
  ],
  [
    'numbered lists and parentheses',
    [
      ['١. الأول\n٢. الثاني', ['١. الأول', '٢. الثاني']],
      ['1. first item\n2. second', ['1. first item', '2. second']],
      ['البند\n3. التالي', ['البند', '3. التالي']],
      ['بلغ العدد 3. ثم', ['بلغ العدد 3.', 'ثم']],
      ['انظر (ص. 15) للتفاصيل. ثم', ['انظر (ص. 15) للتفاصيل.', 'ثم']],
      ['(هذا! وذاك) ثم', ['(هذا! وذاك) ثم']],
    ],
  ],
  [
    'quotations that close later on the line',
    [
      ['قال "نحن هنا. وسنبقى" ثم مضى', ['قال "نحن هنا. وسنبقى" ثم مضى']],
      ['قال «نحن هنا. وسنبقى» ثم مضى', ['قال «نحن هنا. وسنبقى» ثم مضى']],
      ['قال "نحن هنا.\nوسنبقى"', ['قال "نحن هنا.', 'وسنبقى"']],
    ],
  ],
  [
    'line breaks',
    [
      ['سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
      ['سطر أول\r\nسطر ثان', ['سطر أول', 'سطر ثان']],
      ['سطر أول\nسطر ثان', ['سطر أول\nسطر ثان'], { lineBreaks: 'paragraph' }],
      ['فقرة\n\nأخرى', ['فقرة', 'أخرى'], { lineBreaks: 'paragraph' }],
      ['فقرة\r\n  \r\nأخرى', ['فقرة', 'أخرى'], { lineBreaks: 'paragraph' }],
      ['فقرة\n\nأخرى', ['فقرة\n\nأخرى'], { lineBreaks: 'space' }],
      ['جملة.\nأخرى', ['جملة.', 'أخرى'], { lineBreaks: 'space' }],
    ],
  ],
  [
    'the semicolon option',
    [
      ['أولا؛ ثانيا', ['أولا؛ ثانيا']],
      ['أولا؛ ثانيا', ['أولا؛', 'ثانيا'], { semicolon: true }],
    ],
  ],
];

describe.each(RULES)('%s', (_rule, rows) => {
  it.each(rows)('%j', (input, expected, options) => {
    expect(texts(input, options)).toEqual(expected);
  });
});

describe('sentence objects', () => {
  it('have offsets into the input and exclude the white space around them', () => {
    expect(sentences('  نعم.  لا.\n')).toEqual([
      { text: 'نعم.', start: 2, end: 6 },
      { text: 'لا.', start: 8, end: 11 },
    ]);
    expect(Array.from(sentenceSpans('نعم. لا.'))).toEqual([0, 4, 5, 8]);
    expect([...sentenceSegments('أولا.\nثانيا.')].map((s) => s.start)).toEqual([0, 6]);
    expect(sentences('   \n ')).toEqual([]);
    // Regression (fuzz): a prepended concatenation mark is visible text, not white space.
    expect(sentences('\u070f')).toEqual([{ text: '\u070f', start: 0, end: 1 }]);
  });
});

describe('invalid options', () => {
  it.each([
    [{ lineBreaks: 'never' }, /"lineBreaks".*'sentence', 'paragraph', 'wrapped', 'space'/],
    [{ semicolon: 'yes' }, /"semicolon".*true, false/],
    [{ abbreviations: 'د' }, /"abbreviations"/],
    [{ abbrevs: [] }, /unknown sentences option "abbrevs"/],
  ])('%j throws a TypeError naming the option', (options, message) => {
    expect(() => sentences('نص.', options as never)).toThrow(TypeError);
    expect(() => sentences('نص.', options as never)).toThrow(message);
  });
});

// Issue 13's hostile inputs, kept for their answers (their time is in the bench's linear-time check).
describe('hostile inputs give the same answers as before the linear-time fixes', () => {
  it('many terminators with no spaces: one sentence per terminator run that ends one', () => {
    expect(texts('نعم.لا.نعم.')).toEqual(['نعم.', 'لا.', 'نعم.']);
    expect(sentenceSpans('ب!'.repeat(1000)).length).toBe(2000);
    expect(texts('د.'.repeat(500))).toEqual(['د.'.repeat(500)]);
  });

  it('alternating quotes: a terminator inside an open « stays inside', () => {
    // (more of the sentence after the quotation: a quotation that ends its line is split, S16)
    expect(texts(`«${' " نعم؟ x'.repeat(50)}» ثم مضى`)).toHaveLength(1);
  });

  it('200,000 abbreviations and an abbreviation of 32,000 dots do not throw', () => {
    const many = Array.from({ length: 200_000 }, (_, k) => `ab${k}.`);
    expect(texts('قال ab7. نعم. لا', { abbreviations: many })).toEqual(['قال ab7. نعم.', 'لا']);
    expect(texts('نعم. لا', { abbreviations: [`${'.'.repeat(32_000)}a`] })).toEqual(['نعم.', 'لا']);
  });
});

describe('hasCandidate (the sentence stream skips text the scanner would not stop at)', () => {
  it('finds terminators, quotes, brackets and line breaks, in ASCII and beyond, from an offset', () => {
    expect(hasCandidate('lorem ipsum dolor')).toBe(false);
    expect(hasCandidate('كلمة عربية ونص')).toBe(false);
    expect(hasCandidate('lorem ipsum.')).toBe(true);
    expect(hasCandidate('lorem (ipsum')).toBe(true);
    expect(hasCandidate('lorem\nipsum')).toBe(true);
    expect(hasCandidate('كلمة؟')).toBe(true);
    expect(hasCandidate('abc «كلمة')).toBe(true);
    expect(hasCandidate('a. lorem', 2)).toBe(false);
    expect(hasCandidate('a. كلمة', 2)).toBe(false);
    expect(hasCandidate('')).toBe(false);
  });
});
