/** Span-based precision, recall and F1, as used by the corpus tests and `arabic-text eval`. */
export interface Score { tp: number; predicted: number; gold: number; precision: number; recall: number; f1: number }

export function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Counts the spans that appear in both lists (as "start:end" keys). */
export function matches(predicted: Iterable<[number, number]>, gold: Iterable<[number, number]>): number {
  const keys = new Set<string>();
  for (const [s, e] of gold) keys.add(`${s}:${e}`);
  let tp = 0;
  for (const [s, e] of predicted) if (keys.has(`${s}:${e}`)) tp++;
  return tp;
}

export const fmt = (s: Score) => `F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(4)}, R ${s.recall.toFixed(4)}; ${s.tp} of ${s.gold} gold, ${s.predicted} predicted)`;
