/** `analyze` (A1–A4). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';

const terms = (text: string, options?: Parameters<typeof analyze>[1]) => analyze(text, options).map((t) => t.term);

describe('analyze', () => {
  it.each([
    ['A1', 'قال: نعم، ٣ مدارس! https://x.com @user 🙂', ['قال', '3', 'مدارس']],
    ['A1', '#المدرسة_الجديدة', ['مدرس', 'جديد']],
    ['A2', 'ذهبت إلى المدرسة', ['ذهب', 'مدرس']],
    ['A2', 'وفي هذا البيت', ['بيت']],
    ['A3', 'وبالمدرسة المعلمون', ['مدرس', 'معلم']],
  ])('%s: %s', (_rule, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('A1: gives offsets into the original text, a hashtag word without its #', () => {
    const text = 'ذهبت إلى #المدرسة_الجديدة';
    for (const t of analyze(text)) expect(t.end).toBeGreaterThan(t.start);
    expect(analyze(text).map((t) => text.slice(t.start, t.end))).toEqual(['ذهبت', 'المدرسة', 'الجديدة']);
  });

  it('A2: keeps stop words with { stopwords: false }', () => {
    expect(terms('ذهبت إلى المدرسة', { stopwords: false })).toEqual(['ذهب', 'الي', 'مدرس']);
  });

  it.each([
    ['A4', 'في المكتبات', ['مكتب']],
    ['A4', 'والمكتبة ٣ ABC', ['مكتب', '3', 'abc']],
    ['A4', 'نما ٣٫٥٪ و١٬٠٠٠', ['نما', '3٫5', '1٬000']],
    // Lucene's stop filter sees the word as written: الى is in the list (as folded), وفي is not
    // (and Lucene's stemmer makes it وف).
    ['A4', 'الى وفي', ['وف']],
  ])('%s: %s (lucene)', (_rule, text, expected) => {
    expect(terms(text, { preset: 'lucene' })).toEqual(expected);
  });

  it('never throws on a string; names a bad argument and a bad option', () => {
    for (const s of ['', '\ud800', '#', '#_', 'ـــ', '\u0651\u0651']) expect(Array.isArray(analyze(s))).toBe(true);
    expect(() => analyze(1 as unknown as string)).toThrow(/analyze: argument "text" must be a string/);
    expect(() => analyze('x', { preset: 'snowball' as 'light' })).toThrow(/option "preset".*'light', 'lucene'/);
  });
});
