/**
 * T13: @mentions and #hashtags: the sigil, then letters of any script with their marks, digits, `_`,
 * ZWNJ and tatweel (#مصر_اليوم). A hashtag needs at least one letter (#1 is a number after #).
 */
import {
  ARABIC_MARK,
  OTHER_MARK,
  TAG_CONNECTOR,
  TATWEEL,
  ZERO_WIDTH_NON_JOINER,
  ZWNJ,
  classAt,
  hasRole,
  isDigitClass,
  isLetterClass,
  widthAt,
} from '../chars/index.ts';

/** The end of the handle or tag body after the sigil at `i`, or `i` when there is none. */
export function taggedEnd(text: string, i: number, n: number, needsLetter: boolean): number {
  let j = i + 1;
  let letter = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    const cls = classAt(text, j);
    if (isLetterClass(cls)) letter = true;
    else if (
      !(
        isDigitClass(cls) ||
        cls === ARABIC_MARK ||
        cls === OTHER_MARK ||
        cls === TATWEEL ||
        hasRole(c, TAG_CONNECTOR) ||
        (cls === ZWNJ && j > i + 1)
      )
    )
      break;
    j += widthAt(text, j);
  }
  // A handle or tag does not end in a ZWNJ.
  while (j > i + 1 && text.charCodeAt(j - 1) === ZERO_WIDTH_NON_JOINER) j--;
  return j > i + 1 && (letter || !needsLetter) ? j : i;
}
