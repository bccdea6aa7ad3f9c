/**
 * T13: @mentions and #hashtags: the sigil, then letters of any script with their marks, digits, `_`,
 * ZWNJ and tatweel (#مصر_اليوم). A hashtag needs at least one letter (#1 is a number after #).
 */
import { classAt, hasRole, isDigitClass, isLetterClass, widthAt, Char, Role, Class } from '../chars/index.ts';
import { startsLink } from './link.ts';
import { reached, type LookAhead } from './look-ahead.ts';

/** The end of the handle or tag body after the sigil at `i`, or `i` when there is none. */
export function taggedEnd(text: string, i: number, n: number, needsLetter: boolean, state: LookAhead): number {
  let j = i + 1;
  let letter = false;
  while (j < n) {
    const c = String.prototype.charCodeAt.call(text, j);
    const cls = classAt(text, j);
    // T21: a link glued on ends the tag (#إسرائيلhttps://t.co/…).
    if (cls === Class.LATIN_LETTER && startsLink(text, j)) break;
    if (isLetterClass(cls)) letter = true;
    else if (
      !(
        isDigitClass(cls) ||
        cls === Class.ARABIC_MARK ||
        cls === Class.OTHER_MARK ||
        cls === Class.TATWEEL ||
        hasRole(c, Role.TAG_CONNECTOR) ||
        (cls === Class.ZWNJ && j > i + 1)
      )
    )
      break;
    j += widthAt(text, j);
  }
  reached(state, j);
  // A handle or tag does not end in a ZWNJ.
  while (j > i + 1 && String.prototype.charCodeAt.call(text, j - 1) === Char.ZERO_WIDTH_NON_JOINER) j--;
  return j > i + 1 && (letter || !needsLetter) ? j : i;
}
