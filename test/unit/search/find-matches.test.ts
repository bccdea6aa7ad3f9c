/** `findMatches` (H1–H3). */
import { describe, expect, it } from 'vitest';
import { findMatches, type FindMatchesOptions } from '../../../src/index.ts';

const hits = (text: string, query: string, options?: FindMatchesOptions) =>
  findMatches(text, query, options).map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it.each([
    ['H1', 'ذهبتُ إلى المدرسة، والمدرسةُ بعيدة وبالمدرسة', 'مدرسة', ['المدرسة', 'والمدرسةُ', 'وبالمدرسة']],
    ['H1', 'مسؤول ومسئول', 'المسئول', ['مسؤول', 'ومسئول']],
    ['H1', 'كتب الطالب في المدرسة', 'مدرسة الطالب', ['الطالب', 'المدرسة']],
    ['H1', 'المدرســـة مَدْرَسَة', 'مُدَرِّسَة', ['المدرســـة', 'مَدْرَسَة']],
    ['H1', '#المدرسة_الجديدة', 'جديدة', ['الجديدة']],
    ['H1', 'بيت كبير', 'مدرسة', []],
    ['H1', 'المدرسة', '', []],
    ['H2', 'وزير الخارجية ووزير المالية', 'وزير المالية', ['ووزير المالية']],
    ['H2', 'ذهب إلى المدرسة', 'ذهبت الى المدارس', []],
    ['H2', 'ذهبت إلى المدرسة', 'ذهب المدرسة', ['ذهبت إلى المدرسة']],
    ['H2', 'نعم نعم نعم نعم', 'نعم نعم', ['نعم نعم', 'نعم نعم']],
    ['H2', 'أ أ ب أ أ أ ب', 'أ أ ب', ['أ أ ب', 'أ أ ب']],
    ['H3', 'ذهب في الصباح وفي المساء', 'في', ['في', 'وفي']],
  ])('%s: %s ← %s', (rule, text, query, expected) => {
    expect(hits(text, query, { phrase: rule === 'H2' })).toEqual(expected);
  });

  it('H1: under the lucene preset, as Lucene’s analyzer would find them', () => {
    expect(hits('في المكتبات والمكتبة', 'مكتبة', { preset: 'lucene' })).toEqual(['المكتبات', 'والمكتبة']);
  });

  it('H3: keeps stop words in the text and the query with { stopwords: false }', () => {
    expect(hits('ذهب الى المدرسة', 'الى المدرسة', { phrase: true, stopwords: false })).toEqual(['الى المدرسة']);
  });

  it('never throws on a string; names a bad argument and a bad option', () => {
    for (const s of ['', '\ud800', '#', '#_', 'ـــ']) expect(findMatches(s, s)).toBeInstanceOf(Array);
    expect(() => findMatches('x', 1 as unknown as string)).toThrow(/findMatches: argument "query" must be a string/);
    expect(() => findMatches(null as unknown as string, 'x')).toThrow(/argument "text"/);
    expect(() => findMatches('x', 'x', { phrase: 'yes' as unknown as boolean })).toThrow(
      /option "phrase".*true, false/,
    );
  });
});
