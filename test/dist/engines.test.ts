/**
 * The engine recipes of docs/search.md, run against the real engines (devDependencies) through
 * the built package: MiniSearch (`tokenize` + `processTerm`), Orama (a custom tokenizer),
 * FlexSearch (`encode`) and lunr (a pipeline function). Each indexes the same small collection;
 * مدرسة, المدرسة, بالمدرسة and والمدرسة must retrieve the same documents, and a query with
 * diacritics or tatweel must find the undiacritized text (and the other way round).
 */
import { create, insert, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.ts';

const lib: typeof Library = await import(new URL('../../dist/index.js', import.meta.url).href);
const { analyze, isStopword, stem, tokenize } = lib;

const DOCS = [
  { id: 1, text: 'ذهب الطلاب إلى المدرسة صباحاً' },
  { id: 2, text: 'وبالمدرسة مكتبة كبيرة' },
  { id: 3, text: 'مدرسة جديدة في الحي' },
  { id: 4, text: 'والمدرسة بعيدة عن البيت' },
  { id: 5, text: 'المَكْتَبَةُ الوطنية مفتوحة' },
  { id: 6, text: 'الطقس جميل اليوم' },
];
const SCHOOL = [1, 2, 3, 4];

/** The words of a text, as engines that stem word by word want them. */
const words = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.text);

type Search = (query: string) => Promise<number[]> | number[];

const ENGINES: Record<string, () => Promise<Search> | Search> = {
  MiniSearch: () => {
    const index = new MiniSearch({
      fields: ['text'],
      tokenize: words,
      processTerm: (word) => (isStopword(word) ? null : stem(word)),
    });
    index.addAll(DOCS);
    return (query) => index.search(query).map((r) => r.id as number);
  },
  Orama: async () => {
    const db = create({
      schema: { text: 'string' } as const,
      components: {
        tokenizer: {
          language: 'arabic',
          normalizationCache: new Map(),
          tokenize: (raw: string) => analyze(raw).map((t) => t.term),
        },
      },
    });
    for (const d of DOCS) await insert(db, { id: String(d.id), text: d.text });
    return async (query) => (await oramaSearch(db, { term: query })).hits.map((h) => Number(h.id));
  },
  FlexSearch: () => {
    const index = new FlexSearch.Index({ encode: (text: string) => analyze(text).map((t) => t.term) });
    for (const d of DOCS) index.add(d.id, d.text);
    return (query) => index.search(query) as number[];
  },
  lunr: () => {
    const arabic = (token: lunr.Token) => (isStopword(token.toString()) ? null : token.update((word) => stem(word)));
    lunr.Pipeline.registerFunction(arabic, 'arabicText');
    const index = lunr(function () {
      this.ref('id');
      this.field('text');
      this.tokenizer = ((text: unknown) =>
        words(String(text ?? '')).map((w) => new lunr.Token(w, {}))) as typeof lunr.tokenizer;
      this.pipeline.reset();
      this.searchPipeline.reset();
      this.pipeline.add(arabic);
      this.searchPipeline.add(arabic);
      for (const d of DOCS) this.add(d);
    });
    return (query) => index.search(query).map((r) => Number(r.ref));
  },
};

describe.each(Object.entries(ENGINES))('%s with arabic-text', (_name, build) => {
  let engine: Promise<Search> | undefined;
  const found = async (query: string) => {
    engine ??= Promise.resolve(build());
    return [...(await (await engine)(query))].sort((a, b) => a - b);
  };

  it('مدرسة, المدرسة, بالمدرسة and والمدرسة retrieve the same documents', async () => {
    for (const query of ['مدرسة', 'المدرسة', 'بالمدرسة', 'والمدرسة']) expect(await found(query), query).toEqual(SCHOOL);
  });

  it('a query with diacritics or tatweel finds the undiacritized text, and the other way round', async () => {
    expect(await found('مَدْرَسَةٌ')).toEqual(SCHOOL);
    expect(await found('مدرســـة')).toEqual(SCHOOL);
    expect(await found('مكتبة')).toEqual([2, 5]);
  });

  it('a query of other words finds none of them', async () => {
    expect(await found('سيارة')).toEqual([]);
  });
});
