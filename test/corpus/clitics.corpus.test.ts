import { describe, expect, it } from 'vitest';
import { fmt, wordScore } from '../../src/eval/score.ts';
import { hasGold, loadGold } from './ud.ts';

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
