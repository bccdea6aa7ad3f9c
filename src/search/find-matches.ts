/**
 * `findMatches`: where a query hits a text, for highlighting a snippet (H1–H3 in
 * docs/search.md). Text and query go through the same analyzer, so a hit is what an index built
 * with `analyze` would find: والمدرسة is a hit for مدرسة, and the span is the text's own
 * والمدرسة, whatever its diacritics, tatweel or hamza seats.
 */
import { BOOLEAN, readOptions, requireString } from '../options/validate.ts';
import { type AnalyzeOptions, analyzeText, PRESET_RULE, type Term } from './analyze.ts';

/**
 * Options of `findMatches`: those of `analyze`, which text and query share, and `phrase`.
 *
 * @example
 * ```ts
 * import { findMatches, type FindMatchesOptions } from 'arabic-text';
 * const options: FindMatchesOptions = { phrase: true };
 * findMatches('وزير الخارجية ووزير المالية', 'وزير المالية', options); // [{ start: 14, end: 27 }]
 * ```
 */
export interface FindMatchesOptions extends AnalyzeOptions {
  /** Match the query's terms as one phrase, in order and next to each other (H2), rather than any of them (H1). @defaultValue `false` */
  phrase?: boolean | undefined;
}

/**
 * One hit: a span of the text, in UTF-16 offsets into it.
 *
 * @example
 * ```ts
 * import { findMatches, type Match } from 'arabic-text';
 * const [hit]: Match[] = findMatches('في المدرسةِ', 'مدرسة');
 * hit; // { start: 3, end: 11 }
 * ```
 */
export interface Match {
  /** Where the hit starts in the text. */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
}

// Spelled out rather than spread from analyze's: a spread is not free of side effects to a
// bundler, and would keep the search chain in every bundle (50 B gzip on `{ sentences }`).
const SCHEMA = { preset: PRESET_RULE, stopwords: BOOLEAN, phrase: BOOLEAN };

/**
 * The spans of `text` whose analyzed terms match those of `query`: each word that gives one of
 * the query's terms (H1), or with `phrase: true` each run of words that gives the query's terms
 * in order, from its first word to its last (H2). A query of stop words only is looked up with
 * its stop words (H3). Spans are in text order and do not overlap.
 *
 * @example
 * ```ts
 * import { findMatches } from 'arabic-text';
 * const text = 'ذهبتُ إلى المدرسة، والمدرسةُ بعيدة';
 * findMatches(text, 'مدرسة').map((m) => text.slice(m.start, m.end)); // ['المدرسة', 'والمدرسةُ']
 * findMatches(text, 'ذهب الى المدرسة', { phrase: true }); // [{ start: 0, end: 17 }]
 * ```
 */
export function findMatches(text: string, query: string, options?: FindMatchesOptions): Match[] {
  const input = requireString('findMatches', 'text', text);
  const wanted = requireString('findMatches', 'query', query);
  const given = readOptions('findMatches', options, SCHEMA);
  const lucene = given?.preset === 'lucene';
  let dropStopwords = given?.stopwords !== false;
  let queryTerms = analyzeText(wanted, lucene, dropStopwords).map((t) => t.term);
  // H3: a query of stop words only (في, لن) asks for them.
  if (queryTerms.length === 0 && dropStopwords) {
    dropStopwords = false;
    queryTerms = analyzeText(wanted, lucene, false).map((t) => t.term);
  }
  if (queryTerms.length === 0) return [];
  const terms = analyzeText(input, lucene, dropStopwords);
  if (given?.phrase === true) return phraseMatches(terms, queryTerms);
  const set = new Set(queryTerms);
  const hits: Match[] = [];
  for (const t of terms) if (set.has(t.term)) hits.push({ start: t.start, end: t.end }); // H1
  return hits;
}

/**
 * H2: every non-overlapping run of `terms` equal to `phrase`, found by Knuth–Morris–Pratt so
 * that the time is linear in both lengths (a text of one repeated word and a long query of it
 * would otherwise be quadratic).
 */
function phraseMatches(terms: readonly Term[], phrase: readonly string[]): Match[] {
  const m = phrase.length;
  // fail[j]: the length of the longest proper border of phrase[0..j].
  const fail = new Int32Array(m);
  for (let j = 1, k = 0; j < m; j++) {
    while (k > 0 && phrase[j] !== phrase[k]) k = fail[k - 1]!;
    if (phrase[j] === phrase[k]) k++;
    fail[j] = k;
  }
  const hits: Match[] = [];
  for (let i = 0, k = 0; i < terms.length; i++) {
    const term = terms[i]!.term;
    while (k > 0 && term !== phrase[k]) k = fail[k - 1]!;
    if (term === phrase[k]) k++;
    if (k === m) {
      hits.push({ start: terms[i - m + 1]!.start, end: terms[i]!.end });
      k = 0; // non-overlapping: the next hit starts after this one
    }
  }
  return hits;
}
