/**
 * Span-based precision, recall and F1 of the tokenizer, the sentence splitter and clitic
 * segmentation against gold documents (see conllu.ts). Used by `arabic-text eval` and by the
 * corpus tests, so that both report the same figures.
 */
import type { GoldDoc } from './conllu.ts';
import { sentenceSpans } from '../segment/sentences.ts';
import { tokenSpans, tokenize, type CliticSplitter } from '../tokenize/tokenize.ts';
import { splitClitics } from '../clitics/split.ts';

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Counts the spans that appear in both lists. */
export function matches(
  predicted: Iterable<readonly [number, number]>,
  gold: Iterable<readonly [number, number]>,
): number {
  const keys = new Set<string>();
  for (const [s, e] of gold) keys.add(`${s}:${e}`);
  let tp = 0;
  for (const [s, e] of predicted) if (keys.has(`${s}:${e}`)) tp++;
  return tp;
}

export const fmt = (s: Score) =>
  `F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(4)}, R ${s.recall.toFixed(4)}; ${s.tp} of ${s.gold} gold, ${s.predicted} predicted)`;

/** `[start, end]` pairs from an array of `step`-sized records. */
function pairs(spans: Int32Array, step: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < spans.length; k += step) out.push([spans[k]!, spans[k + 1]!]);
  return out;
}

/** Surface tokens: the tokenizer's spans against the gold tokens. `misses` collects wrong tokens in context. */
export function tokenScore(docs: readonly GoldDoc[], misses?: string[]): Score {
  let tp = 0,
    predicted = 0,
    gold = 0;
  for (const d of docs) {
    const ours = pairs(tokenSpans(d.text), 3);
    tp += matches(ours, d.tokens);
    predicted += ours.length;
    gold += d.tokens.length;
    if (misses) {
      const goldKeys = new Set(d.tokens.map(([s, e]) => `${s}:${e}`));
      for (const [s, e] of ours) {
        if (!goldKeys.has(`${s}:${e}`))
          misses.push(`${d.text.slice(Math.max(0, s - 6), e + 6).replace(/\n/g, ' ')} ⟨${d.text.slice(s, e)}⟩`);
      }
    }
  }
  return score(tp, predicted, gold);
}

/**
 * Sentence boundaries: the end of every sentence but the last of its document (the end of a
 * document is not a decision). `errors` collects false and missed boundaries in context.
 */
export function boundaryScore(docs: readonly GoldDoc[], errors?: string[]): Score {
  let tp = 0,
    predicted = 0,
    gold = 0;
  const boundaries = (ends: number[]) => new Set(ends.slice(0, -1));
  for (const d of docs) {
    const ours = boundaries(pairs(sentenceSpans(d.text), 2).map(([, e]) => e));
    const theirs = boundaries(d.sentences.map(([, e]) => e));
    const context = (b: number) => `…${d.text.slice(Math.max(0, b - 40), b)}⟧${d.text.slice(b, b + 20)}`;
    for (const b of ours)
      if (theirs.has(b)) tp++;
      else errors?.push(`FP ${context(b)}`);
    if (errors) for (const b of theirs) if (!ours.has(b)) errors.push(`FN ${context(b)}`);
    predicted += ours.size;
    gold += theirs.size;
  }
  return score(tp, predicted, gold);
}

/**
 * Syntactic words: each gold surface token's words, and each of our tokens' clitic parts (or the
 * token itself with `split` false), as spans; a word counts when the same span is a word on both
 * sides. A gold token whose words do not tile its surface (a treebank quirk) counts only as gold.
 * `split` is `true` for `splitClitics`, or a splitter of its own (`createCliticSplitter(…)`).
 */
export function wordScore(docs: readonly GoldDoc[], split: boolean | CliticSplitter, misses?: string[]): Score {
  let tp = 0,
    predicted = 0,
    gold = 0;
  for (const d of docs) {
    const goldWords = new Set<string>();
    d.tokens.forEach(([s, e], k) => {
      const words = d.words[k]!;
      gold += words.length;
      if (words.join('') !== d.text.slice(s, e)) return;
      let at = s;
      for (const w of words) {
        goldWords.add(`${at}:${at + w.length}`);
        at += w.length;
      }
    });
    const goldByToken = misses ? new Map(d.tokens.map(([s, e], k) => [`${s}:${e}`, d.words[k]!.join(' + ')])) : null;
    for (const t of tokenize(d.text, { clitics: split === true ? splitClitics : split })) {
      const parts = t.parts ?? [{ start: t.start, end: t.end, text: t.text }];
      predicted += parts.length;
      let all = true;
      for (const p of parts)
        if (goldWords.has(`${p.start}:${p.end}`)) tp++;
        else all = false;
      if (!all && misses)
        misses.push(
          `${t.text}: ${parts.map((p) => d.text.slice(p.start, p.end)).join(' + ')}  ≠  ${goldByToken!.get(`${t.start}:${t.end}`) ?? '(token differs)'}`,
        );
    }
  }
  return score(tp, predicted, gold);
}
