/**
 * The light stemmer's lemma conflation on UD Arabic-PUD (docs/search.md, L10–L17), beside
 * Lucene's stemmer, `search` folding alone and no stemming. Goal of issue 18: F1 ≥ 0.55 with
 * precision ≥ 0.535 (Lucene 0.441, Snowball 0.479, ISRI 0.313 on the same measure); we hold
 * the aim, 0.60.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflationScore, surfaceLemmas } from '../../src/eval/conflation.ts';
import { fmt } from '../../src/eval/score.ts';
import { normalize } from '../../src/normalize/normalize.ts';
import { stem } from '../../src/search/stem.ts';
import { CONLLU_PATH, hasGold } from './ud.ts';

describe.skipIf(!hasGold)('stemming by lemma conflation on UD Arabic-PUD', () => {
  const lemmas = hasGold ? surfaceLemmas(readFileSync(CONLLU_PATH, 'utf8')) : new Map<string, string>();

  it('reads the distinct surfaces with one content word', () => {
    console.log(`[corpus] conflation set: ${lemmas.size} distinct surfaces, ${new Set(lemmas.values()).size} lemmas`);
    expect(lemmas.size).toBeGreaterThan(7000);
    // Clitic words joined back (نشرت + ها), the content word's lemma; punctuation apart.
    expect(lemmas.get('نشرتها')).toBe('نَشَر');
    expect(lemmas.get('لأوباما')).toBe('اوباما');
    expect(lemmas.has('شولمان,')).toBe(false);
  });

  it("scores 'light' at F1 ≥ 0.60 with precision ≥ 0.535, above Lucene's stemmer and folding alone", () => {
    const light = conflationScore(lemmas, (s) => stem(s));
    const lucene = conflationScore(lemmas, (s) => stem(s, { algorithm: 'lucene' }));
    const folding = conflationScore(lemmas, (s) => normalize(s, 'search'));
    const none = conflationScore(lemmas, (s) => s);
    console.log(`[corpus] conflation, light:  ${fmt(light)}`);
    console.log(`[corpus] conflation, lucene: ${fmt(lucene)}`);
    console.log(`[corpus] conflation, normalize search only: ${fmt(folding)}`);
    console.log(`[corpus] conflation, no stemming: ${fmt(none)}`);
    expect(light.f1).toBeGreaterThanOrEqual(0.6);
    expect(light.precision).toBeGreaterThanOrEqual(0.535);
    expect(light.f1).toBeGreaterThan(lucene.f1);
    // The published figure for Lucene's stemmer on this measure, reproduced to two places.
    expect(lucene.f1).toBeCloseTo(0.44, 2);
    expect(none.f1).toBe(0);
  });
});
