/**
 * URLs (with a scheme, or starting with `www.`) and email addresses. Both scanners look ahead
 * from a token start and return where the URL or address ends, or the start itself when there
 * is none; neither uses a regular expression.
 */
import {
  BMP_CLASS,
  asciiLower,
  classAt,
  hasRole,
  isAsciiAlnum,
  isAsciiLetter,
  Char,
  Role,
  Class,
} from '../chars/index.ts';
import { reached, type LookAhead } from './look-ahead.ts';

/** T11: a URL ends at white space, a line break, a format control, or a URL_END character (quotes, « », ، ؛). */
function endsUrl(c: number): boolean {
  if (hasRole(c, Role.URL_END)) return true;
  const cls = BMP_CLASS[c]!;
  return cls === Class.SPACE || cls === Class.LINE_BREAK || cls === Class.FORMAT;
}

/**
 * T21: whether a link starts at `j`: `http://`, `https://` or `www.` (any case). A word, hashtag or
 * mention ends before one, and so does a URL when a letter or digit stands right before it
 * (`Storehttps://t.co/…`, `#إسرائيلhttps://…`, two URLs glued together).
 */
export function startsLink(text: string, j: number): boolean {
  const c = asciiLower(String.prototype.charCodeAt.call(text, j));
  if (c !== Char.LATIN_SMALL_LETTER_H && c !== Char.LATIN_SMALL_LETTER_W) return false;
  const head = text.slice(j, j + 8).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
}

/** The longest URL scheme looked for ("svn+ssh", "chrome-extension" fit). */
const MAX_SCHEME = 16;

/** Length of the URL prefix at `i` ("scheme://" or "www."), or 0. */
function prefixLength(text: string, i: number, n: number): number {
  let j = i;
  while (j < n && j - i < MAX_SCHEME) {
    const c = String.prototype.charCodeAt.call(text, j);
    if (isAsciiAlnum(c) || hasRole(c, Role.URL_SCHEME_PUNCT)) j++;
    else break;
  }
  if (
    j > i &&
    j + 3 < n &&
    String.prototype.charCodeAt.call(text, j) === Char.COLON &&
    String.prototype.charCodeAt.call(text, j + 1) === Char.SOLIDUS &&
    String.prototype.charCodeAt.call(text, j + 2) === Char.SOLIDUS &&
    !endsUrl(String.prototype.charCodeAt.call(text, j + 3))
  ) {
    return j + 3 - i;
  }
  if (
    i + 4 < n &&
    asciiLower(String.prototype.charCodeAt.call(text, i)) === Char.LATIN_SMALL_LETTER_W &&
    asciiLower(String.prototype.charCodeAt.call(text, i + 1)) === Char.LATIN_SMALL_LETTER_W &&
    asciiLower(String.prototype.charCodeAt.call(text, i + 2)) === Char.LATIN_SMALL_LETTER_W &&
    String.prototype.charCodeAt.call(text, i + 3) === Char.FULL_STOP &&
    isAsciiAlnum(String.prototype.charCodeAt.call(text, i + 4))
  ) {
    return 4;
  }
  return 0;
}

/**
 * T11: the end of the URL starting at `i`, or `i` when none starts there. Trailing punctuation
 * (URL_TRAILING) and an unbalanced closing bracket are left out: "(see https://a.org/x)." ends at "x".
 */
export function urlEnd(text: string, i: number, n: number, state: LookAhead): number {
  const prefix = prefixLength(text, i, n);
  if (prefix === 0) return i;
  let j = i + prefix;
  let parens = 0;
  let brackets = 0;
  while (j < n) {
    const c = String.prototype.charCodeAt.call(text, j);
    if (endsUrl(c)) break;
    // T11: a `#` or `@` before an Arabic letter starts a hashtag or mention (t.co/x#سوريا); an
    // Arabic letter right after a Latin letter or digit starts a word (t.co/xمرحبا), while one
    // after a delimiter is an Arabic path (/wiki/مصر); T21: a second link glued on starts anew.
    if ((c === Char.NUMBER_SIGN || c === Char.COMMERCIAL_AT) && classAt(text, j + 1) === Class.ARABIC_LETTER) break;
    if (BMP_CLASS[c] === Class.ARABIC_LETTER && isAsciiAlnum(String.prototype.charCodeAt.call(text, j - 1))) break;
    if (isAsciiAlnum(String.prototype.charCodeAt.call(text, j - 1)) && startsLink(text, j)) break;
    if (c === Char.LEFT_PARENTHESIS) parens++;
    else if (c === Char.RIGHT_PARENTHESIS) parens--;
    else if (c === Char.LEFT_SQUARE_BRACKET) brackets++;
    else if (c === Char.RIGHT_SQUARE_BRACKET) brackets--;
    j++;
  }
  reached(state, j);
  // Trim from the end: each step removes one character, and the counts are kept up to date, so
  // this is linear even for a megabyte of ")))".
  while (j > i + prefix) {
    const c = String.prototype.charCodeAt.call(text, j - 1);
    if (hasRole(c, Role.URL_TRAILING)) j--;
    else if (c === Char.RIGHT_PARENTHESIS && parens < 0) {
      parens++;
      j--;
    } else if (c === Char.RIGHT_SQUARE_BRACKET && brackets < 0) {
      brackets++;
      j--;
    } else break;
  }
  return j;
}

const isLocalChar = (c: number) => isAsciiAlnum(c) || hasRole(c, Role.EMAIL_LOCAL_PUNCT);

/**
 * T12: the end of the email address starting at `i` (an ASCII letter or digit), or `i` when none
 * starts there: local part, "@", then two or more domain labels, the last of at least two
 * letters. A failed look-ahead is remembered, so that scanning stays linear on "a.a.a.a…".
 */
export function emailEnd(text: string, i: number, n: number, state: LookAhead): number {
  if (i < state.failedUntil_) return i;
  let j = i;
  while (j < n && isLocalChar(String.prototype.charCodeAt.call(text, j))) j++;
  reached(state, j);
  if (j >= n || String.prototype.charCodeAt.call(text, j) !== Char.COMMERCIAL_AT) {
    state.failedUntil_ = j;
    return i;
  }
  let k = j + 1;
  let labels = 0;
  let end = -1;
  let lastLabelLetters = false;
  while (k < n && isAsciiAlnum(String.prototype.charCodeAt.call(text, k))) {
    const start = k;
    let letters = true;
    while (
      k < n &&
      (isAsciiAlnum(String.prototype.charCodeAt.call(text, k)) ||
        String.prototype.charCodeAt.call(text, k) === Char.HYPHEN_MINUS)
    ) {
      if (!isAsciiLetter(String.prototype.charCodeAt.call(text, k))) letters = false;
      k++;
    }
    while (k > start && String.prototype.charCodeAt.call(text, k - 1) === Char.HYPHEN_MINUS) k--;
    labels++;
    end = k;
    lastLabelLetters = letters && k - start >= 2;
    if (
      k + 1 < n &&
      String.prototype.charCodeAt.call(text, k) === Char.FULL_STOP &&
      isAsciiAlnum(String.prototype.charCodeAt.call(text, k + 1))
    )
      k++;
    else break;
  }
  reached(state, k + 1);
  if (labels >= 2 && lastLabelLetters) return end;
  state.failedUntil_ = j;
  return i;
}
