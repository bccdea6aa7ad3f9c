/**
 * Tokenization of a text that arrives in pieces. A token is final once no more text could change
 * it: when white space has arrived after it (no token contains a space or a line break, and no
 * look-ahead crosses one), or when every character its decision read has arrived (see
 * tokenize/look-ahead.ts), which lets a line with no white space at all (minified JSON, a run
 * of NUL bytes) stream too. Memory is bounded by the longest token, never by the input.
 */
import { BMP_CLASS, Char, Class } from '../chars/index.ts';
import { BOUNDED_LOOK_AHEAD } from '../tokenize/look-ahead.ts';
import { TokenKind } from '../tokenize/kinds.ts';
import { continuesArabicWord, Scanner } from '../tokenize/scanner.ts';
import { LineLanguage } from '../clitics/language.ts';
import { makeToken, resolveTokenizeOptions, type Token, type TokenizeOptions } from '../tokenize/tokenize.ts';
import {
  checkRecordLength,
  HAND_OVER_AT,
  type HandOver,
  type ItemChunker,
  MAX_STRING_LENGTH,
  PendingText,
} from './pending.ts';

/**
 * What a handed-over word keeps of its end, a margin: its letters are read one by one, with no
 * look-behind (the run's loop is a table lookup per code unit), and the stream law that checks
 * the hand-over finds no decision after the run (a mark, a ZWNJ, a hair space: T22) that reads
 * back past its last letter, even with no margin at all.
 */
const WORD_CONTEXT = 64;

/** Makes an item from the scanner's current token; `base` is the offset of `text` in the stream. */
export type TokenMaker<T> = (text: string, s: Scanner, base: number) => T;

/**
 * Emits `Token` objects by default; the CLI passes a maker that writes a record directly from
 * the scanner, with no object per token (written for the CLI's tsv and text formats).
 */
export class TokenChunker<T = Token> implements ItemChunker<T> {
  private readonly whitespace: boolean;
  private readonly make: TokenMaker<T>;
  private readonly pending: PendingText;
  /** The stream offset of the last white space received, or -1. */
  private lastGap = -1;
  /** Whether the last piece ended in white space (a space opening the next piece ends no token then). */
  private endedInSpace = true;
  /** The last scan stopped at an Arabic word that reaches the end of the held text. */
  private growingWord = false;
  /**
   * C20: with clitics, a word is split only once its whole line has arrived (a Persian or Urdu
   * line is not split): the stream offset after the last line break received, or -1 without clitics.
   */
  private lineDone: number;
  private readonly lines: LineLanguage | null;
  /** The stream offset where the held word starts when its first part was handed over, or -1. */
  private prefixStart = -1;
  private readonly onPrefix: ((text: string) => void) | null;
  private readonly prefixAt: number;

  /**
   * `offset`: where this input starts in a longer text (offsets are reported from there);
   * `limit`: the longest token held, in code units (the CLI lowers it in its tests); `handOver`:
   * for a writer of token texts only (the CLI's text format), whose `write` then receives the
   * first part of a long Arabic word as it comes (once `after` code units are held, HAND_OVER_AT by
   * default), and the token made later is the rest of the word only.
   */
  constructor(
    options?: TokenizeOptions,
    offset = 0,
    make?: TokenMaker<T>,
    private readonly limit = MAX_STRING_LENGTH,
    handOver: HandOver | null = null,
  ) {
    this.onPrefix = handOver?.write ?? null;
    this.prefixAt = handOver?.after ?? HAND_OVER_AT;
    const { whitespace, clitics } = resolveTokenizeOptions(options);
    this.whitespace = whitespace;
    this.lines = clitics === null ? null : new LineLanguage();
    this.lineDone = clitics === null ? -1 : 0;
    const lines = this.lines;
    this.make = make ?? ((text, s, base) => makeToken(text, s, clitics, base, lines) as T);
    this.pending = new PendingText(limit);
    this.pending.base = offset;
  }

  push(chunk: string, emit: (token: T) => void): void {
    const p = this.pending;
    const scan = () => this.scan(false, emit);
    // An Arabic word that reached the end, followed by more of its letters, only grows: scanning
    // it again at each doubling made a 256 MB word twice as slow as the same letters in lines.
    // Such a piece has no space and no line break, so nothing below would change: it is read by
    // this one check, not also by the searches for a space and a line break.
    if (this.growingWord && continuesArabicWord(chunk)) {
      p.append(chunk, scan);
      if (this.onPrefix !== null && p.unfinished >= this.prefixAt) this.handOver(this.onPrefix);
      // A word handed over in parts is no longer held, but its length has the same limit.
      if (this.prefixStart >= 0)
        checkRecordLength(p.base + p.text.length - this.prefixStart, this.limit, this.prefixStart);
      return;
    }
    // Until the next scan, the held text may be more than one word (the scan sets it again).
    this.growingWord = false;
    // Searched in the piece itself, which is flat: reading the held rope would flatten it.
    const gap = lastSpace(chunk, 0);
    if (gap >= 0) this.lastGap = p.base + p.text.length + gap;
    let lineEnded = this.lines === null;
    if (this.lines !== null) {
      const lineBreak = lastLineBreak(chunk);
      if (lineBreak >= 0) this.lineDone = p.base + p.text.length + lineBreak + 1;
      lineEnded = lineBreak >= 0;
    }
    p.receive(chunk, scan);
    // A token that ended in this piece is emitted now, not when the held text has doubled. The
    // scan moves past it, into this piece, so it costs no more than the text it finishes.
    const tokenEnded =
      lastSpace(chunk, 1) > 0 || (isSpace(String.prototype.charCodeAt.call(chunk, 0)) && !this.endedInSpace);
    if (chunk.length > 0) this.endedInSpace = isSpace(String.prototype.charCodeAt.call(chunk, chunk.length - 1));
    // With clitics, only a line break makes tokens final: scanning at every gap of a long line
    // would read the held line again each time.
    if (tokenEnded && lineEnded && p.base + p.cursor < this.lastGap) scan();
  }

  end(emit: (token: T) => void): void {
    this.scan(true, emit);
  }

  /**
   * Hands over the held word but its last WORD_CONTEXT code units, from a letter on (a scan that
   * starts there reads the same run to the same end: the run's letters are read one at a time).
   */
  private handOver(onPrefix: (text: string) => void): void {
    const p = this.pending;
    const text = p.text;
    let keep = text.length - WORD_CONTEXT;
    while (keep > p.cursor && BMP_CLASS[String.prototype.charCodeAt.call(text, keep)] !== Class.ARABIC_LETTER) keep--;
    if (keep <= p.cursor) return;
    if (this.prefixStart < 0) this.prefixStart = p.base + p.cursor;
    onPrefix(text.slice(p.cursor, keep));
    p.consumeTo(keep);
  }

  /** Emits the tokens that are final (all of them at the end), and forgets the text before them. */
  private scan(atEnd: boolean, emit: (token: T) => void): void {
    const p = this.pending;
    const { text } = p;
    const s = new Scanner(text, this.whitespace);
    const gap = this.lastGap - p.base;
    const readable = text.length - BOUNDED_LOOK_AHEAD;
    s.seek(p.cursor);
    let resume = p.cursor;
    this.growingWord = false;
    for (;;) {
      if (!s.next()) {
        // Only white space (or nothing) was left; without space tokens it can all be forgotten.
        if (!this.whitespace) resume = s.end;
        break;
      }
      const final =
        (atEnd || s.end <= gap || Math.max(s.end, s.lookAhead_.reach_) < readable) &&
        (atEnd || this.lines === null || p.base + s.end < this.lineDone);
      if (!final) {
        this.growingWord =
          s.kind === TokenKind.word &&
          s.end === text.length &&
          BMP_CLASS[String.prototype.charCodeAt.call(text, s.start)] === Class.ARABIC_LETTER;
        // The white space before it belongs to no token (space tokens aside): held from its start.
        if (!this.whitespace) resume = s.start;
        break;
      }
      emit(this.make(text, s, p.base));
      this.prefixStart = -1;
      resume = s.end;
    }
    p.consumeTo(Math.max(resume, p.cursor));
  }
}

/** White space that ends a token: not a hair space, which may stand inside a word (T22). */
const isSpace = (c: number) => {
  const cls = BMP_CLASS[c];
  return (cls === Class.SPACE && c !== Char.HAIR_SPACE) || cls === Class.LINE_BREAK;
};

/** The index of the last line break in `text`, or -1. */
function lastLineBreak(text: string): number {
  for (let k = text.length - 1; k >= 0; k--)
    if (BMP_CLASS[String.prototype.charCodeAt.call(text, k)] === Class.LINE_BREAK) return k;
  return -1;
}

/** The index of the last space or line break in `text` (`afterOther`: right after something else), or -1. */
function lastSpace(text: string, afterOther: 0 | 1): number {
  for (let k = text.length - 1; k >= afterOther; k--) {
    if (
      isSpace(String.prototype.charCodeAt.call(text, k)) &&
      (afterOther === 0 || !isSpace(String.prototype.charCodeAt.call(text, k - 1)))
    )
      return k;
  }
  return -1;
}
