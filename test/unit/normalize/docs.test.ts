import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildNormalizationDoc } from '../../../scripts/generate-docs.ts';

it('docs/normalization.md is fresh: regenerating it from the code gives the committed file', () => {
  const url = new URL('../../../docs/normalization.md', import.meta.url);
  const doc = buildNormalizationDoc();
  if (process.env.UPDATE_TABLES === '1') writeFileSync(url, doc);
  expect(doc).toContain('### `lucene`');
  expect(readFileSync(url, 'utf8'), 'docs/normalization.md is stale: run npm run generate').toBe(doc);
});
