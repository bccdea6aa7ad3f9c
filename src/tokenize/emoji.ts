/**
 * Emoji sequences (UTS #51): a base with its presentation selector, skin-tone modifier, tag
 * sequence or keycap, joined by ZWJ into one sequence; and flags, which are pairs of regional
 * indicators. Returns the end of the sequence starting at `i`, and whether it is presented as an
 * emoji (a text-presentation pictograph such as © alone is a symbol, not an emoji).
 */
import {
  EMOJI,
  EMOJI_MODIFIER,
  EMOJI_TAG,
  EMOJI_TEXT,
  KEYCAP,
  REGIONAL_INDICATOR,
  VS16,
  ZWJ,
  classAt,
} from '../chars/index.ts';

const width = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** Whether the last scanned sequence shows as an emoji (read right after `scanEmoji`). */
export const emojiScan = { isEmoji: false };

/** Scans one element: base, then VS16, modifier, tags, keycap, in any combination UTS #51 allows. */
function element(text: string, i: number, n: number): number {
  const base = classAt(text, i);
  let j = i + width(text, i);
  let presented = base === EMOJI || base === EMOJI_MODIFIER;
  while (j < n) {
    const cls = classAt(text, j);
    if (cls === VS16 || cls === KEYCAP) {
      j++;
      presented = true;
      continue;
    }
    if (cls === EMOJI_MODIFIER || cls === EMOJI_TAG) {
      j += width(text, j);
      presented = true;
      continue;
    }
    break;
  }
  emojiScan.isEmoji ||= presented;
  return j;
}

/** Scans the emoji sequence that starts at `i` (a pictograph, modifier or regional indicator). */
export function scanEmoji(text: string, i: number, n: number): number {
  emojiScan.isEmoji = false;
  if (classAt(text, i) === REGIONAL_INDICATOR) {
    let j = i + width(text, i);
    if (j < n && classAt(text, j) === REGIONAL_INDICATOR) j += width(text, j);
    emojiScan.isEmoji = true;
    return j;
  }
  let j = element(text, i, n);
  // ZWJ sequences: ZWJ + another pictograph continues the sequence.
  while (j + 1 < n && classAt(text, j) === ZWJ) {
    const next = classAt(text, j + 1);
    if (next !== EMOJI && next !== EMOJI_TEXT) break;
    emojiScan.isEmoji = true;
    j = element(text, j + 1, n);
  }
  return j;
}

/**
 * A keycap sequence at `i`: [0-9#*], optional VS16, U+20E3. Returns its end, or `i` when there is
 * none.
 */
export function keycapEnd(text: string, i: number, n: number): number {
  let j = i + 1;
  if (j < n && text.charCodeAt(j) === 0xfe0f) j++;
  return j < n && text.charCodeAt(j) === 0x20e3 ? j + 1 : i;
}
