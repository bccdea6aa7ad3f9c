/**
 * The library's operations as the linearity and memory reports run them, by name, on the built
 * package (dist/).
 */
import { normalize, sentenceSpans, sentences, tokenSpans, tokenize } from '../dist/index.js';

export const OPERATIONS: Record<string, (text: string) => unknown> = {
  'normalize search': (t) => normalize(t, 'search'),
  'normalize clean': (t) => normalize(t, 'clean'),
  tokenSpans: (t) => tokenSpans(t),
  tokenize: (t) => tokenize(t),
  sentenceSpans: (t) => sentenceSpans(t),
  sentences: (t) => sentences(t),
};

/**
 * Operations that produce one item (a token's triple or object, a sentence decision) at a fixed cost.
 * On a token-dense input (alternating ب/a: one token per code unit, against one per 5.6 in news)
 * that cost dominates, so the linear-time check compares per item as well as per code unit and
 * keeps the smaller ratio; a superlinear cost would show in both. The table reports both.
 * Those that build objects (tokenize, sentences) also allocate more as the input grows, so
 * garbage collection makes 8 MB slower per code unit than 64 KB: that ratio is shown, not
 * checked (see linearity.ts).
 */
export const PER_ITEM: Record<string, (text: string) => number> = {
  tokenSpans: (t) => tokenSpans(t).length / 3,
  tokenize: (t) => tokenSpans(t).length / 3,
  sentenceSpans: sentenceDecisions,
  sentences: sentenceDecisions,
};

/**
 * The sentence scanner's items: the characters it must decide on (terminators and quotes, each a
 * look at the tokens around it), or its sentences if more. News has one every 60 code units;
 * `نعم.لا.` written without spaces one every 2, and each costs about what one costs in news.
 */
function sentenceDecisions(t: string): number {
  const decisions = t.match(/[.!?؟…۔"'«»“”‘’]/gu)?.length ?? 0;
  return Math.max(decisions, sentenceSpans(t).length / 2);
}
