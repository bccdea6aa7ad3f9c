/**
 * Stop words: `STOPWORDS` for engines that take a list, `isStopword` for one word (W1–W2 in
 * docs/search.md). The entries and their classes are in stopword-list.ts.
 */
import { normalize } from '../normalize/normalize.ts';
import { requireString } from '../options/validate.ts';
import { STOPWORD_ENTRIES } from './stopword-list.ts';
import { Fact, factsOf } from '../memo/word-cache.ts';

/** The alef seats folded alone: the spelling of typed text that drops the hamza but keeps ى (الى). */
const HAMZA_DROPPED = { preset: 'none', alef: 'basic' } as const;

/**
 * The stop list, for engines that take one: every entry in standard spelling, with its hamza
 * seat dropped, and in its `normalize(·, 'search')` form (إلى, الى, الي), sorted, without
 * repeats. Frozen.
 *
 * @example
 * ```ts
 * import { STOPWORDS } from 'arabic-text';
 * STOPWORDS.includes('في');  // true
 * STOPWORDS.includes('الي'); // true (إلى as `search` folds it)
 * ```
 */
export const STOPWORDS: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(
    [...new Set(STOPWORD_ENTRIES.flatMap((w) => [w, normalize(w, HAMZA_DROPPED), normalize(w, 'search')]))].sort(),
  ))();

let folded: ReadonlySet<string> | null = null;
/** W1: the entries as `search` folds them, built on first use. */
const foldedStopwords = () => (folded ??= new Set(STOPWORD_ENTRIES.map((w) => normalize(w, 'search'))));

/** W2: the proclitics a stop word may be written behind: a conjunction, then a preposition. */
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

/**
 * Whether `word` is a stop word: an entry of the stop list once both are folded by
 * `normalize(·, 'search')` (W1; إلى, الى and إلي are one), also behind the proclitics و ف and
 * then ب ل ك (W2: وفي, ولكن, بهذا, فإن).
 *
 * @example
 * ```ts
 * import { isStopword } from 'arabic-text';
 * isStopword('إلى');     // true
 * isStopword('وفي');     // true
 * isStopword('بهذا');    // true
 * isStopword('المدرسة'); // false
 * ```
 */
export function isStopword(word: string): boolean {
  const w = requireString('isStopword', 'word', word);
  // Engines ask word by word, and text repeats its words (src/memo).
  const facts = factsOf(w);
  return ((facts[Fact.STOPWORD] as boolean | undefined) ??= isFoldedStopword(w));
}

/** W1, W2. */
function isFoldedStopword(word: string): boolean {
  const stops = foldedStopwords();
  const w = normalize(word, 'search');
  if (stops.has(w)) return true;
  // Behind و or ف (ولكن), behind ب ل ك (بهذا), or behind both (ولهذا); at least two letters
  // behind them, so that و + أ is not a stop word.
  const afterConjunction = CONJUNCTIONS.includes(w[0] ?? '') ? 1 : 0;
  const afterPreposition = PREPOSITIONS.includes(w[afterConjunction] ?? '') ? afterConjunction + 1 : 0;
  const isStopAt = (at: number) => at > 0 && w.length - at >= 2 && stops.has(w.slice(at));
  return isStopAt(afterConjunction) || isStopAt(afterPreposition);
}
