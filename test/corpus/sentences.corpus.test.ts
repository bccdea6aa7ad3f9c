import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/index.ts';
import { fmt, score } from './score.ts';
import { hasGold, loadGold } from './ud.ts';

/** Boundaries: the end of every sentence but the last of its document. */
function boundaries(ends: number[]): Set<number> {
  return new Set(ends.slice(0, -1));
}

describe.skipIf(!hasGold)('sentence segmentation on UD Arabic-PUD', () => {
  const docs = hasGold ? loadGold() : [];

  it('scores sentence-boundary F1 ≥ 0.996', () => {
    let tp = 0, predicted = 0, gold = 0;
    const errors: string[] = [];
    for (const d of docs) {
      const spans = sentenceSpans(d.text);
      const ours = boundaries(Array.from({ length: spans.length / 2 }, (_, k) => spans[2 * k + 1]!));
      const theirs = boundaries(d.sentences.map(([, e]) => e));
      for (const b of ours) if (theirs.has(b)) tp++; else errors.push(`FP …${d.text.slice(Math.max(0, b - 40), b)}⟧${d.text.slice(b, b + 20)}`);
      for (const b of theirs) if (!ours.has(b)) errors.push(`FN …${d.text.slice(Math.max(0, b - 40), b)}⟧${d.text.slice(b, b + 20)}`);
      predicted += ours.size;
      gold += theirs.size;
    }
    const result = score(tp, predicted, gold);
    console.log(`[corpus] arabic-text sentences on UD Arabic-PUD: boundary ${fmt(result)}`);
    if (process.env.SHOW_MISSES) console.log(errors.join('\n'));
    expect(gold).toBe(603);
    expect(result.f1).toBeGreaterThanOrEqual(0.996);
  });
});
