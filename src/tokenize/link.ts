/**
 * URLs (with a scheme, or starting with `www.`) and email addresses. Both scanners look ahead
 * from a token start and return where the URL or address ends, or the start itself when there
 * is none; neither uses a regular expression.
 */
import { BMP_CLASS, FORMAT, LINE_BREAK, SPACE } from '../chars/index.ts';

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Characters that end a URL: white space, format controls, and brackets or quotes around it. */
function endsUrl(c: number): boolean {
  if (c <= 0x20) return true;
  const cls = BMP_CLASS[c]!;
  if (cls === SPACE || cls === LINE_BREAK || cls === FORMAT) return true;
  switch (c) {
    case 0x22:
    case 0x3c:
    case 0x3e:
    case 0x5c:
    case 0x5e:
    case 0x60:
    case 0x7b:
    case 0x7c:
    case 0x7d:
    case 0xab:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x060c:
    case 0x061b:
      return true;
    default:
      return false;
  }
}

/** Trailing characters that belong to the sentence rather than the URL. */
function isTrailingPunct(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x27:
    case 0x2019:
    case 0x2026:
    case 0x061f:
      return true;
    default:
      return false;
  }
}

/** Length of the URL prefix at `i` ("scheme://" or "www."), or 0. */
function prefixLength(text: string, i: number, n: number): number {
  let j = i;
  while (j < n && j - i < 16) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c) || c === 0x2b || c === 0x2d || c === 0x2e) j++;
    else break;
  }
  if (
    j > i &&
    j + 3 < n &&
    text.charCodeAt(j) === 0x3a &&
    text.charCodeAt(j + 1) === 0x2f &&
    text.charCodeAt(j + 2) === 0x2f &&
    !endsUrl(text.charCodeAt(j + 3))
  ) {
    return j + 3 - i;
  }
  if (
    i + 4 < n &&
    (text.charCodeAt(i) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x77 &&
    text.charCodeAt(i + 3) === 0x2e &&
    isAsciiAlnum(text.charCodeAt(i + 4))
  ) {
    return 4;
  }
  return 0;
}

/**
 * The end of the URL starting at `i`, or `i` when none starts there. Trailing punctuation and an
 * unbalanced closing bracket are left out: "(see https://a.org/x)." ends at "x".
 */
export function urlEnd(text: string, i: number, n: number): number {
  const prefix = prefixLength(text, i, n);
  if (prefix === 0) return i;
  let j = i + prefix;
  let parens = 0;
  let brackets = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (endsUrl(c)) break;
    if (c === 0x28) parens++;
    else if (c === 0x29) parens--;
    else if (c === 0x5b) brackets++;
    else if (c === 0x5d) brackets--;
    j++;
  }
  // Trim from the end: each step removes one character, and the counts are kept up to date, so
  // this is linear even for a megabyte of ")))".
  while (j > i + prefix) {
    const c = text.charCodeAt(j - 1);
    if (isTrailingPunct(c)) j--;
    else if (c === 0x29 && parens < 0) {
      parens++;
      j--;
    } else if (c === 0x5d && brackets < 0) {
      brackets++;
      j--;
    } else break;
  }
  return j;
}

const isLocalChar = (c: number) =>
  isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;

/** Per-text email scan state, owned by one scanner: no address starts before `failedUntil`. */
export interface EmailState {
  failedUntil: number;
}

/**
 * The end of the email address starting at `i` (an ASCII letter or digit), or `i` when none
 * starts there: local part, "@", then two or more domain labels, the last of at least two
 * letters. A failed look-ahead is remembered, so that scanning stays linear on "a.a.a.a…".
 */
export function emailEnd(text: string, i: number, n: number, state: EmailState): number {
  if (i < state.failedUntil) return i;
  let j = i;
  while (j < n && isLocalChar(text.charCodeAt(j))) j++;
  if (j >= n || text.charCodeAt(j) !== 0x40) {
    state.failedUntil = j;
    return i;
  }
  let k = j + 1;
  let labels = 0;
  let end = -1;
  let lastLabelLetters = false;
  while (k < n && isAsciiAlnum(text.charCodeAt(k))) {
    const start = k;
    let letters = true;
    while (k < n && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d)) {
      if (!isAsciiLetter(text.charCodeAt(k))) letters = false;
      k++;
    }
    while (k > start && text.charCodeAt(k - 1) === 0x2d) k--;
    labels++;
    end = k;
    lastLabelLetters = letters && k - start >= 2;
    if (k + 1 < n && text.charCodeAt(k) === 0x2e && isAsciiAlnum(text.charCodeAt(k + 1))) k++;
    else break;
  }
  if (labels >= 2 && lastLabelLetters) return end;
  state.failedUntil = j;
  return i;
}
