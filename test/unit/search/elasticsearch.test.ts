/** docs/search.md's Elasticsearch settings (A4): current, and holding exactly the exported stop list. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elasticsearchSettings, END, START, withSettings } from '../../../scripts/elasticsearch.ts';
import { STOPWORDS } from '../../../src/index.ts';

const doc = readFileSync(new URL('../../../docs/search.md', import.meta.url), 'utf8');

describe('the Elasticsearch settings of docs/search.md', () => {
  it('are current (npm run generate rewrites them)', () => {
    expect(withSettings(doc)).toBe(doc);
  });

  it('parse as JSON and hold the exported stop list, in the order of the arabic analyzer (A4)', () => {
    const block = doc.slice(doc.indexOf(START), doc.indexOf(END));
    const json = JSON.parse(block.slice(block.indexOf('```json') + 7, block.lastIndexOf('```')));
    expect(json).toEqual(elasticsearchSettings());
    expect(json.settings.analysis.filter.arabic_text_stop.stopwords).toEqual([...STOPWORDS]);
    expect(json.settings.analysis.analyzer.arabic_text.filter).toEqual([
      'lowercase',
      'decimal_digit',
      'arabic_text_stop',
      'arabic_normalization',
      'arabic_stem',
    ]);
  });
});
