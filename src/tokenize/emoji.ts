/**
 * T15: emoji sequences (UTS #51), a base with its presentation selector, skin-tone modifier, tag
 * sequence or keycap, joined by ZWJ into one sequence; and flags, which are pairs of regional
 * indicators. T16: a text-presentation pictograph (❤ ©) is an emoji with or without VS16.
 */
import { classAt, hasRole, widthAt, Char, Role, Class } from '../chars/index.ts';

/** Scans one element: base, then VS16, modifier, tags, keycap, in any combination UTS #51 allows. */
function element(text: string, i: number, n: number): number {
  let j = i + widthAt(text, i);
  while (j < n) {
    const cls = classAt(text, j);
    if (cls === Class.VS16 || cls === Class.KEYCAP || cls === Class.EMOJI_MODIFIER || cls === Class.EMOJI_TAG)
      j += widthAt(text, j);
    else break;
  }
  return j;
}

/** Scans the emoji sequence that starts at `i` (a pictograph, modifier or regional indicator); returns its end. */
export function scanEmoji(text: string, i: number, n: number): number {
  if (classAt(text, i) === Class.REGIONAL_INDICATOR) {
    const j = i + widthAt(text, i);
    return j < n && classAt(text, j) === Class.REGIONAL_INDICATOR ? j + widthAt(text, j) : j;
  }
  let j = element(text, i, n);
  // ZWJ sequences: ZWJ + another pictograph continues the sequence.
  while (j + 1 < n && classAt(text, j) === Class.ZWJ) {
    const next = classAt(text, j + 1);
    if (next !== Class.EMOJI && next !== Class.EMOJI_TEXT) break;
    j = element(text, j + 1, n);
  }
  return j;
}

/**
 * A keycap sequence at `i`: a KEYCAP_BASE character ([0-9#*]), optional VS16, U+20E3. Returns its
 * end, or `i` when there is none.
 */
export function keycapEnd(text: string, i: number, n: number): number {
  if (!hasRole(String.prototype.charCodeAt.call(text, i), Role.KEYCAP_BASE)) return i;
  let j = i + 1;
  if (j < n && String.prototype.charCodeAt.call(text, j) === Char.VARIATION_SELECTOR_16) j++;
  return j < n && String.prototype.charCodeAt.call(text, j) === Char.COMBINING_ENCLOSING_KEYCAP ? j + 1 : i;
}
