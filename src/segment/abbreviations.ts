/**
 * Abbreviations whose dot does not end a sentence when more text follows on the line. Written for
 * this project. Single letters (Arabic د. أ. م. and Latin initials J. D.) and words with a dot
 * inside (U.S., e.g., ص.ب, ق.م, أ.د.) are recognised by shape, so they are not listed here.
 */
import { Char } from '../chars/index.ts';

/** Latin abbreviations, matched case-insensitively: titles, company forms, months, references. */
export const LATIN_ABBREVIATIONS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'rev',
  'hon',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'pres',
  'inc',
  'ltd',
  'co',
  'corp',
  'llc',
  'plc',
  'dept',
  'univ',
  'vs',
  'etc',
  'no',
  'nos',
  'vol',
  'vols',
  'fig',
  'figs',
  'pp',
  'cf',
  'al',
  'ed',
  'eds',
  'approx',
  'est',
  'min',
  'max',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/**
 * Arabic abbreviations of more than one letter. `إلخ` (etc.) and its spelling without hamza end a
 * list; their dot ends the sentence only at the end of a line.
 */
export const ARABIC_ABBREVIATIONS: readonly string[] = ['إلخ', 'الخ'];

/** Year markers: a single letter right after a number (2024م, 1445هـ) is not an abbreviation. */
export const YEAR_MARKERS: readonly string[] = ['م', 'هـ', 'ه'];

/** Normalizes a user's abbreviation for lookup: trailing dots removed, Latin lower-cased. */
export function abbreviationKey(s: string): string {
  // A loop, not /\.+$/: the regex backtracks, quadratic on long runs of dots (issue 13: 32,000
  // dots and a letter took 0.8 s).
  let end = s.length;
  while (end > 0 && String.prototype.charCodeAt.call(s, end - 1) === Char.FULL_STOP) end--;
  return s.slice(0, end).toLowerCase();
}
