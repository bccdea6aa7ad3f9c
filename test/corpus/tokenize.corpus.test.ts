import { describe, expect, it } from 'vitest';
import { tokenSpans } from '../../src/index.ts';
import { fmt, matches, score } from './score.ts';
import { hasGold, loadGold } from './ud.ts';

const pairs = (spans: Int32Array): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < spans.length; k += 3) out.push([spans[k]!, spans[k + 1]!]);
  return out;
};

describe.skipIf(!hasGold)('tokenization on UD Arabic-PUD (surface tokens)', () => {
  const docs = hasGold ? loadGold() : [];

  it('scores token F1 ≥ 0.998', () => {
    let tp = 0, predicted = 0, gold = 0;
    const misses: string[] = [];
    for (const d of docs) {
      const ours = pairs(tokenSpans(d.text));
      tp += matches(ours, d.tokens);
      predicted += ours.length;
      gold += d.tokens.length;
      const goldKeys = new Set(d.tokens.map(([s, e]) => `${s}:${e}`));
      for (const [s, e] of ours) if (!goldKeys.has(`${s}:${e}`) && misses.length < 40) misses.push(d.text.slice(Math.max(0, s - 6), e + 6).replace(/\n/g, ' ') + ` ⟨${d.text.slice(s, e)}⟩`);
    }
    const result = score(tp, predicted, gold);
    console.log(`[corpus] arabic-text tokenizer on UD Arabic-PUD: ${fmt(result)}`);
    if (process.env.SHOW_MISSES) console.log(misses.join('\n'));
    expect(gold).toBe(18187);
    expect(result.f1).toBeGreaterThanOrEqual(0.998);
  });

  it('reports Intl.Segmenter on the same gold, for reference', () => {
    const seg = new Intl.Segmenter('ar', { granularity: 'word' });
    let tp = 0, predicted = 0, gold = 0;
    for (const d of docs) {
      const ours: Array<[number, number]> = [];
      for (const s of seg.segment(d.text)) if (!/^\s+$/u.test(s.segment)) ours.push([s.index, s.index + s.segment.length]);
      tp += matches(ours, d.tokens);
      predicted += ours.length;
      gold += d.tokens.length;
    }
    const result = score(tp, predicted, gold);
    console.log(`[corpus] Intl.Segmenter('ar', word) on UD Arabic-PUD: ${fmt(result)}`);
    expect(result.f1).toBeGreaterThan(0.99);
  });
});
