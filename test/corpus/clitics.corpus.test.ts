import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/index.ts';
import { fmt, score } from './score.ts';
import { hasGold, loadGold, type GoldDoc } from './ud.ts';

/**
 * Word F1: each gold surface token's words, and each of our tokens' parts, as surface spans;
 * a word counts when the same span is a word on both sides. The words of a token that we do not
 * produce with the same span count as errors on both sides.
 */
export function wordScore(docs: GoldDoc[], split: boolean, misses?: string[]) {
  let tp = 0, predicted = 0, gold = 0;
  for (const d of docs) {
    const goldWords = new Set<string>();
    d.tokens.forEach(([s, e], k) => {
      const words = d.words[k]!;
      gold += words.length;
      if (words.join('') !== d.text.slice(s, e)) return; // a quirk: not a tiling of the surface
      let at = s;
      for (const w of words) { goldWords.add(`${at}:${at + w.length}`); at += w.length; }
    });
    const goldByToken = new Map(d.tokens.map(([s, e], k) => [`${s}:${e}`, d.words[k]!.join(' + ')]));
    for (const t of tokenize(d.text, { clitics: split })) {
      const parts = t.parts ?? [{ start: t.start, end: t.end, text: t.text }];
      predicted += parts.length;
      let all = true;
      for (const p of parts) if (goldWords.has(`${p.start}:${p.end}`)) tp++; else all = false;
      if (!all && misses && misses.length < 300) misses.push(`${t.text}: ${parts.map((p) => d.text.slice(p.start, p.end)).join(' + ')}  ≠  ${goldByToken.get(`${t.start}:${t.end}`) ?? '(token differs)'}`);
    }
  }
  return score(tp, predicted, gold);
}

describe.skipIf(!hasGold)('clitic segmentation on UD Arabic-PUD (words of each surface token)', () => {
  const docs = hasGold ? loadGold() : [];

  it('splitting nothing scores about 0.807', () => {
    const none = wordScore(docs, false);
    console.log(`[corpus] no clitic splitting on UD Arabic-PUD: word ${fmt(none)}`);
    expect(none.f1).toBeGreaterThan(0.8);
    expect(none.f1).toBeLessThan(0.82);
  });

  it('scores word F1 ≥ 0.95', () => {
    const misses: string[] = [];
    const result = wordScore(docs, true, misses);
    console.log(`[corpus] arabic-text clitics on UD Arabic-PUD: word ${fmt(result)}`);
    if (process.env.SHOW_MISSES) console.log(misses.join('\n'));
    expect(result.gold).toBe(20747);
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
  });
});
