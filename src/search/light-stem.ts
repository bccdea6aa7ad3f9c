/**
 * The light stemmer (`stem(word)`, `algorithm: 'light'`): the project's own, for search. It
 * conflates the inflections a search engine should find together (المدرسة, بالمدرسة, مدرستها,
 * مدرسة; المعلمون, معلمين; قالت, قال; شخصاً, شخص) and keeps apart what Lucene's stemmer merges
 * by stripping blindly. Measured by lemma conflation on UD Arabic-PUD (docs/search.md).
 *
 * - L10: clitics are the clitic splitter's (C1–C12): its stem part, so that the lexicons that
 *   keep وزير, بلد, كتاب whole serve both.
 * - L11: the stem is folded by `normalize(·, 'search')` (hamza seats, alef maksura, ة → ه,
 *   diacritics, tatweel, elongation).
 * - L12: the article ال is removed when two letters remain.
 * - L13: the indefinite accusative ending اً (fathatan on or before the alef) is removed: شخصاً.
 * - L14: the feminine dual تين, تان becomes the feminine ending: سنتين → سنه.
 * - L15: one plural, dual or verb-subject suffix is removed where three letters remain: ات, ون,
 *   ين, وا, ت (المعلمون, عمليات, كانوا, قالت).
 * - L16: the feminine ending ة (ه after L11) is removed where three letters remain: مدرسة → مدرس.
 * - L17: names and loanwords that end in those letters stay as L11 leaves them (stem-lexicon.ts).
 */
import { Char } from '../chars/index.ts';
import { splitClitics } from '../clitics/split.ts';
import { normalize } from '../normalize/normalize.ts';
import { PROTECTED } from './stem-lexicon.ts';

/** L15: the suffixes, tried in this order; the first that leaves enough is removed. */
const SUFFIXES = ['ات', 'ون', 'ين', 'وا', 'ت'] as const;
/** L14: the feminine dual endings, and what replaces them (ة as L11 folds it). */
const FEMININE_DUALS = ['تين', 'تان'] as const;
const FEMININE = 'ه';
const ARTICLE = 'ال';
/** Letters a stem keeps after L15 and L16; after L12 and L14, two. */
const MIN_STEM = 3;
const MIN_AFTER_ARTICLE = 2;

/** L13: whether a surface ends in اً or ًا. */
function endsInAccusativeTanwin(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  const before = s.charCodeAt(s.length - 2);
  return (last === Char.FATHATAN && before === Char.ALEF) || (last === Char.ALEF && before === Char.FATHATAN);
}

/** The light stem of one word (L10–L17). */
export function lightStem(word: string): string {
  const parts = splitClitics(word);
  let surface = word;
  for (const p of parts) if (p.role === 'stem') surface = p.text; // L10
  let w = normalize(surface, 'search'); // L11
  if (PROTECTED.has(w)) return w; // L17
  if (w.startsWith(ARTICLE) && w.length - ARTICLE.length >= MIN_AFTER_ARTICLE) {
    w = w.slice(ARTICLE.length); // L12
    if (PROTECTED.has(w)) return w; // L17
  }
  if (endsInAccusativeTanwin(surface) && w.endsWith('ا')) w = w.slice(0, -1); // L13
  const dual = FEMININE_DUALS.find((d) => w.endsWith(d) && w.length - d.length >= MIN_AFTER_ARTICLE);
  if (dual !== undefined) {
    w = w.slice(0, -dual.length) + FEMININE; // L14
  } else {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
    if (suffix !== undefined) w = w.slice(0, -suffix.length); // L15
  }
  if (w.endsWith(FEMININE) && w.length - FEMININE.length >= MIN_STEM) w = w.slice(0, -FEMININE.length); // L16
  return w;
}
