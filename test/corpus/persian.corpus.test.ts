/** Persian treebank text (../shared/data/persian): what the Arabic rules must leave alone (issue 19). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize, splitClitics, tokenize } from '../../src/index.ts';

const PATH = fileURLToPath(new URL('../../../shared/data/persian/perdt-dev.txt', import.meta.url));
const hasPersian = existsSync(PATH);
if (!hasPersian) console.warn(`\n[corpus] NOTICE: ${PATH} is absent; the Persian corpus tests are SKIPPED.\n`);

describe.skipIf(!hasPersian)('Persian treebank text', () => {
  const text = hasPersian ? readFileSync(PATH, 'utf8') : '';

  it('C20: tokenize with clitics splits at most 0.5% of the words', () => {
    const words = tokenize(text, { clitics: splitClitics }).filter((t) => t.script === 'arabic');
    expect(words.length).toBeGreaterThan(20_000);
    const split = words.filter((t) => t.parts!.length > 1);
    const share = split.length / words.length;
    console.log(
      `[corpus] Persian: ${split.length} of ${words.length} words clitic-split (${(100 * share).toFixed(2)}%)`,
    );
    expect(share).toBeLessThanOrEqual(0.005);
  });

  it("'clean' changes nothing but white space: every letter, ZWNJ and mark is kept", () => {
    const lines = text.split('\n');
    const changed = lines.filter((l) => normalize(l) !== l);
    for (const line of changed)
      expect(normalize(line)).toBe(normalize(line, { preset: 'none', whitespace: 'collapse' }));
    console.log(`[corpus] Persian: 'clean' changed ${changed.length} of ${lines.length} lines, white space only`);
    expect(text.split('\u200c').length).toBe(normalize(text).split('\u200c').length);
  });
});
