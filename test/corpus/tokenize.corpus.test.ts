import { describe, expect, it } from 'vitest';
import { fmt, matches, score, tokenScore } from '../../src/eval/score.ts';
import { hasGold, loadGold } from './ud.ts';

describe.skipIf(!hasGold)('tokenization on UD Arabic-PUD (surface tokens)', () => {
  const docs = hasGold ? loadGold() : [];

  it('scores token F1 0.9984 (to four places: the floor issue 14 keeps)', () => {
    const misses: string[] = [];
    const result = tokenScore(docs, misses);
    console.log(`[corpus] arabic-text tokenizer on UD Arabic-PUD: ${fmt(result)}`);
    if (process.env.SHOW_MISSES) console.log(misses.join('\n'));
    expect(result.gold).toBe(18187);
    expect(result.f1).toBeGreaterThanOrEqual(0.99835);
  });

  it('reports Intl.Segmenter on the same gold, for reference', () => {
    const seg = new Intl.Segmenter('ar', { granularity: 'word' });
    let tp = 0,
      predicted = 0,
      gold = 0;
    for (const d of docs) {
      const ours: Array<[number, number]> = [];
      for (const s of seg.segment(d.text))
        if (!/^\s+$/u.test(s.segment)) ours.push([s.index, s.index + s.segment.length]);
      tp += matches(ours, d.tokens);
      predicted += ours.length;
      gold += d.tokens.length;
    }
    const result = score(tp, predicted, gold);
    console.log(`[corpus] Intl.Segmenter('ar', word) on UD Arabic-PUD: ${fmt(result)}`);
    expect(result.f1).toBeGreaterThan(0.99);
  });
});
