/**
 * The tokenizer's scanner: the library's hot loop. It walks the text with an index cursor, does
 * one typed-array class lookup per code unit (decoding a surrogate pair only where the BMP table
 * says OTHER), never runs a regular expression, and allocates nothing: `tokenSpans`, `tokens`
 * and `tokenize` read `start`, `end` and `kind` after each `next()`.
 *
 * The rules are in docs/tokenization.md; each branch below names the rule it implements.
 */
import {
  ARABIC_INDIC_DIGIT,
  ARABIC_LETTER,
  ARABIC_MARK,
  ASCII_DIGIT,
  BMP_CLASS,
  CLASS_COUNT,
  EMOJI,
  EMOJI_MODIFIER,
  EMOJI_TEXT,
  FORMAT,
  KEYCAP,
  LATIN_LETTER,
  LINE_BREAK,
  OTHER,
  OTHER_DIGIT,
  OTHER_LETTER,
  OTHER_MARK,
  PERSIAN_DIGIT,
  PUNCT,
  REGIONAL_INDICATOR,
  SPACE,
  TATWEEL,
  VS16,
  ZWJ,
  ZWNJ,
  classAt,
} from '../chars/index.ts';
import { emojiScan, keycapEnd, scanEmoji } from './emoji.ts';
import {
  EMAIL,
  EMOJI_TOKEN,
  HASHTAG,
  MENTION,
  NUMBER,
  PUNCT_TOKEN,
  SPACE_TOKEN,
  SYMBOL_TOKEN,
  URL,
  WORD,
} from './kinds.ts';
import { emailEnd, urlEnd, type EmailState } from './link.ts';
import { numberScan, scanNumber } from './number.ts';
import { taggedEnd } from './social.ts';

/** Classes that separate tokens: white space, and format controls standing between tokens. */
const GAP = new Uint8Array(CLASS_COUNT);
GAP[SPACE] = GAP[LINE_BREAK] = GAP[FORMAT] = GAP[ZWNJ] = GAP[ZWJ] = 1;

/** Classes that attach to the character before them: combining marks, VS16, the keycap mark. */
const ATTACHES = new Uint8Array(CLASS_COUNT);
ATTACHES[ARABIC_MARK] = ATTACHES[OTHER_MARK] = ATTACHES[VS16] = ATTACHES[KEYCAP] = 1;

/** U+200B ZERO WIDTH SPACE marks a word break: unlike the other format controls, never inside a word. */
const ZWSP = 0x200b;

/**
 * Classes that continue an Arabic word. One table lookup instead of a chain of four comparisons
 * in the loop that sees most characters of Arabic text.
 */
const IN_ARABIC_WORD = new Uint8Array(CLASS_COUNT);
IN_ARABIC_WORD[ARABIC_LETTER] = IN_ARABIC_WORD[ARABIC_MARK] = IN_ARABIC_WORD[TATWEEL] = IN_ARABIC_WORD[OTHER_MARK] = 1;
IN_ARABIC_WORD[VS16] = IN_ARABIC_WORD[KEYCAP] = 1;
/**
 * The same per code unit: one lookup instead of two in the tight loop. Built from BMP_CLASS on
 * the first tokenization, not at import (a 64 KB pass, about 0.1 ms).
 */
let arabicWordUnits: Uint8Array | null = null;
function arabicWordTable(): Uint8Array {
  if (arabicWordUnits === null) {
    arabicWordUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) arabicWordUnits[c] = IN_ARABIC_WORD[BMP_CLASS[c]!]!;
  }
  return arabicWordUnits;
}

/** Classes that continue a Latin word: letters, ASCII and other digits, marks of any script, VS16, keycap. */
const IN_LATIN_WORD = new Uint8Array(CLASS_COUNT);
IN_LATIN_WORD[LATIN_LETTER] = IN_LATIN_WORD[ASCII_DIGIT] = IN_LATIN_WORD[OTHER_DIGIT] = 1;
IN_LATIN_WORD[OTHER_MARK] = IN_LATIN_WORD[ARABIC_MARK] = IN_LATIN_WORD[VS16] = IN_LATIN_WORD[KEYCAP] = 1;

/** What may stop the tight Arabic-word loop without ending the word: the rare cases of `arabicTail`. */
const MAY_CONTINUE_ARABIC = new Uint8Array(CLASS_COUNT);
MAY_CONTINUE_ARABIC[ZWNJ] = MAY_CONTINUE_ARABIC[ZWJ] = MAY_CONTINUE_ARABIC[FORMAT] = MAY_CONTINUE_ARABIC[OTHER] = 1;

/** Characters after a Latin word or number that may continue a URL ("https:", "www.") or an email ("info@", "a_b@", "a-b@"). */
const mayContinueLink = (c: number) =>
  c === 0x3a || c === 0x40 || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b || c === 0x25 || c === 0x2f;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The class at `i`: the BMP table, or the astral lookup for a surrogate pair. */
function clsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cls = BMP_CLASS[c]!;
  return cls === OTHER && isHigh(c) ? classAt(text, i) : cls;
}

const widthAt = (text: string, i: number) =>
  isHigh(text.charCodeAt(i)) &&
  i + 1 < text.length &&
  text.charCodeAt(i + 1) >= 0xdc00 &&
  text.charCodeAt(i + 1) <= 0xdfff
    ? 2
    : 1;

export class Scanner {
  /** The current token: `[start, end)` and its kind code (see kinds.ts). */
  start = 0;
  end = 0;
  kind = 0;
  private readonly n: number;
  private readonly email: EmailState = { failedUntil: 0 };
  private readonly inArabicWord = arabicWordTable();

  constructor(
    readonly text: string,
    private readonly whitespace: boolean,
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
    let c = text.charCodeAt(i);
    if (c === 0x20 && !this.whitespace && i + 1 < n) c = text.charCodeAt(++i);
    let cls = BMP_CLASS[c]!;
    if (cls === ARABIC_LETTER) {
      const inWord = this.inArabicWord;
      let j = i + 1;
      while (j < n && inWord[text.charCodeAt(j)]) j++;
      if (j < n && MAY_CONTINUE_ARABIC[BMP_CLASS[text.charCodeAt(j)]!]) j = this.arabicWord(j);
      this.start = i;
      this.end = j;
      this.kind = WORD;
      return true;
    }
    // Latin words are the next most common start; dispatched here without the general switch.
    if (cls === LATIN_LETTER && c < 0x80) {
      this.start = i;
      const end = this.latinToken(i, c);
      // A word already took its marks; a URL or email may be followed by one.
      this.end = this.kind === WORD ? end : this.attached(end);
      return true;
    }
    if (cls === OTHER && isHigh(c)) cls = classAt(text, i);
    if (GAP[cls]) {
      let g = i + widthAt(text, i);
      while (g < n) {
        const d = text.charCodeAt(g);
        const dc = BMP_CLASS[d]!;
        if (GAP[dc]) g++;
        else if (dc === OTHER && isHigh(d) && GAP[classAt(text, g)]) g += 2;
        else break;
      }
      if (this.whitespace) {
        this.start = i;
        this.end = g;
        this.kind = SPACE_TOKEN;
        return true;
      }
      if (g >= n) {
        this.end = g;
        return false;
      }
      i = g;
    }
    this.start = i;
    // Combining marks (and VS16, the keycap mark) after any token stay with it.
    this.end = this.attached(this.token(i));
    return true;
  }

  /** Scans the token at `i` (not a gap); sets `kind`; returns its end. */
  private token(i: number): number {
    const text = this.text;
    const n = this.n;
    const c = text.charCodeAt(i);
    switch (clsAt(text, i)) {
      case ARABIC_LETTER:
        this.kind = WORD;
        return this.arabicWord(i + widthAt(text, i));
      case TATWEEL: {
        const end = this.arabicWord(i + 1);
        this.kind = hasLetter(text, i, end) ? WORD : SYMBOL_TOKEN;
        return end;
      }
      case LATIN_LETTER:
        return this.latinToken(i, c);
      case ASCII_DIGIT: {
        const keycap = keycapEnd(text, i, n);
        if (keycap > i) {
          this.kind = EMOJI_TOKEN;
          return keycap;
        }
        const end = this.number(i, true);
        return end < n && mayContinueLink(text.charCodeAt(end)) ? this.link(i, end) : end;
      }
      case OTHER_DIGIT:
        return this.number(i, true);
      case ARABIC_INDIC_DIGIT:
      case PERSIAN_DIGIT:
        return this.number(i, false);
      case OTHER_LETTER:
        this.kind = WORD;
        return this.otherWord(i + widthAt(text, i));
      case PUNCT:
        return this.punct(i, c);
      case EMOJI:
      case EMOJI_MODIFIER:
      case REGIONAL_INDICATOR:
        this.kind = EMOJI_TOKEN;
        return scanEmoji(text, i, n);
      case EMOJI_TEXT: {
        const end = scanEmoji(text, i, n);
        this.kind = emojiScan.isEmoji ? EMOJI_TOKEN : SYMBOL_TOKEN;
        return end;
      }
      default:
        // Symbols, stray marks (with no base before them), controls, lone surrogates.
        this.kind = SYMBOL_TOKEN;
        return i + widthAt(text, i);
    }
  }

  /**
   * A Latin word, or a URL or email starting with one. URLs and emails are tried only when the
   * word is followed by what could continue one ("https:", "info@", "a.b-c+d@") or starts with
   * "www.": one comparison per Latin word instead of two look-aheads, which made text of
   * alternating Arabic and Latin letters 5× slower per character than news.
   */
  private latinToken(i: number, c: number): number {
    const { text, n } = this;
    const end = this.latinWord(i + widthAt(text, i));
    this.kind = WORD;
    const www = (c | 0x20) === 0x77 && text.charCodeAt(i + 3) === 0x2e;
    return c < 0x80 && (www || (end < n && mayContinueLink(text.charCodeAt(end)))) ? this.link(i, end) : end;
  }

  /** A URL or email starting at `i`, or else the token already scanned to `end` (kind kept). */
  private link(i: number, end: number): number {
    const { text, n } = this;
    const url = urlEnd(text, i, n);
    if (url > i) {
      this.kind = URL;
      return url;
    }
    const email = emailEnd(text, i, n, this.email);
    if (email > i) {
      this.kind = EMAIL;
      return email;
    }
    return end;
  }

  /** Past the combining marks (and VS16, keycap) at `j`: they stay with the character before. */
  private attached(j: number): number {
    const { text, n } = this;
    if (j >= n || (!ATTACHES[BMP_CLASS[text.charCodeAt(j)]!] && !isHigh(text.charCodeAt(j)))) return j;
    while (j < n) {
      const cls = clsAt(text, j);
      if (!ATTACHES[cls]) break;
      j += widthAt(text, j);
    }
    return j;
  }

  /**
   * Arabic letters with their marks and tatweel. ZWNJ, ZWJ or a format control other than ZWSP
   * between two Arabic letters stays inside (می‌خواهم, a soft hyphen). A hyphen splits, as in Latin words: UD Arabic-PUD
   * splits 11 of its 13 hyphenated Arabic words (هارلي - ديفيدسون). A switch to Latin letters or
   * to digits ends the word; tatweel stays on the Arabic side (بالـ + iPhone).
   */
  private arabicWord(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const c = text.charCodeAt(j);
      const cls = BMP_CLASS[c]!;
      if (IN_ARABIC_WORD[cls]) {
        j++;
        continue;
      } // rare here: next() ran the tight loop first
      if (cls === OTHER) {
        if (!isHigh(c)) break;
        const astral = classAt(text, j);
        if (astral === ARABIC_LETTER || astral === ARABIC_MARK || astral === OTHER_MARK) {
          j += 2;
          continue;
        }
        break;
      }
      if (
        (cls === ZWNJ || cls === ZWJ || (cls === FORMAT && c !== ZWSP)) &&
        j + 1 < n &&
        clsAt(text, j + 1) === ARABIC_LETTER
      ) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * Latin letters and digits together (G7, mp3, 3D), with their marks; an apostrophe or a dot
   * between two Latin letters stays inside (don't, U.S, e.g). A hyphen splits (COVID - 19).
   */
  private latinWord(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const c = text.charCodeAt(j);
      const cls = BMP_CLASS[c]!;
      if (IN_LATIN_WORD[cls]) {
        j++;
        continue;
      }
      if (
        (c === 0x27 || c === 0x2019 || c === 0x2e || (cls === FORMAT && c !== ZWSP)) &&
        j + 1 < n &&
        BMP_CLASS[text.charCodeAt(j + 1)] === LATIN_LETTER &&
        BMP_CLASS[text.charCodeAt(j - 1)] === LATIN_LETTER
      ) {
        j++;
        continue;
      }
      if (cls === OTHER && isHigh(c)) {
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

  /** Letters of any other script, with marks and digits. */
  private otherWord(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const cls = clsAt(text, j);
      if (
        cls === OTHER_LETTER ||
        cls === OTHER_MARK ||
        cls === ARABIC_MARK ||
        cls === ASCII_DIGIT ||
        cls === OTHER_DIGIT
      )
        j += widthAt(text, j);
      else break;
    }
    return j;
  }

  /**
   * A number. Digits of one number may be separated by . , ٫ ٬ : (3.5, ١٬٠٠٠, 10:30). A run of
   * plain ASCII (or other non-Arabic) digits followed by a Latin letter is a Latin word (3D).
   */
  private number(i: number, latinDigits: boolean): number {
    const { text, n } = this;
    const end = scanNumber(text, i, n);
    if (latinDigits && !numberScan.separated && end < n && clsAt(text, end) === LATIN_LETTER) {
      this.kind = WORD;
      return this.latinWord(end);
    }
    this.kind = NUMBER;
    return end;
  }

  /**
   * Punctuation: one token per mark, except a run of dots and a run of ! ? ؟ (؟!). `@` starts a
   * mention and `#` a hashtag when a handle or tag follows; `#` and `*` may start a keycap emoji.
   */
  private punct(i: number, c: number): number {
    const { text, n } = this;
    this.kind = PUNCT_TOKEN;
    let j = i + widthAt(text, i);
    switch (c) {
      case 0x40: {
        const end = taggedEnd(text, i, n, false);
        if (end > i) {
          this.kind = MENTION;
          return end;
        }
        break;
      }
      case 0x23:
      case 0x2a: {
        const keycap = keycapEnd(text, i, n);
        if (keycap > i) {
          this.kind = EMOJI_TOKEN;
          return keycap;
        }
        const end = c === 0x23 ? taggedEnd(text, i, n, true) : i;
        if (end > i) {
          this.kind = HASHTAG;
          return end;
        }
        break;
      }
      case 0x2e:
        while (j < n && text.charCodeAt(j) === 0x2e) j++;
        break;
      case 0x21:
      case 0x3f:
      case 0x061f:
        for (let d = text.charCodeAt(j); j < n && (d === 0x21 || d === 0x3f || d === 0x061f); d = text.charCodeAt(++j));
        break;
    }
    return j;
  }
}

/** Whether `[i, end)` holds a letter (a run of tatweel alone is a symbol). */
function hasLetter(text: string, i: number, end: number): boolean {
  for (let k = i; k < end; k++)
    if (BMP_CLASS[text.charCodeAt(k)] === ARABIC_LETTER || isHigh(text.charCodeAt(k))) return true;
  return false;
}
