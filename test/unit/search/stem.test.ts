/** `stem`: the light stemmer's rules (L10–L17) and Lucene's (L1–L3), a row per rule. */
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/index.ts';

describe('stem, light (the default)', () => {
  it.each([
    ['L10', 'وبالمدرسة', 'مدرس'],
    ['L10', 'مدرستها', 'مدرس'],
    ['L10', 'وزير', 'وزير'],
    ['L11', 'مَدْرَسَـــة', 'مدرس'],
    ['L11', 'مسؤول', 'مسءول'],
    ['L11', 'مسئول', 'مسءول'],
    ['L12', 'المدرسة', 'مدرس'],
    ['L12', 'الصف', 'صف'],
    ['L13', 'شخصاً', 'شخص'],
    ['L13', 'شخصًا', 'شخص'],
    ['L13', 'أمريكا', 'امريكا'],
    ['L14', 'سنتين', 'سنه'],
    ['L14', 'منطقتان', 'منطق'],
    ['L15', 'المعلمون', 'معلم'],
    ['L15', 'معلمين', 'معلم'],
    ['L15', 'عمليات', 'عملي'],
    ['L15', 'كانوا', 'كان'],
    ['L15', 'قالت', 'قال'],
    ['L15', 'وقت', 'وقت'],
    ['L16', 'عملية', 'عملي'],
    ['L16', 'قوة', 'قوه'],
    ['L17', 'فلسطين', 'فلسطين'],
    ['L17', 'بنيامين', 'بنيامين'],
    ['L17', 'بوتين', 'بوتين'],
    ['L17', 'الكويت', 'كويت'],
    ['L17', 'فبراير', 'فبراير'],
    ['L17', 'ويكيبيديا', 'ويكيبيديا'],
  ])('%s: %s → %s', (_rule, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('gives one stem for the forms a search must find together', () => {
    const forms = ['مدرسة', 'المدرسة', 'بالمدرسة', 'والمدرسة', 'مدرستها'];
    expect(new Set(forms.map((w) => stem(w))).size).toBe(1);
  });

  it('accepts any string and never throws on one', () => {
    for (const s of ['', 'a', '٣', '\ud800', 'ال', 'و', '\u0651', 'ABC', '🙂']) expect(typeof stem(s)).toBe('string');
  });
});

describe("stem, { algorithm: 'lucene' }", () => {
  it.each([
    ['L1', 'والمكتبة', 'مكتب'],
    ['L1', 'وكتب', 'كتب'],
    ['L1', 'لللعب', 'لعب'],
    ['L2', 'المكتبات', 'مكتب'],
    ['L2', 'مكتباتها', 'مكتب'],
    ['L2', 'معلمون', 'معلم'],
    ['L3', 'وكت', 'وكت'],
    ['L3', 'الكت', 'كت'],
    ['L3', 'الك', 'الك'],
    ['L3', 'كته', 'كت'],
    ['L3', 'كه', 'كه'],
    ['L1', 'أَلْمَكْتَبَة', 'مكتب'],
  ])('%s: %s → %s', (_rule, word, expected) => {
    expect(stem(word, { algorithm: 'lucene' })).toBe(expected);
  });
});

describe('stem, bad input', () => {
  it('names the argument and the option', () => {
    expect(() => stem(3 as unknown as string)).toThrow(/stem: argument "word" must be a string/);
    expect(() => stem('x', { algorithm: 'porter' as 'light' })).toThrow(/option "algorithm".*'light', 'lucene'/);
    expect(() => stem('x', { stemmer: 'light' } as never)).toThrow(/unknown stem option "stemmer"/);
  });
});
