import { describe, expect, it } from 'vitest';
import { isolateLatinRuns, latinRunSpans, latinRuns } from '../../../src/index.ts';

const texts = (t: string) => latinRuns(t).map((r) => r.text);

describe('latinRuns', () => {
  it.each([
    ['نشرت The Financial Times تقريرا', ['The Financial Times']],
    ['قال JD Vance للصحفيين', ['JD Vance']],
    ['في U.S. اليوم', ['U.S.']],
    ['أطلقت iPhone 15 أمس', ['iPhone 15']],
    ['نظام Windows 10 Pro الجديد', ['Windows 10 Pro']],
    ['قال J. D. Vance', ['J. D. Vance']],
    ['صحيفة «Le Monde» الفرنسية', ['Le Monde']],
    ['(BBC) و CNN', ['BBC', 'CNN']],
    ['زوروا https://example.com/news/2024?id=15 الآن', ['https://example.com/news/2024?id=15']],
    ['راسلونا عبر info@example.com، شكرا', ['info@example.com']],
    ['قال Smith، ثم', ['Smith']],
    ['قال Smith. ثم', ['Smith']],
    ['شركة Apple\nو Google', ['Apple', 'Google']],
    ["قال don't stop", ["don't stop"]],
    ['عام 2024 فقط', []],
    ['', []],
    ['COVID-19 انتشر', ['COVID-19']],
    ['iPhone١٥ و iPhone ۱۵', ['iPhone١٥', 'iPhone ۱۵']], // digits of any script join the run they touch
  ])('%j → %j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the input, packed or as objects', () => {
    const t = 'قال 👍 JD Vance';
    expect(Array.from(latinRunSpans(t))).toEqual([7, 15]);
    expect(latinRuns(t)).toEqual([{ text: 'JD Vance', start: 7, end: 15 }]);
  });
});

describe('isolateLatinRuns', () => {
  it('wraps each run in LRI … PDI', () => {
    expect(isolateLatinRuns('قال JD Vance إن')).toBe('قال \u2066JD Vance\u2069 إن');
    expect(isolateLatinRuns('نص عربي')).toBe('نص عربي');
  });
});
