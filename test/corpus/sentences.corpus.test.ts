import { describe, expect, it } from 'vitest';
import { boundaryScore, fmt } from '../../src/eval/score.ts';
import { hasGold, loadGold } from './ud.ts';

describe.skipIf(!hasGold)('sentence segmentation on UD Arabic-PUD', () => {
  const docs = hasGold ? loadGold() : [];

  it('scores sentence-boundary F1 ≥ 0.996', () => {
    const errors: string[] = [];
    const result = boundaryScore(docs, errors);
    console.log(`[corpus] arabic-text sentences on UD Arabic-PUD: boundary ${fmt(result)}`);
    if (process.env.SHOW_MISSES) console.log(errors.join('\n'));
    expect(result.gold).toBe(603);
    expect(result.f1).toBeGreaterThanOrEqual(0.996);
  });
});
