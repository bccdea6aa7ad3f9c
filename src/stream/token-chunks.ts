/**
 * Tokenization of a text that arrives in pieces. No token contains a space or a line break, and
 * the scanner's look-ahead never crosses one, so every token that ends at or before the last
 * space or line break received is final. Only the tokens after it are held back: memory is
 * bounded by the longest run without white space, never by the input.
 */
import { BMP_CLASS, LINE_BREAK, SPACE } from '../chars/index.ts';
import { Scanner } from '../tokenize/scanner.ts';
import { makeToken, resolveTokenizeOptions, type Token, type TokenizeOptions } from '../tokenize/tokenize.ts';
import { PendingText } from './pending.ts';

export class TokenChunker {
  private readonly whitespace: boolean;
  private readonly clitics: boolean;
  private readonly pending = new PendingText();
  /** White space below this index of the pending text was already looked for. */
  private searchedTo = 0;

  constructor(options?: TokenizeOptions) {
    ({ whitespace: this.whitespace, clitics: this.clitics } = resolveTokenizeOptions(options));
  }

  /** Takes the next piece of input and emits the tokens that are now final. */
  push(chunk: string, emit: (token: Token) => void): void {
    const p = this.pending;
    p.append(chunk);
    const gap = lastSpace(p.text, Math.max(this.searchedTo, p.cursor));
    this.searchedTo = p.text.length;
    if (gap >= 0) this.scan(gap, emit);
  }

  /** Ends the input and emits the remaining tokens. */
  end(emit: (token: Token) => void): void {
    this.scan(Infinity, emit);
  }

  /** Emits the tokens that end at or before `limit`, and forgets the text before them. */
  private scan(limit: number, emit: (token: Token) => void): void {
    const p = this.pending;
    const s = new Scanner(p.text, this.whitespace);
    s.seek(p.cursor);
    let resume = p.cursor;
    while (s.next() && s.end <= limit) {
      emit(makeToken(p.text, s, this.clitics, p.base));
      resume = s.end;
    }
    const before = p.text.length;
    p.consumeTo(resume);
    this.searchedTo -= before - p.text.length;
  }
}

/** The index of the last space or line break in `text` at or after `from`, or -1. */
function lastSpace(text: string, from: number): number {
  for (let k = text.length - 1; k >= from; k--) {
    const cls = BMP_CLASS[text.charCodeAt(k)];
    if (cls === SPACE || cls === LINE_BREAK) return k;
  }
  return -1;
}
