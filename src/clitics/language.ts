/**
 * Which text is Persian or Urdu, where Arabic clitic rules do not apply: Persian به ("to"), برای
 * ("for") and Urdu لیکن ("but") are words, not ب + ه, ب + رای, ل + یکن.
 *
 * - **C20** A line is Persian or Urdu when it has a Persian or Urdu letter (ی ک گ پ چ ژ ہ ے ں ٹ ڈ
 *   ڑ ۀ ھ, role PERSIAN_URDU_LETTER) or a ZWNJ, and at least as many of these as of the marks of
 *   Arabic spelling: the letters Persian and Urdu write otherwise (ي ك ة ى) and the article ال
 *   at the start of a word. Arabic typed on a Persian keyboard (ذهبت الی المدرسة فی الصباح)
 *   keeps ة and ال, and stays Arabic. Measured: 1,450 of the 1,456 lines of the Persian treebank
 *   (the other six have no Persian letter), none of the 1,000 PUD or 100 MADAR lines, and none
 *   of the 6,236 Quran verses.
 * - **C21** A word with a Persian or Urdu letter or a ZWNJ is not split wherever it stands.
 */
import { BMP_CLASS, hasRole, Char, Class, Role } from '../chars/index.ts';

/** C20, C21: whether `c` is a letter of Persian or Urdu spelling (ی ک گ پ…) or a ZWNJ. */
export const isPersianOrUrduLetter = (c: number) =>
  hasRole(c, Role.PERSIAN_URDU_LETTER) || c === Char.ZERO_WIDTH_NON_JOINER;

/**
 * C20 for the lines of one text, asked in any order: the line around an index is measured once
 * and remembered until an index outside it is asked (tokens come in order, so each line is read
 * once).
 */
export class LineLanguage {
  private text = '';
  private start = 0;
  private end = -1;
  private persian = false;

  /** Whether the line of `text` around index `i` is Persian or Urdu. */
  persianAt(text: string, i: number): boolean {
    if (text !== this.text || i < this.start || i >= this.end) this.measure(text, i);
    return this.persian;
  }

  private measure(text: string, i: number): void {
    let start = i;
    while (start > 0 && BMP_CLASS[String.prototype.charCodeAt.call(text, start - 1)] !== Class.LINE_BREAK) start--;
    let end = i;
    while (end < text.length && BMP_CLASS[String.prototype.charCodeAt.call(text, end)] !== Class.LINE_BREAK) end++;
    let persian = 0;
    let arabic = 0;
    for (let k = start; k < end; k++) {
      const c = String.prototype.charCodeAt.call(text, k);
      if (isPersianOrUrduLetter(c)) persian++;
      else if (hasRole(c, Role.ARABIC_ONLY_LETTER)) arabic++;
      else if (
        c === Char.ALEF &&
        String.prototype.charCodeAt.call(text, k + 1) === Char.LAM &&
        (k === start || !isLetterAt(text, k - 1))
      )
        arabic++;
    }
    this.text = text;
    this.start = start;
    this.end = end + 1;
    this.persian = persian > 0 && persian >= arabic;
  }
}

const isLetterAt = (text: string, k: number) => {
  const cls = BMP_CLASS[String.prototype.charCodeAt.call(text, k)]!;
  return cls === Class.ARABIC_LETTER || cls === Class.ARABIC_MARK || cls === Class.TATWEEL;
};
