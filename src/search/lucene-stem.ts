/**
 * Lucene's Arabic stemmer (`org.apache.lucene.analysis.ar.ArabicStemmer`, the `arabic_stem`
 * filter of Elasticsearch, OpenSearch and Solr), reimplemented from its published algorithm
 * (Larkey, Ballesteros and Connell's light8 without its stop list): at most one prefix, then
 * every suffix in turn. It runs after Lucene's normalizer (`normalize(·, 'lucene')`), on UTF-16
 * code units as Lucene does; `test/corpus/lucene.oracle.test.ts` compares it with Lucene 8.8.1.
 */

/** L1: the prefixes, in Lucene's order; the first that applies is removed, and no other. */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;

/** L2: the suffixes, in Lucene's order; each is removed when it ends what the ones before left. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;

/**
 * L3: what must remain. A prefix leaves at least two code units, and و needs a word of four;
 * a suffix leaves at least two.
 */
const MIN_LEFT = 2;
const MIN_WAW_WORD = 4;

/** Lucene's stem of an already normalized word (L1–L3). */
export function luceneStem(word: string): string {
  let start = 0;
  for (const prefix of PREFIXES) {
    if (prefix.length === 1 ? word.length < MIN_WAW_WORD : word.length < prefix.length + MIN_LEFT) continue;
    if (word.startsWith(prefix)) {
      start = prefix.length;
      break;
    }
  }
  let end = word.length;
  for (const suffix of SUFFIXES) {
    // Lucene measures what is left of the word after the prefix, as this does.
    if (end - start < suffix.length + MIN_LEFT) continue;
    if (word.startsWith(suffix, end - suffix.length)) end -= suffix.length;
  }
  return start === 0 && end === word.length ? word : word.slice(start, end);
}
