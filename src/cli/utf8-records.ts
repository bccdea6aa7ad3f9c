/**
 * tsv and text token records written straight into UTF-8 bytes, from the scanner's offsets into
 * the held text: no string per record, no join, no encoding pass. Built as strings, a token's
 * record was three allocations (the slice, the record, the joined piece) and its encoding a
 * fourth copy: tokenize --format tsv on 100 MB of PUD text spent 30% of its time joining and
 * 10% collecting garbage, and with `--jobs` the garbage of two threads kept them from scaling.
 *
 * The bytes are those of `scannedRecord` (records.ts) encoded as TextEncoder encodes them.
 */
import { Char } from '../chars/index.ts';
import { writeUtf8 } from '../chars/utf8.ts';
import { TokenKind, type Kind } from '../tokenize/kinds.ts';
import type { Scanner } from '../tokenize/scanner.ts';
import { escapeField, FIELD_ESCAPES } from './records.ts';

/** Each kind's name as ASCII bytes, followed by a tab. */
const KIND_FIELDS: readonly Uint8Array[] = TokenKind.names.map((name) =>
  Uint8Array.from(`${name}\t`, (c) => String.prototype.charCodeAt.call(c, 0)),
);

/** A token longer than this is handed over as a string: a 256 MB word is not encoded here too. */
const LONG_TOKEN = 1 << 20;

/** The size of a fresh buffer: a 64K-unit piece of news makes about 300 KB of tsv. */
const BUFFER_SIZE = 1 << 18;

/** The buffer of the reusing instances on this thread (see the constructor). */
let reusedBuffer: Uint8Array | null = null;

/**
 * Collects token records as UTF-8; `take` hands over what was written (the bytes, with any long
 * token between them as a string) and starts a new buffer.
 */
export class Utf8Records {
  private bytes: Uint8Array;
  private at = 0;
  /** Where the bytes not yet handed over start. */
  private start = 0;
  private parts: Array<Uint8Array | string> = [];

  /**
   * `reuse`: the caller copies what `take` returns before writing more, so the buffer is written
   * again from its start (a worker copies each piece's output into its block's: a fresh buffer
   * per piece was garbage that only a full GC freed, 60 MB of peak RSS per thread). Reusing
   * instances are fed one at a time on a thread (`--jobs` runs one block after another), so they
   * share one buffer: a fresh one per block was promoted with its block's processor and freed
   * only by a full collection (46 MB of dead buffers on this thread for 100 MB of input).
   */
  constructor(
    private readonly tsv: boolean,
    private readonly reuse = false,
  ) {
    this.bytes = reuse ? (reusedBuffer ??= new Uint8Array(BUFFER_SIZE)) : new Uint8Array(BUFFER_SIZE);
  }

  /** Writes the scanner's current token (its offsets counted from `base`) and a line break. */
  readonly write = (text: string, s: Scanner, base: number): void => {
    const { start, end } = s;
    const long = end - start > LONG_TOKEN;
    // Three bytes per code unit at most, and two offsets, a kind and three separators.
    this.reserve((long ? 0 : 3 * (end - start)) + 64);
    if (this.tsv) {
      this.number(base + start);
      this.bytes[this.at++] = Char.CHARACTER_TABULATION;
      this.number(base + end);
      this.bytes[this.at++] = Char.CHARACTER_TABULATION;
      const kind = KIND_FIELDS[s.kind as Kind]!;
      this.bytes.set(kind, this.at);
      this.at += kind.length;
    }
    if (long) {
      this.flush();
      this.parts.push(escapeField(text.slice(start, end)));
    } else this.at = writeUtf8(text, start, end, this.bytes, this.at, FIELD_ESCAPES);
    this.bytes[this.at++] = Char.LINE_FEED;
  };

  /** Writes text as it is, escaped: a long word's first part, handed over before the word ends (text format). */
  readonly writeText = (text: string): void => {
    this.flush();
    this.parts.push(escapeField(text));
  };

  /** What was written since the last call. */
  take(): Array<Uint8Array | string> {
    this.flush();
    const parts = this.parts;
    this.parts = [];
    if (this.reuse) this.at = this.start = 0;
    return parts;
  }

  private flush(): void {
    if (this.at === this.start) return;
    // The bytes handed over are never written again: later records go after them, or into a
    // fresh buffer once this one is full (a fresh buffer at every call doubled the garbage).
    this.parts.push(this.bytes.subarray(this.start, this.at));
    this.start = this.at;
  }

  private reserve(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    this.flush();
    // Reused, a buffer twice as large, so that a piece's output soon fits in one buffer: filled
    // at each piece and replaced by one of the same size, it was 4 fresh buffers per 64 KB of
    // news, and with --jobs 2 dead buffers piled up to 50 MB before a full collection.
    this.bytes = new Uint8Array(Math.max(BUFFER_SIZE, n, this.reuse ? 2 * this.bytes.length : 0));
    if (this.reuse) reusedBuffer = this.bytes;
    this.at = 0;
    this.start = 0;
  }

  /** A non-negative integer in decimal. */
  private number(n: number): void {
    const { bytes } = this;
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    let k = this.at + digits;
    this.at = k;
    do {
      bytes[--k] = Char.DIGIT_ZERO + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }
}
