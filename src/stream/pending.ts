/**
 * The text a stream has received but not yet finished with, and where it sits in the whole
 * stream. Shared by the token and sentence streams, which resume scanning at `cursor` and keep a
 * little text before it as context for the scanners' look-behind.
 *
 * Time stays linear however the input is cut. Appending with `+=` makes a V8 rope in constant
 * time, but reading a rope flattens it, so scanning the held text on every piece was quadratic
 * in the longest item (a 4 MB word in 256-unit pieces took 32 s). The held text is scanned again
 * only once its unfinished part has doubled since the last scan: an item of n code units costs
 * O(n) in all, and the stream holds at most about twice the longest item.
 */
import { isHighSurrogate, isLowSurrogate } from '../chars/index.ts';

/** A chunker that emits items (tokens, sentences) as they become final. */
export interface ItemChunker<T> {
  /** Takes the next piece of input and emits the items that are now final. */
  push(chunk: string, emit: (item: T) => void): void;
  /** Ends the input and emits the remaining items. */
  end(emit: (item: T) => void): void;
}

/** A scanner that can resume at an item's end: the token scanner and the sentence scanner. */
export interface ResumableScanner {
  seek(i: number): void;
  next(): boolean;
  /** The start and end of the current item. */
  readonly start: number;
  readonly end: number;
}

/**
 * The longest string V8 can make on a 64-bit machine (2^29 − 24 code units). A stream holds an
 * unfinished item in one string, so no item can be longer.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** An item (a token, a sentence, a line) too long to be held in one string. */
export class RecordTooLongError extends RangeError {
  constructor(
    /** The limit in UTF-16 code units. */
    readonly limit: number,
    /** Where the item starts in the whole stream (UTF-16 offset). */
    readonly offset: number,
  ) {
    super(`a record longer than ${limit} code units cannot be held (it starts at offset ${offset})`);
  }
}

/**
 * For a writer of item texts only (the CLI's text format): `write` receives the first part of a
 * long unfinished item (a word, a sentence) as it comes, once `after` code units are held
 * (HAND_OVER_AT by default), and the item emitted later holds the rest of its text only.
 */
export interface HandOver {
  write: (text: string) => void;
  after?: number;
}

/**
 * How long an unfinished item grows before its first part is handed over: held whole, a 256 MB
 * word or sentence was kept as pieces and then as the flat string the scanner reads, 650 MB of
 * RSS, at half the speed of the same text in lines.
 */
export const HAND_OVER_AT = 1 << 20;

/** Throws `RecordTooLongError` when `held` more code units (from `offset`) would pass `limit`. */
export function checkRecordLength(held: number, limit: number, offset: number): void {
  if (held > limit) throw new RecordTooLongError(limit, offset);
}

export class PendingText {
  /** The unfinished text, from a little before `cursor` on. */
  text = '';
  /** The offset of `text[0]` in the whole stream. */
  base = 0;
  /** Where scanning resumes in `text`: the end of the last item emitted. */
  cursor = 0;
  /** Scan again once this many code units are unfinished. */
  private rescanAt = 0;

  /**
   * `limit`: the most code units held; `context`: how many code units before the cursor are kept
   * for the scanner's look-behind (two by default; a whole wrapped line for S17's sentences).
   */
  constructor(
    private readonly limit = MAX_STRING_LENGTH,
    private readonly context = 2,
  ) {}

  /**
   * Appends `chunk`, and calls `scan` once the unfinished part has doubled since the last scan.
   * When the text would pass the limit, scans first to free what is finished; throws
   * `RecordTooLongError` when the unfinished item alone is too long.
   */
  receive(chunk: string, scan: () => void): void {
    this.append(chunk, scan);
    if (this.unfinished >= this.rescanAt) scan();
  }

  /**
   * Appends `chunk` without scanning, unless to free what is finished before passing the limit:
   * then the text is filled up to the limit and scanned, as if the chunk had come in pieces,
   * until the unfinished item alone is too long (`RecordTooLongError`, with where it starts).
   */
  append(chunk: string, scan: () => void): void {
    let rest = chunk;
    while (this.text.length + rest.length > this.limit) {
      let room = this.limit - this.text.length;
      if (room > 0 && isHighSurrogate(String.prototype.charCodeAt.call(rest, room - 1))) room--;
      this.text += rest.slice(0, room);
      rest = rest.slice(room);
      const held = this.text.length;
      scan();
      if (this.text.length === held) throw new RecordTooLongError(this.limit, this.base + this.cursor);
    }
    this.text += rest;
  }

  /**
   * Runs `scanner` (over `text`) from the cursor, calling `emit` for each item while `isFinal()`
   * holds, then forgets the text before the end of the last item emitted.
   */
  drain(scanner: ResumableScanner, isFinal: () => boolean, emit: () => void): void {
    scanner.seek(this.cursor);
    let resume = this.cursor;
    while (scanner.next()) {
      if (!isFinal()) {
        // What lies between the last item and the unfinished one (white space) is no part of
        // either: the unfinished item is held from its start, where a too-long one is reported.
        resume = scanner.start;
        break;
      }
      emit();
      resume = scanner.end;
    }
    this.consumeTo(resume);
  }

  /**
   * Forgets everything before `resume` but the context (never half a pair), and sets when to
   * scan next.
   */
  consumeTo(resume: number): void {
    let keep = Math.max(0, resume - this.context);
    const c = String.prototype.charCodeAt.call(this.text, keep);
    if (keep > 0 && isLowSurrogate(c)) keep--;
    this.text = this.text.slice(keep);
    this.base += keep;
    this.cursor = resume - keep;
    this.rescanAt = 2 * this.unfinished;
  }

  /** The length of the unfinished part. */
  get unfinished(): number {
    return this.text.length - this.cursor;
  }
}
