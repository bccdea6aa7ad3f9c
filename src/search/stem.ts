/**
 * `stem`: one word to its search stem, by the project's light stemmer or by Lucene's.
 */
import { normalize } from '../normalize/normalize.ts';
import { readOptions, requireString, type OptionRule } from '../options/validate.ts';
import { lightStem } from './light-stem.ts';
import { luceneStem } from './lucene-stem.ts';
import { Fact, factsOf } from '../memo/word-cache.ts';

/**
 * The stemmers `stem` offers: `'light'`, the project's (the default), and `'lucene'`.
 *
 * @example
 * ```ts
 * import { stem, type StemAlgorithm } from 'arabic-text';
 * const algorithm: StemAlgorithm = 'lucene';
 * stem('مكتباتها', { algorithm }); // 'مكتب'
 * ```
 */
export type StemAlgorithm = 'light' | 'lucene';

/**
 * Options of `stem`.
 *
 * @example
 * ```ts
 * import { stem, type StemOptions } from 'arabic-text';
 * const options: StemOptions = { algorithm: 'lucene' };
 * stem('والمدرسة', options); // 'مدرس'
 * ```
 */
export interface StemOptions {
  /**
   * `'light'`: the project's stemmer (rules L10–L17 in docs/search.md): clitics by the clitic
   * splitter, `search` folding, the article, plural, dual, verb-subject and feminine suffixes,
   * names and loanwords left alone. `'lucene'`: exactly Lucene's `ArabicNormalizationFilter`
   * then `ArabicStemFilter` (Elasticsearch's `arabic_normalization` + `arabic_stem`; L1–L3).
   * @defaultValue `'light'`
   */
  algorithm?: StemAlgorithm | undefined;
}

const ALGORITHM: OptionRule = { kind: 'oneOf', values: ['light', 'lucene'] satisfies StemAlgorithm[] };

/**
 * The search stem of one word: words that a reader would look up together get one stem.
 * Any string is accepted; a string that is not one Arabic word is normalized and stemmed as the
 * algorithm does it (Lucene's stemmer strips its affixes from any string).
 *
 * @example
 * ```ts
 * import { stem } from 'arabic-text';
 * stem('بالمدرسة');                        // 'مدرس'
 * stem('مدرستها');                         // 'مدرس'
 * stem('المعلمون');                        // 'معلم'
 * stem('فبراير');                          // 'فبراير'
 * stem('المكتبات', { algorithm: 'lucene' }); // 'مكتب'
 * ```
 */
export function stem(word: string, options?: StemOptions): string {
  const input = requireString('stem', 'word', word);
  if (options === undefined) return rememberedLightStem(input); // the engines' call, word by word
  const algorithm = (readOptions('stem', options, { algorithm: ALGORITHM })?.algorithm ?? 'light') as StemAlgorithm;
  return algorithm === 'lucene' ? luceneStem(normalize(input, 'lucene')) : rememberedLightStem(input);
}

/** Engines stem word by word, and text repeats its words (src/memo). */
function rememberedLightStem(word: string): string {
  const facts = factsOf(word);
  return ((facts[Fact.STEM] as string | undefined) ??= lightStem(word));
}
