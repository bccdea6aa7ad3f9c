/**
 * The tokenizer's scanner: the library's hot loop. It walks the text with an index cursor, does
 * one typed-array class lookup per code unit (decoding a surrogate pair only where the BMP table
 * says OTHER), never runs a regular expression, and allocates nothing: `tokenSpans`, `tokens`
 * and `tokenize` read `start`, `end` and `kind` after each `next()`.
 *
 * The rules are in docs/tokenization.md, numbered T1…; each branch below cites the rule it
 * implements, and test/unit/tokenize/tokenize.test.ts has a row per rule.
 */
import {
  BMP_CLASS,
  CLASS_COUNT,
  ASCII_END,
  BMP_SIZE,
  asciiLower,
  classAt,
  hasRole,
  isHighSurrogate,
  widthAt,
  Char,
  Role,
  Class,
} from '../chars/index.ts';
import { keycapEnd, scanEmoji } from './emoji.ts';
import { Kind } from './kinds.ts';
import { emailEnd, startsLink, urlEnd } from './link.ts';
import type { LookAhead } from './look-ahead.ts';
import { emoticonEnd, mayStartEmoticon } from './emoticons.ts';
import { hasSeparator, scanNumber } from './number.ts';
import { taggedEnd } from './social.ts';

/** A per-class table: 1 for the classes given. One typed-array load in the loops, where a chain of comparisons was slower. */
function classSet(classes: readonly number[]): Uint8Array {
  const table = new Uint8Array(CLASS_COUNT);
  for (const cls of classes) table[cls] = 1;
  return table;
}

/** Whether a superscript alef stands at `k`, after any format controls (T22). */
function superscriptAlefAt(text: string, k: number): boolean {
  while (k < text.length && BMP_CLASS[String.prototype.charCodeAt.call(text, k)] === Class.FORMAT) k++;
  return String.prototype.charCodeAt.call(text, k) === Char.SUPERSCRIPT_ALEF;
}

/** Classes that separate tokens: white space, and format controls standing between tokens. */
const GAP = /* @__PURE__ */ classSet([Class.SPACE, Class.LINE_BREAK, Class.FORMAT, Class.ZWNJ, Class.ZWJ]);

/** Whether a gap (T18) starts at `i`: what separates tokens, and what a space token is made of. */
export function isGapAt(text: string, i: number): boolean {
  return GAP[classAt(text, i)] === 1;
}

/** Classes that attach to the character before them: combining marks, VS16, the keycap mark. */
const ATTACHES = /* @__PURE__ */ classSet([Class.ARABIC_MARK, Class.OTHER_MARK, Class.VS16, Class.KEYCAP]);

/**
 * Classes that continue an Arabic word. One table lookup instead of a chain of four comparisons
 * in the loop that sees most characters of Arabic text.
 */
const IN_ARABIC_WORD = /* @__PURE__ */ classSet([
  Class.ARABIC_LETTER,
  Class.ARABIC_MARK,
  Class.TATWEEL,
  Class.OTHER_MARK,
  Class.VS16,
  Class.KEYCAP,
]);
/**
 * The same per code unit: one lookup instead of two in the tight loop. Built from BMP_CLASS on
 * the first tokenization, not at import (a 64 KB pass, about 0.1 ms).
 */
let arabicWordUnits: Uint8Array | null = null;
function arabicWordTable(): Uint8Array {
  if (arabicWordUnits === null) {
    arabicWordUnits = new Uint8Array(BMP_SIZE);
    for (let c = 0; c < BMP_SIZE; c++) arabicWordUnits[c] = IN_ARABIC_WORD[BMP_CLASS[c]!]!;
  }
  return arabicWordUnits;
}

/**
 * Whether code unit `c` is an ASCII control that is no white space (NUL, ESC, DEL…): a symbol
 * token of its own with its marks, never part of a longer token (docs/tokenization.md, symbols).
 */
export const isControlSymbol = (c: number): boolean =>
  (c < Char.ASCII_SPACE || c === Char.DELETE) && BMP_CLASS[c] === Class.OTHER;

/** Whether code unit `c` continues an Arabic word (a letter, mark or tatweel). */
export const continuesArabicWordWith = (c: number): boolean => arabicWordTable()[c] === 1;

/** Whether every code unit of `text` continues an Arabic word (letters, marks, tatweel): a word that reached the end of a text only grows. */
export function continuesArabicWord(text: string): boolean {
  const inWord = arabicWordTable();
  for (let k = 0; k < text.length; k++) if (inWord[String.prototype.charCodeAt.call(text, k)] === 0) return false;
  return true;
}

/** Classes that continue a Latin word: letters, ASCII and other digits, marks of any script, VS16, keycap. */
const IN_LATIN_WORD = /* @__PURE__ */ classSet([
  Class.LATIN_LETTER,
  Class.ASCII_DIGIT,
  Class.OTHER_DIGIT,
  Class.OTHER_MARK,
  Class.ARABIC_MARK,
  Class.VS16,
  Class.KEYCAP,
]);

/** What may stop the tight Arabic-word loop without ending the word: the rare cases of `arabicTail`. */
const MAY_CONTINUE_ARABIC = /* @__PURE__ */ classSet([Class.ZWNJ, Class.ZWJ, Class.FORMAT, Class.OTHER]);

export class Scanner {
  /** The current token: `[start, end)` and its kind code (see kinds.ts). */
  start = 0;
  end = 0;
  kind = 0;
  private readonly n: number;
  /** How far the look-aheads read (see look-ahead.ts): streams read `lookAhead_.reach_`. */
  readonly lookAhead_: LookAhead = { failedUntil_: 0, reach_: 0 };
  private readonly inArabicWord_ = arabicWordTable();

  constructor(
    readonly text: string,
    private readonly whitespace_: boolean,
  ) {
    this.n = text.length;
  }

  /** Continues scanning from index `i`, which must be a token boundary (a gap, or a token's end). */
  seek(i: number): void {
    this.end = i;
  }

  /**
   * Moves to the next token; false at the end of the text.
   *
   * The dominant case of Arabic text, an Arabic word after one space, runs inline here with one
   * class lookup per character; everything else goes through `token`. Measured on 4 MB of news:
   * this path took tokenSpans from 0.19× to over 0.25× of a bare charCodeAt loop.
   */
  next(): boolean {
    const { text, n } = this;
    let i = this.end;
    if (i >= n) return false;
    let c = String.prototype.charCodeAt.call(text, i);
    if (c === Char.ASCII_SPACE && !this.whitespace_ && i + 1 < n) c = String.prototype.charCodeAt.call(text, ++i);
    let cls = BMP_CLASS[c]!;
    if (cls === Class.ARABIC_LETTER) {
      this.start = i;
      this.end = this.arabicWordEnd_(i + 1);
      this.kind = Kind.word;
      return true;
    }
    // Latin words are the next most common start; dispatched here without the general switch.
    if (cls === Class.LATIN_LETTER && c < ASCII_END) {
      this.start = i;
      const end = this.latinToken_(i, c);
      // A word already took its marks; a URL or email may be followed by one.
      this.end = this.kind === Kind.word ? end : this.attached_(end);
      return true;
    }
    if (cls === Class.OTHER && isHighSurrogate(c)) cls = classAt(text, i);
    // T18: white space and format controls between tokens separate them (space tokens on request).
    if (GAP[cls]) {
      let g = i + widthAt(text, i);
      while (g < n) {
        const d = String.prototype.charCodeAt.call(text, g);
        const dc = BMP_CLASS[d]!;
        if (GAP[dc]) g++;
        else if (dc === Class.OTHER && isHighSurrogate(d) && GAP[classAt(text, g)]) g += 2;
        else break;
      }
      if (this.whitespace_) {
        this.start = i;
        this.end = g;
        this.kind = Kind.space;
        return true;
      }
      if (g >= n) {
        this.end = g;
        return false;
      }
      i = g;
    }
    this.start = i;
    // T19: combining marks (and VS16, the keycap mark) after any token stay with it.
    this.end = this.attached_(this.token_(i));
    return true;
  }

  /** The end of the Arabic word whose letters continue at `j`: the tight loop, then the rare cases. */
  private arabicWordEnd_(j: number): number {
    const { text, n } = this;
    const inWord = this.inArabicWord_;
    while (j < n && inWord[String.prototype.charCodeAt.call(text, j)]) j++;
    if (
      j < n &&
      (MAY_CONTINUE_ARABIC[BMP_CLASS[String.prototype.charCodeAt.call(text, j)]!] ||
        String.prototype.charCodeAt.call(text, j) === Char.HAIR_SPACE)
    )
      j = this.arabicWord_(j);
    return j;
  }

  /**
   * `tokenSpans`' loop: writes `[start, end, kind]` triples into `out` from `k` until the text
   * ends or `out` is full; returns the new `k`. An Arabic word after at most one space (most
   * tokens of Arabic text) is written here from locals; anything else goes through `next`.
   * Measured on 4M code units of UD Arabic-PUD, in 40 paired rounds against the loop that sent
   * every token through `next` and its three fields: 1.10–1.15× (medians of two runs).
   */
  fillSpans_(out: Int32Array, k: number): number {
    const { text, n } = this;
    const last = out.length - 3;
    let i = this.end;
    while (k <= last) {
      let p = i;
      if (p + 1 < n && String.prototype.charCodeAt.call(text, p) === Char.ASCII_SPACE && !this.whitespace_) p++;
      if (p < n && BMP_CLASS[String.prototype.charCodeAt.call(text, p)] === Class.ARABIC_LETTER) {
        i = this.arabicWordEnd_(p + 1);
        out[k] = p;
        out[k + 1] = i;
        out[k + 2] = Kind.word;
        k += 3;
        continue;
      }
      this.end = i;
      if (!this.next()) return k;
      out[k] = this.start;
      out[k + 1] = this.end;
      out[k + 2] = this.kind;
      k += 3;
      i = this.end;
    }
    this.end = i;
    return k;
  }

  /** Scans the token at `i` (not a gap); sets `kind`; returns its end. */
  private token_(i: number): number {
    const text = this.text;
    const n = this.n;
    const c = String.prototype.charCodeAt.call(text, i);
    if (c < ASCII_END && mayStartEmoticon(text[i]!)) {
      const face = emoticonEnd(text, i, this.lookAhead_); // T20: :) <3 ^_^
      if (face > i) {
        this.kind = Kind.emoticon;
        return face;
      }
    }
    switch (classAt(text, i)) {
      case Class.ARABIC_LETTER:
        this.kind = Kind.word;
        return this.arabicWord_(i + widthAt(text, i));
      case Class.TATWEEL: {
        // T2: tatweel with no letter is a symbol.
        const end = this.arabicWord_(i + 1);
        this.kind = hasLetter(text, i, end) ? Kind.word : Kind.symbol;
        return end;
      }
      case Class.LATIN_LETTER:
        return this.latinToken_(i, c);
      case Class.ASCII_DIGIT: {
        const keycap = keycapEnd(text, i, n);
        if (keycap > i) {
          this.kind = Kind.emoji;
          return keycap;
        }
        const end = this.number_(i, true);
        // T10: a number followed by what may continue a link ("127.0.0.1:8080/", "2u@x.org").
        return end < n && hasRole(String.prototype.charCodeAt.call(text, end), Role.LINK_CONTINUE)
          ? this.link_(i, end)
          : end;
      }
      case Class.OTHER_DIGIT:
        return this.number_(i, true);
      case Class.ARABIC_INDIC_DIGIT:
      case Class.PERSIAN_DIGIT:
        return this.number_(i, false);
      case Class.OTHER_LETTER:
        this.kind = Kind.word;
        return this.otherWord_(i + widthAt(text, i));
      case Class.PUNCT:
        return this.punct_(i, c);
      case Class.EMOJI:
      case Class.EMOJI_MODIFIER:
      case Class.REGIONAL_INDICATOR:
        // T15: a whole emoji sequence is one token.
        this.kind = Kind.emoji;
        return scanEmoji(text, i, n);
      case Class.EMOJI_TEXT:
        // T16: a text-presentation pictograph (❤ © ™) is an emoji too, with or without VS16.
        this.kind = Kind.emoji;
        return scanEmoji(text, i, n);
      default:
        // T17: symbols, stray marks (with no base before them), controls, lone surrogates.
        this.kind = Kind.symbol;
        return i + widthAt(text, i);
    }
  }

  /**
   * A Latin word, or a URL or email starting with one. URLs and emails are tried only when the
   * word is followed by what could continue one ("https:", "info@", "a.b-c+d@") or starts with
   * "www.": one comparison per Latin word instead of two look-aheads, which made text of
   * alternating Arabic and Latin letters 5× slower per character than news.
   */
  private latinToken_(i: number, c: number): number {
    const { text, n } = this;
    if (mayStartEmoticon(text[i]!)) {
      const face = emoticonEnd(text, i, this.lookAhead_); // T20: xD
      if (face > i) {
        this.kind = Kind.emoticon;
        return face;
      }
    }
    const end = this.latinWord_(i + widthAt(text, i));
    this.kind = Kind.word;
    const www =
      asciiLower(c) === Char.LATIN_SMALL_LETTER_W && String.prototype.charCodeAt.call(text, i + 3) === Char.FULL_STOP;
    return c < ASCII_END &&
      (www || (end < n && hasRole(String.prototype.charCodeAt.call(text, end), Role.LINK_CONTINUE)))
      ? this.link_(i, end)
      : end;
  }

  /** A URL or email starting at `i`, or else the token already scanned to `end` (kind kept). */
  private link_(i: number, end: number): number {
    const { text, n } = this;
    const url = urlEnd(text, i, n, this.lookAhead_);
    if (url > i) {
      this.kind = Kind.url;
      return url;
    }
    const email = emailEnd(text, i, n, this.lookAhead_);
    if (email > i) {
      this.kind = Kind.email;
      return email;
    }
    return end;
  }

  /** Past the combining marks (and VS16, keycap) at `j`: they stay with the character before. */
  private attached_(j: number): number {
    const { text, n } = this;
    if (
      j >= n ||
      (!ATTACHES[BMP_CLASS[String.prototype.charCodeAt.call(text, j)]!] &&
        !isHighSurrogate(String.prototype.charCodeAt.call(text, j)))
    )
      return j;
    while (j < n) {
      const cls = classAt(text, j);
      if (!ATTACHES[cls]) break;
      j += widthAt(text, j);
    }
    return j;
  }

  /**
   * T1: Arabic letters with their marks and tatweel. ZWNJ, ZWJ or a format control other than
   * ZWSP (T3) between two Arabic letters stays inside (می‌خواهم, a soft hyphen). T8: a hyphen
   * splits, as in Latin words: UD Arabic-PUD splits 11 of its 13 hyphenated Arabic words
   * (هارلي - ديفيدسون). T4: a switch to Latin letters or to digits ends the word; tatweel stays
   * on the Arabic side (بالـ + iPhone).
   */
  private arabicWord_(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const c = String.prototype.charCodeAt.call(text, j);
      const cls = BMP_CLASS[c]!;
      if (IN_ARABIC_WORD[cls]) {
        j++;
        continue;
      } // rare here: next() ran the tight loop first
      if (cls === Class.OTHER) {
        if (!isHighSurrogate(c)) break;
        const astral = classAt(text, j);
        if (astral === Class.ARABIC_LETTER || astral === Class.ARABIC_MARK || astral === Class.OTHER_MARK) {
          j += 2;
          continue;
        }
        break;
      }
      if (
        (cls === Class.ZWNJ || cls === Class.ZWJ || (cls === Class.FORMAT && !hasRole(c, Role.WORD_BREAK))) &&
        j + 1 < n &&
        classAt(text, j + 1) === Class.ARABIC_LETTER
      ) {
        j++;
        continue;
      }
      // T22: a hair space before a superscript alef (ذَ ٰ⁠لِكَ, as some Quran encodings write it).
      if (c === Char.HAIR_SPACE && superscriptAlefAt(text, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * T5: Latin letters and digits together (G7, mp3, 3D), with their marks. T9: an apostrophe or
   * a dot between two Latin letters stays inside (don't, U.S, e.g). T8: a hyphen splits (COVID - 19).
   */
  private latinWord_(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const c = String.prototype.charCodeAt.call(text, j);
      const cls = BMP_CLASS[c]!;
      if (IN_LATIN_WORD[cls]) {
        // T21: a link glued on ends the word (Storehttps://t.co/…): one comparison per letter
        // before the rare look at the text.
        if (asciiLower(c) === Char.LATIN_SMALL_LETTER_H && startsLink(text, j)) break;
        j++;
        continue;
      }
      if (
        (hasRole(c, Role.LATIN_WORD_INNER) || (cls === Class.FORMAT && !hasRole(c, Role.WORD_BREAK))) &&
        j + 1 < n &&
        BMP_CLASS[String.prototype.charCodeAt.call(text, j + 1)] === Class.LATIN_LETTER &&
        BMP_CLASS[String.prototype.charCodeAt.call(text, j - 1)] === Class.LATIN_LETTER
      ) {
        j++;
        continue;
      }
      if (cls === Class.OTHER && isHighSurrogate(c)) {
        const astral = classAt(text, j);
        if (IN_LATIN_WORD[astral]) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /** T7: letters of any other script, with marks and digits. */
  private otherWord_(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const cls = classAt(text, j);
      if (
        cls === Class.OTHER_LETTER ||
        cls === Class.OTHER_MARK ||
        cls === Class.ARABIC_MARK ||
        cls === Class.ASCII_DIGIT ||
        cls === Class.OTHER_DIGIT
      )
        j += widthAt(text, j);
      else break;
    }
    return j;
  }

  /**
   * T6: a number. Digits of one number may be separated by . , ٫ ٬ : (3.5, ١٬٠٠٠, 10:30). T5: a
   * run of plain ASCII (or other non-Arabic) digits followed by a Latin letter is a Latin word (3D).
   */
  private number_(i: number, latinDigits: boolean): number {
    const { text, n } = this;
    const end = scanNumber(text, i, n);
    if (latinDigits && end < n && classAt(text, end) === Class.LATIN_LETTER && !hasSeparator(text, i, end)) {
      this.kind = Kind.word;
      return this.latinWord_(end);
    }
    this.kind = Kind.number;
    return end;
  }

  /**
   * T14: punctuation, one token per mark, except a run of dots and a run of TERMINATOR_RUN
   * characters (! ? ؟, as in ؟!). T13: `@` starts a mention and `#` a hashtag when a handle or tag
   * follows. T15: `#` and `*` may start a keycap emoji.
   */
  private punct_(i: number, c: number): number {
    const { text, n } = this;
    this.kind = Kind.punct;
    let j = i + widthAt(text, i);
    if (c === Char.COMMERCIAL_AT) {
      const end = taggedEnd(text, i, n, false, this.lookAhead_);
      if (end > i) {
        this.kind = Kind.mention;
        return end;
      }
    } else if (c === Char.NUMBER_SIGN || c === Char.ASTERISK) {
      const keycap = keycapEnd(text, i, n);
      if (keycap > i) {
        this.kind = Kind.emoji;
        return keycap;
      }
      const end = c === Char.NUMBER_SIGN ? taggedEnd(text, i, n, true, this.lookAhead_) : i;
      if (end > i) {
        this.kind = Kind.hashtag;
        return end;
      }
    } else if (c === Char.FULL_STOP) {
      while (j < n && String.prototype.charCodeAt.call(text, j) === Char.FULL_STOP) j++;
    } else if (hasRole(c, Role.TERMINATOR_RUN)) {
      while (j < n && hasRole(String.prototype.charCodeAt.call(text, j), Role.TERMINATOR_RUN)) j++;
    }
    return j;
  }
}

/** Whether `[i, end)` holds a letter (a run of tatweel alone is a symbol). */
function hasLetter(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++)
    if (
      BMP_CLASS[String.prototype.charCodeAt.call(text, k)] === Class.ARABIC_LETTER ||
      isHighSurrogate(String.prototype.charCodeAt.call(text, k))
    )
      return true;
  return false;
}
