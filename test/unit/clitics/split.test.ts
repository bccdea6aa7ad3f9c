/** `[word, texts, roles]` rows: p proclitic, s stem, e enclitic. */
import { describe, expect, it } from 'vitest';
import { splitClitics, tokenize } from '../../../src/index.ts';

type Row = [word: string, texts: string[], roles: string];
const R: Record<string, string> = { p: 'proclitic', s: 'stem', e: 'enclitic' };

const CASES: Array<[string, Row[]]> = [
  [
    'conjunctions و and ف',
    [
      ['والحكومة', ['و', 'الحكومة'], 'ps'],
      ['وقال', ['و', 'قال'], 'ps'],
      ['ويقول', ['و', 'يقول'], 'ps'],
      ['وما', ['و', 'ما'], 'ps'],
      ['فإن', ['ف', 'إن'], 'ps'],
      ['فالحكومة', ['ف', 'الحكومة'], 'ps'],
    ],
  ],
  [
    'prepositions ب ل ك',
    [
      ['بالحكومة', ['ب', 'الحكومة'], 'ps'],
      ['بشأن', ['ب', 'شأن'], 'ps'],
      ['لتطوير', ['ل', 'تطوير'], 'ps'],
      ['كرئيس', ['ك', 'رئيس'], 'ps'],
      ['باستخدام', ['ب', 'استخدام'], 'ps'],
      ['باسم', ['ب', 'اسم'], 'ps'],
    ],
  ],
  [
    'ل before the article drops its alef',
    [
      ['للحكومة', ['ل', 'الحكومة'], 'ps'],
      ['للسلطة', ['ل', 'السلطة'], 'ps'],
    ],
  ],
  [
    'the future particle س',
    [
      ['سيكون', ['س', 'يكون'], 'ps'],
      ['ستعقد', ['س', 'تعقد'], 'ps'],
      ['سيضع', ['س', 'يضع'], 'ps'],
    ],
  ],
  [
    'combinations and orders',
    [
      ['وبالحكومة', ['و', 'ب', 'الحكومة'], 'pps'],
      ['وللحكومة', ['و', 'ل', 'الحكومة'], 'pps'],
      ['فسيكون', ['ف', 'س', 'يكون'], 'pps'],
      ['وسيقول', ['و', 'س', 'يقول'], 'pps'],
      ['وبكتابها', ['و', 'ب', 'كتاب', 'ها'], 'ppse'],
      ['وغيرها', ['و', 'غير', 'ها'], 'pse'],
      ['لأنه', ['ل', 'أن', 'ه'], 'pse'],
    ],
  ],
  [
    'pronoun enclitics',
    [
      ['كتابه', ['كتاب', 'ه'], 'se'],
      ['نشرتها', ['نشرت', 'ها'], 'se'],
      ['عليهم', ['علي', 'هم'], 'se'],
      ['منها', ['من', 'ها'], 'se'],
      ['فيه', ['في', 'ه'], 'se'],
      ['أنه', ['أن', 'ه'], 'se'],
      ['بلادنا', ['بلاد', 'نا'], 'se'],
      ['منكم', ['من', 'كم'], 'se'],
      ['له', ['ل', 'ه'], 'se'],
      ['بها', ['ب', 'ها'], 'se'],
      ['لنا', ['ل', 'نا'], 'se'],
    ],
  ],
  [
    'assimilated من and عن',
    [
      ['مما', ['من', 'ما'], 'ps'],
      ['عما', ['عن', 'ما'], 'ps'],
    ],
  ],
  [
    'stem-initial exceptions: the letter belongs to the word',
    [
      ['وزير', ['وزير'], 's'],
      ['وزارة', ['وزارة'], 's'],
      ['بلد', ['بلد'], 's'],
      ['كتاب', ['كتاب'], 's'],
      ['لكن', ['لكن'], 's'],
      ['فقط', ['فقط'], 's'],
      ['سياسة', ['سياسة'], 's'],
      ['بين', ['بين'], 's'],
      ['كان', ['كان'], 's'],
      ['ليس', ['ليس'], 's'],
      ['فترته', ['فترت', 'ه'], 'se'],
      ['وجهه', ['وجه', 'ه'], 'se'],
      ['بذلك', ['ب', 'ذلك'], 'ps'], // بذل* must not swallow ب + ذلك
    ],
  ],
  [
    'natural endings: the suffix letters belong to the word',
    [
      ['مهم', ['مهم'], 's'],
      ['هنا', ['هنا'], 's'],
      ['ذلك', ['ذلك'], 's'],
      ['اتجاه', ['اتجاه'], 's'],
      ['تواجه', ['تواجه'], 's'],
      ['جنيه', ['جنيه'], 's'],
      ['الكتابه', ['الكتابه'], 's'],
      ['يمكن', ['يمكن'], 's'],
      ['أماناً', ['أماناً'], 's'],
    ],
  ],
  [
    'function words and names',
    [
      ['في', ['في'], 's'],
      ['فيما', ['فيما'], 's'],
      ['بي', ['بي'], 's'],
      ['كي', ['كي'], 's'],
      ['كامبل', ['كامبل'], 's'],
      ['كولومبيا', ['كولومبيا'], 's'],
      ['و', ['و'], 's'],
    ],
  ],
  [
    'marks stay on their letter',
    [
      ['وَقَالَ', ['وَ', 'قَالَ'], 'ps'],
      ['كِتَابُهُ', ['كِتَابُ', 'هُ'], 'se'],
      ['بالـحكومة', ['ب', 'الـحكومة'], 'ps'],
    ],
  ],
  [
    'words without Arabic letters are never split',
    [
      ['iPhone', ['iPhone'], 's'],
      ['2024', ['2024'], 's'],
      ['', [''], 's'],
    ],
  ],
];

describe.each(CASES)('%s', (_name, rows) => {
  it.each(rows)('%j', (word, texts, roles) => {
    const parts = splitClitics(word);
    expect(parts.map((p) => p.text)).toEqual(texts);
    expect(parts.map((p) => p.role)).toEqual(Array.from(roles, (r) => R[r]));
  });
});

describe('tokenize with { clitics: splitClitics }', () => {
  it('gives Arabic words parts with offsets into the input, and leaves other tokens alone', () => {
    const tokens = tokenize('قال وللحكومة iPhone', { clitics: splitClitics });
    expect(tokens[0]!.parts).toEqual([{ text: 'قال', start: 0, end: 3, role: 'stem' }]);
    expect(tokens[1]!.parts).toEqual([
      { text: 'و', start: 4, end: 5, role: 'proclitic' },
      { text: 'ل', start: 5, end: 6, role: 'proclitic' },
      { text: 'الحكومة', start: 6, end: 12, role: 'stem' },
    ]);
    expect(tokens[2]!.parts).toBeUndefined();
    expect(tokenize('وللحكومة')[0]!.parts).toBeUndefined();
  });

  it('rejects a non-boolean value', () => {
    expect(() => tokenize('نص', { clitics: 'yes' as never })).toThrow(
      /"clitics".*a clitic splitter such as splitClitics, false/,
    );
    // The flag of earlier versions is refused with a message that names the splitter to pass.
    expect(() => tokenize('نص', { clitics: true as never })).toThrow(
      /invalid value true for option "clitics".*splitClitics/,
    );
  });
});
