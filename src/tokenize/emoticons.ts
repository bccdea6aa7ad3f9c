/**
 * T20: emoticons, written for this project from the ASCII faces common in Arabic social media
 * (`:)` `:-(` `:D` `;)` `<3` `xD` `^_^` `:'(` and their kin). Each is one token of kind
 * `emoticon` when it stands alone: nothing alphanumeric touches it on either side, so `a:b`,
 * `3:30`, ratios and `:Dear` stay as they were. A repeated last character belongs to the face
 * (`:)))`, `:DDD`).
 */
import { Class, classAt } from '../chars/index.ts';
import { reached, type LookAhead } from './look-ahead.ts';

/** The faces, space-separated (one string is smaller in the bundle than an array of them). */
const EMOTICONS =
  /* @__PURE__ */ ":) :-) :( :-( :D :-D :P :-P :p :-p :O :-O :o :| :/ :\\ :* :-* :3 ;) ;-) ;D ;P ;( :'( :') :$ <3 </3 ^_^ ^^ ^.^ xD XD xd =) =D =( -_- >_< o_O O_o".split(
    ' ',
  );

/** The faces by first character, longest first, so that `:-)` wins over `:-`. */
const BY_FIRST: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const map = new Map<string, string[]>();
  for (const e of EMOTICONS) map.set(e[0]!, [...(map.get(e[0]!) ?? []), e]);
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Whether the code point at `k` is a letter or digit of any script (what may not touch a face). */
function isAlnumAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const cls = classAt(text, k);
  return (
    cls === Class.ARABIC_LETTER ||
    cls === Class.LATIN_LETTER ||
    cls === Class.OTHER_LETTER ||
    (cls >= Class.ARABIC_INDIC_DIGIT && cls <= Class.OTHER_DIGIT)
  );
}

/** Whether a face may start with the character `c` (looked up before trying any). */
export const mayStartEmoticon = (c: string): boolean => BY_FIRST.has(c);

/** The end of the emoticon that starts at `i`, or `i` when none does (T20). */
export function emoticonEnd(text: string, i: number, state: LookAhead): number {
  const list = BY_FIRST.get(text[i]!);
  if (list === undefined || isAlnumAt(text, i - 1)) return i;
  for (const face of list) {
    if (!text.startsWith(face, i)) continue;
    let end = i + face.length;
    const last = String.prototype.charCodeAt.call(text, end - 1);
    while (String.prototype.charCodeAt.call(text, end) === last) end++;
    reached(state, end);
    // A face glued to a letter or digit is not one (a:b, 3:30, :Dear), except its own last
    // letter repeated (:DDD).
    if (!isAlnumAt(text, end)) return end;
  }
  return i;
}
