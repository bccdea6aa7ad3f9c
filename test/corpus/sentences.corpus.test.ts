import { describe, expect, it } from 'vitest';
import { sentenceSpans, type LineBreakMode } from '../../src/index.ts';
import { boundaryScore, fmt, score, type Score } from '../../src/eval/score.ts';
import { hasGold, loadGold, type GoldDoc } from './ud.ts';

/**
 * PUD's documents as a PDF text layer gives them: each a paragraph hard-wrapped at `width` code
 * units (the last space before the margin becomes a line break, so offsets do not move), one line
 * break between paragraphs and no blank line. With `bare`, each paragraph's last sentence loses
 * its terminator, as captions, headings and list items have none. Returns the text and the gold
 * boundaries (every sentence end but the text's last).
 */
function hardWrapped(docs: readonly GoldDoc[], width: number, bare: boolean): { text: string; gold: Set<number> } {
  let text = '';
  const gold = new Set<number>();
  for (const d of docs) {
    const units = d.text.split('');
    let lineStart = 0;
    let lastSpace = -1;
    for (let i = 0; i < units.length; i++) {
      if (units[i] === ' ') lastSpace = i;
      if (i - lineStart >= width && lastSpace > lineStart) {
        units[lastSpace] = '\n';
        lineStart = lastSpace + 1;
      }
    }
    let body = units.join('');
    const ends = d.sentences.map(([, e]) => e);
    if (bare && /[.!?؟]$/u.test(body)) {
      body = body.slice(0, -1);
      ends[ends.length - 1]!--;
    }
    for (const e of ends) gold.add(text.length + e);
    text += `${body}\n`;
  }
  gold.delete(text.length - 1);
  return { text, gold };
}

function wrappedScore(text: string, gold: Set<number>, lineBreaks: LineBreakMode): Score {
  const spans = sentenceSpans(text, { lineBreaks });
  const ours = new Set<number>();
  for (let k = 1; k < spans.length - 2; k += 2) ours.add(spans[k]!);
  let tp = 0;
  for (const b of ours) if (gold.has(b)) tp++;
  return score(tp, ours.size, gold.size);
}

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

  it("S17: hard-wrapped text (PUD wrapped at 60 columns, no blank lines): 'wrapped' ≥ 0.99, and ≥ 0.94 when paragraphs end without a terminator", () => {
    const modes: LineBreakMode[] = ['sentence', 'paragraph', 'wrapped'];
    for (const bare of [false, true]) {
      const { text, gold } = hardWrapped(docs, 60, bare);
      const scores = Object.fromEntries(modes.map((m) => [m, wrappedScore(text, gold, m)]));
      console.log(
        `[corpus] hard-wrapped PUD${bare ? ', paragraphs without a final terminator' : ''}: ${modes.map((m) => `${m} F1 ${scores[m]!.f1.toFixed(4)}`).join('; ')}; wrapped ${fmt(scores.wrapped!)}`,
      );
      expect(scores.wrapped!.f1).toBeGreaterThanOrEqual(bare ? 0.94 : 0.99);
      expect(scores.wrapped!.f1).toBeGreaterThan(scores.sentence!.f1 + 0.2);
      expect(scores.wrapped!.f1).toBeGreaterThanOrEqual(scores.paragraph!.f1);
      if (bare) expect(scores.wrapped!.f1).toBeGreaterThan(scores.paragraph!.f1 + 0.1);
    }
  });
});
