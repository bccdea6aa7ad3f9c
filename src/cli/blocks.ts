/**
 * The input of `--jobs`, cut into blocks of UTF-8 bytes. A block starts where the command does
 * not look across: after a line break; after a blank line for sentences in paragraph and
 * wrapped mode; before a character that is not white space for `tokenize --whitespace`, whose
 * space tokens span line breaks. Each carries its UTF-16 offset in the whole input and the
 * script of the last letter before it, so that its output is what one job writes for it.
 *
 * Blocks stay bytes until the thread that runs them decodes them: decoding everything here
 * took this thread, which also reads and writes, 220 ms of every 100 MB, and kept it the
 * bottleneck of `--jobs 2`. Counting a block's UTF-16 length takes a fifth of that.
 */
import { isUtf8 } from 'node:buffer';
import { Char } from '../chars/index.ts';
import { codePointAtUtf8, isContinuationByte, utf16Length } from '../chars/utf8.ts';
import { resolveOptions } from '../normalize/options.ts';
import { lastLetterIsArabic } from '../stream/normalize-chunks.ts';
import { RecordTooLongError } from '../stream/pending.ts';
import { isGapAt } from '../tokenize/scanner.ts';
import type { CliOptions } from './args.ts';
import { decodeUtf8 } from './input.ts';
import type { BlockStart } from './processors.ts';
import { SpareBuffers } from './spare-buffers.ts';

/**
 * A block is cut at the first cut after this many bytes. Small blocks keep little text and
 * output waiting between reading and writing: 1 MB blocks made peak RSS of tokenize --format
 * tsv --jobs 2 on 100 MB 270 MB, 256 KB ones 190 MB, at the same speed.
 */
const BLOCK_SIZE = 1 << 18;

/** The cutter is given the input in steps of this many bytes (reads are larger). */
const CUT_STEP = 1 << 16;

export interface BlockTask extends BlockStart {
  id: number;
  /** The block's bytes, at the start of a buffer that may be longer (one of `blockBuffers`). */
  bytes: Uint8Array;
}

/**
 * Buffers for blocks' bytes: a block is at most a cut step longer than BLOCK_SIZE unless a line
 * (or paragraph) is longer; one made for a longer line is not kept.
 */
export const blockBuffers = (): SpareBuffers => new SpareBuffers(BLOCK_SIZE + CUT_STEP, 64, 4 * BLOCK_SIZE);

/**
 * The input cut into blocks (strings, decoded UTF-16 or strict input, are encoded as UTF-8
 * again), in buffers taken from `spares`.
 */
export async function* tasksOf(
  o: CliOptions,
  input: AsyncIterable<string | Uint8Array>,
  spares: SpareBuffers,
): AsyncGenerator<BlockTask> {
  const sentenceBased = !o.lines && (o.command === 'sentences' || o.format === 'conllu');
  const cutter = new BlockCutter(
    sentenceBased && (o.sentences.lineBreaks === 'paragraph' || o.sentences.lineBreaks === 'wrapped'),
    !o.lines && o.command === 'tokenize' && o.whitespace,
    o.recordLimit,
    spares,
  );
  // Only normalization's `spacing` reads the script of the last letter before a block.
  const needsLastLetter = o.command === 'normalize' && !o.lines && resolveOptions(o.normalize).spacing;
  let id = 0;
  let lastLetter = false;
  const task = (block: Block): BlockTask => {
    const t: BlockTask = { id: id++, bytes: block.bytes, offset: block.offset, lastLetterArabic: lastLetter };
    if (needsLastLetter) lastLetter = lastLetterOf(block.bytes, lastLetter);
    return t;
  };
  for await (const piece of input) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    // In 64 KB steps: a block ends at the last cut of the piece that takes it past BLOCK_SIZE.
    for (let k = 0; k < bytes.length; k += CUT_STEP) {
      const block = cutter.push(bytes.subarray(k, k + CUT_STEP));
      if (block !== null) yield task(block);
    }
  }
  const rest = cutter.end();
  if (rest !== null || id === 0) yield task(rest ?? { bytes: new Uint8Array(0), offset: 0 });
}

/** The UTF-16 code units `bytes` decode to. */
function unitsOf(bytes: Uint8Array): number {
  return isUtf8(bytes) ? utf16Length(bytes) : decodeUtf8(bytes).text.length;
}

/**
 * Whether the last letter of a block is Arabic (`before` when it has none), read from its last
 * 4 KB when they hold a letter (a cut at a lead byte decodes as the whole block does there).
 */
function lastLetterOf(bytes: Uint8Array, before: boolean): boolean {
  let from = Math.max(0, bytes.length - 4096);
  while (from > 0 && isContinuationByte(bytes[from]!)) from--;
  const tail = decodeUtf8(bytes.subarray(from)).text;
  if (from === 0 || lastLetterIsArabic(tail, true) === lastLetterIsArabic(tail, false))
    return lastLetterIsArabic(tail, before);
  return lastLetterIsArabic(decodeUtf8(bytes).text, before);
}

interface Block {
  bytes: Uint8Array;
  /** Its UTF-16 offset in the whole input. */
  offset: number;
}

/**
 * Where blocks may be cut, found piece by piece: each piece is read once, so cutting is linear
 * however long a line or paragraph is (searching the whole pending text on every read was
 * quadratic: 62 s for 64 MB with no blank line).
 */
class BlockCutter {
  /** The bytes held (pieces are copied in: a reader may reuse its buffer), and how many. */
  private held = new Uint8Array(2 * BLOCK_SIZE);
  private length = 0;
  /** About how many code units the held bytes decode to (for the record limit). */
  private units = 0;
  /** The last cut found in the held bytes (its index there), or 0. */
  private cut = 0;
  /** Paragraph mode: the line being read follows a line break and is blank so far. */
  private lineBlank = false;
  /** `--whitespace`: the character after the last line break had not arrived (the cut depends on it). */
  private breakAtEnd = false;
  /** The UTF-16 offset of the held bytes in the whole input. */
  private offset = 0;

  constructor(
    private readonly blankLines: boolean,
    private readonly whitespace: boolean,
    private readonly limit: number,
    private readonly spares: SpareBuffers,
  ) {}

  /** Takes a piece; returns a block when one is at least BLOCK_SIZE long, or null. */
  push(piece: Uint8Array): Block | null {
    const start = this.length;
    if (this.breakAtEnd && piece.length > 0) {
      const gap = gapAt(piece, 0);
      if (gap !== null && !gap) this.cut = start;
    }
    this.breakAtEnd = false;
    let prev = -1;
    for (let k = piece.indexOf(Char.LINE_FEED); k >= 0; prev = k, k = piece.indexOf(Char.LINE_FEED, k + 1)) {
      if (this.blankLines) {
        // A line break that ends a blank line (spaces, tabs, CR) after another line break.
        if (prev >= 0 ? isBlankRange(piece, prev + 1, k) : this.lineBlank && isBlankRange(piece, 0, k))
          this.cut = start + k + 1;
      } else if (!this.whitespace) this.cut = start + k + 1;
      else if (k + 1 >= piece.length) this.breakAtEnd = true;
      // A character cut off at the piece's end gives no cut here (a later line break will).
      else if (gapAt(piece, k + 1) === false) this.cut = start + k + 1;
    }
    if (this.blankLines) {
      this.lineBlank =
        prev >= 0
          ? isBlankRange(piece, prev + 1, piece.length)
          : this.lineBlank && isBlankRange(piece, 0, piece.length);
    }
    if (this.length + piece.length > this.held.length) {
      const grown = new Uint8Array(Math.max(2 * this.held.length, this.length + piece.length));
      grown.set(this.held.subarray(0, this.length));
      this.held = grown;
    }
    this.held.set(piece, this.length);
    this.length += piece.length;
    if (this.cut === 0) {
      this.units += utf16Length(piece);
      if (this.units > this.limit) throw new RecordTooLongError(this.limit, this.offset);
    }
    return this.length >= BLOCK_SIZE && this.cut > 0 ? this.take(this.cut) : null;
  }

  /** The rest of the input, or null when there is none. */
  end(): Block | null {
    return this.length > 0 ? this.take(this.length) : null;
  }

  /** The held bytes up to `cut`, copied into a buffer of their own (to be transferred). */
  private take(cut: number): Block {
    const bytes = new Uint8Array(this.spares.take(cut), 0, cut);
    bytes.set(this.held.subarray(0, cut));
    this.held.copyWithin(0, cut, this.length);
    this.length -= cut;
    const block = { bytes, offset: this.offset };
    this.offset += unitsOf(bytes);
    this.units = utf16Length(this.held.subarray(0, this.length));
    this.cut = 0;
    return block;
  }
}

/** Whether the character at `bytes[k]` is white space or a format control; null when it is cut off. */
function gapAt(bytes: Uint8Array, k: number): boolean | null {
  const cp = codePointAtUtf8(bytes, k);
  return cp < 0 ? null : isGapAt(String.fromCodePoint(cp), 0);
}

/** Whether `bytes[from, to)` holds only spaces, tabs and CR (read from the end: a line that is not blank stops at once). */
function isBlankRange(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = bytes[k]!;
    if (c !== Char.ASCII_SPACE && c !== Char.CHARACTER_TABULATION && c !== Char.CARRIAGE_RETURN) return false;
  }
  return true;
}
