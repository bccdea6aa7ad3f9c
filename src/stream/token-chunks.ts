/**
 * Tokenization of a text that arrives in pieces. No token contains a space or a line break, and
 * the scanner's look-ahead never crosses one, so every token that ends at or before the last
 * space or line break received is final. Only the tokens after it are held back: memory is
 * bounded by the longest run without white space, never by the input.
 */
import { BMP_CLASS, Class } from '../chars/index.ts';
import { Scanner } from '../tokenize/scanner.ts';
import { makeToken, resolveTokenizeOptions, type Token, type TokenizeOptions } from '../tokenize/tokenize.ts';
import { PendingText, type ItemChunker } from './pending.ts';

/** Makes an item from the scanner's current token; `base` is the offset of `text` in the stream. */
export type TokenMaker<T> = (text: string, s: Scanner, base: number) => T;

/**
 * Emits `Token` objects by default; the CLI passes a maker that writes a record directly from
 * the scanner, with no object per token (written for the CLI's tsv and text formats).
 */
export class TokenChunker<T = Token> implements ItemChunker<T> {
  private readonly whitespace: boolean;
  private readonly make: TokenMaker<T>;
  private readonly pending = new PendingText();
  /** White space before this offset in the stream was already looked for. */
  private searchedTo = 0;

  /** `offset`: where this input starts in a longer text (offsets are reported from there). */
  constructor(options?: TokenizeOptions, offset = 0, make?: TokenMaker<T>) {
    const { whitespace, clitics } = resolveTokenizeOptions(options);
    this.whitespace = whitespace;
    this.make = make ?? ((text, s, base) => makeToken(text, s, clitics, base) as T);
    this.pending.base = offset;
  }

  push(chunk: string, emit: (token: T) => void): void {
    const p = this.pending;
    p.append(chunk);
    const gap = lastSpace(p.text, Math.max(this.searchedTo - p.base, p.cursor));
    this.searchedTo = p.base + p.text.length;
    if (gap >= 0) this.scan(gap, emit);
  }

  end(emit: (token: T) => void): void {
    this.scan(Infinity, emit);
  }

  /** Emits the tokens that end at or before `limit`, and forgets the text before them. */
  private scan(limit: number, emit: (token: T) => void): void {
    const p = this.pending;
    const s = new Scanner(p.text, this.whitespace);
    p.drain(
      s,
      () => s.end <= limit,
      () => emit(this.make(p.text, s, p.base)),
    );
  }
}

/** The index of the last space or line break in `text` at or after `from`, or -1. */
function lastSpace(text: string, from: number): number {
  for (let k = text.length - 1; k >= from; k--) {
    const cls = BMP_CLASS[text.charCodeAt(k)];
    if (cls === Class.SPACE || cls === Class.LINE_BREAK) return k;
  }
  return -1;
}
