/**
 * `analyze`: text to search terms, the chain an index and its queries share (A1–A4 in
 * docs/search.md): tokenize, fold, drop stop words, stem; every term keeps the span of the text
 * it came from.
 */
import { Char } from '../chars/index.ts';
import { normalize } from '../normalize/normalize.ts';
import { BOOLEAN, readOptions, requireString, type OptionRule } from '../options/validate.ts';
import { Kind } from '../tokenize/kinds.ts';
import { tokenSpans } from '../tokenize/tokenize.ts';
import { SpanCache } from '../memo/word-cache.ts';
import { luceneWordSpans } from './lucene-tokens.ts';
import { stem } from './stem.ts';
import { isStopword, STOPWORDS } from './stopwords.ts';

/**
 * The analyzers `analyze` offers: `'light'` (the default) and `'lucene'`.
 *
 * @example
 * ```ts
 * import { analyze, type AnalyzerPreset } from 'arabic-text';
 * const preset: AnalyzerPreset = 'lucene';
 * analyze('والمكتبات', { preset })[0].term; // 'مكتب'
 * ```
 */
export type AnalyzerPreset = 'light' | 'lucene';

/**
 * Options of `analyze`.
 *
 * @example
 * ```ts
 * import { analyze, type AnalyzeOptions } from 'arabic-text';
 * const options: AnalyzeOptions = { preset: 'lucene' };
 * analyze('في المكتبات', options).map((t) => t.term); // ['مكتب']
 * ```
 */
export interface AnalyzeOptions {
  /**
   * `'light'`: `isStopword`, then `stem` (the light stemmer). `'lucene'`: Elasticsearch's
   * `arabic` analyzer with this project's stop list: lower case, decimal digits to ASCII, the
   * stop list as it is written (`STOPWORDS`), `arabic_normalization`, `arabic_stem`.
   * @defaultValue `'light'`
   */
  preset?: AnalyzerPreset | undefined;
  /** Drop stop words. @defaultValue `true` */
  stopwords?: boolean | undefined;
}

/**
 * One search term: what is indexed or looked up, and the span of the text it came from.
 *
 * @example
 * ```ts
 * import { analyze, type Term } from 'arabic-text';
 * const [term]: Term[] = analyze('بالمدرسة');
 * term; // { term: 'مدرس', start: 0, end: 8 }
 * ```
 */
export interface Term {
  term: string;
  /** UTF-16 offsets into the analyzed text. */
  start: number;
  end: number;
}

/**
 * A2 and A3 in one lookup: a word's term, or '' for a stop word. One cache rather than those of
 * `isStopword` and `stem` one after the other: hashing each word twice was a third of the
 * analyzer's time.
 */
const lightTerms = /* @__PURE__ */ new SpanCache((word) => (isStopword(word) ? '' : stem(word)));

/** The `preset` option of `analyze`, which `findMatches` takes too. */
export const PRESET_RULE: OptionRule = { kind: 'oneOf', values: ['light', 'lucene'] satisfies AnalyzerPreset[] };
const SCHEMA = { preset: PRESET_RULE, stopwords: BOOLEAN };

let luceneStops: ReadonlySet<string> | null = null;
/** A4: Lucene's stop filter runs before its normalizer, on the words as written: the list as it is exported. */
const luceneStopwords = () => (luceneStops ??= new Set(STOPWORDS));
const DIGITS_ONLY = { preset: 'none', digits: 'ascii' } as const;

/**
 * A4: decimal digits to ASCII and nothing else, as Lucene's `DecimalDigitFilter` does. N8 also
 * folds the Arabic decimal and thousands separators between digits; Lucene keeps them (`٣٫٥` is
 * the term `3٫5`), so the pieces between separators are folded one by one.
 */
function luceneDigits(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = String.prototype.charCodeAt.call(word, i);
    if (c !== Char.ARABIC_DECIMAL_SEPARATOR && c !== Char.ARABIC_THOUSANDS_SEPARATOR) continue;
    out += normalize(word.slice(from, i), DIGITS_ONLY) + word[i];
    from = i + 1;
  }
  return from === 0 ? normalize(word, DIGITS_ONLY) : out + normalize(word.slice(from), DIGITS_ONLY);
}

/**
 * Analyzes text into search terms, with offsets into the original text: the words and numbers
 * of `tokenize`, and the words of hashtags (A1); stop words dropped (A2); each word stemmed
 * (A3, or A4 under `preset: 'lucene'`). Index documents and queries with the same options.
 *
 * @example
 * ```ts
 * import { analyze } from 'arabic-text';
 * analyze('ذهبت إلى المدرسة').map((t) => t.term); // ['ذهب', 'مدرس']
 * analyze('وبالمدرسة ٣ طلاب').map((t) => t.term); // ['مدرس', '3', 'طلاب']
 * analyze('#المدرسة_الجديدة')[0];                // { term: 'مدرس', start: 1, end: 8 }
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Term[] {
  const input = requireString('analyze', 'text', text);
  const given = readOptions('analyze', options, SCHEMA);
  return analyzeText(input, given?.preset === 'lucene', given?.stopwords !== false);
}

/** `analyze` on a string, with its options read. */
export function analyzeText(input: string, lucene: boolean, dropStopwords: boolean): Term[] {
  const spans = tokenSpans(input);
  const terms: Term[] = [];
  if (lucene) {
    const stops = luceneStopwords();
    for (const [start, end] of luceneWordSpans(input, spans)) {
      // A4: lower case and decimal digits first, the stop list on the word as written, then
      // Lucene's normalizer and stemmer; A5: on Lucene's words.
      const word = luceneDigits(input.slice(start, end).toLowerCase());
      if (dropStopwords && stops.has(word)) continue;
      const term = stem(word, { algorithm: 'lucene' });
      if (term !== '') terms.push({ term, start, end });
    }
    return terms;
  }
  const add = (start: number, end: number) => {
    const term = dropStopwords ? lightTerms.get(input, start, end) : stem(input.slice(start, end));
    if (term !== '') terms.push({ term, start, end });
  };
  for (let k = 0; k < spans.length; k += 3) {
    const kind = spans[k + 2]!;
    const start = spans[k]!;
    const end = spans[k + 1]!;
    // A1: words and numbers; a hashtag's words, without the #, split at its underscores.
    if (kind === Kind.word || kind === Kind.number) add(start, end);
    else if (kind === Kind.hashtag) {
      let from = start + 1;
      for (let i = from; i <= end; i++) {
        if (i < end && String.prototype.charCodeAt.call(input, i) !== Char.LOW_LINE) continue;
        if (i > from) add(from, i);
        from = i + 1;
      }
    }
  }
  return terms;
}
