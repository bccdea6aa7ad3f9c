/**
 * Reading the input: the files in order (or stdin), decoded from UTF-8 piece by piece. Invalid
 * bytes become U+FFFD and are counted, as TextDecoder replaces them (one U+FFFD per maximal
 * invalid subsequence); with `strict`, the first invalid byte stops the run with its offset.
 */
import {
  BOM_UTF8,
  endsInsideCharacter,
  REPLACEMENT_UTF16,
  REPLACEMENT_UTF8,
  scanUtf8,
  utf16ByteOrder,
} from '../chars/utf8.ts';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';

export class InputError extends Error {}

export interface InputStats {
  /** U+FFFD written for invalid UTF-8. */
  replacements: number;
  /** Bytes read so far (for the progress bar). */
  bytes: number;
}

const STDIN = '-';
/** 64 KB reads: each piece's output (4.5× its size as tsv) is written while it is young. */
const READ_SIZE = 1 << 16;
/** Raw reads for `--jobs` (see `readInPlace`). */
const RAW_READ_SIZE = 1 << 20;

/**
 * A file's bytes for `--jobs`, read synchronously 1 MB at a time into one buffer that the next
 * read overwrites (the consumer copies what it keeps). Streamed reads each waited for a thread
 * of libuv's pool, which with every core busy running blocks left both threads of `--jobs 2`
 * idle a fifth of the time; and a fresh buffer per read was garbage that only a full GC freed.
 */
async function* readInPlace(file: string): AsyncGenerator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(RAW_READ_SIZE);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Checks that every file can be read before any output is written. */
export async function checkFiles(files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (file === STDIN) continue;
    try {
      await access(file, constants.R_OK);
      if ((await stat(file)).isDirectory()) throw new Error('is a directory');
    } catch (e) {
      throw new InputError(`arabic-text: cannot read ${file}: ${reason(e)}`);
    }
  }
}

/** The total size of the input in bytes, when it is known (files, or stdin redirected from a file). */
export async function inputSize(files: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const file of files.length === 0 ? [STDIN] : files) {
    try {
      const s = await stat(file === STDIN ? '/dev/stdin' : file);
      if (!s.isFile()) return null;
      total += s.size;
    } catch {
      return null;
    }
  }
  return total;
}

const reason = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT'
    ? 'no such file'
    : err.code === 'EACCES'
      ? 'permission denied'
      : (err.code ?? err.message);
};

/**
 * The decoded input, piece by piece. Files are joined as `cat` joins them: a UTF-8 character
 * split across two files is one character. A byte-order mark at the start of a file is dropped
 * (offsets count from after it, as TextDecoder does); a UTF-16 mark (FF FE, FE FF) decodes that
 * file as UTF-16. Throws `InputError` for unreadable files and, when strict, invalid input.
 */
export async function* readInput(files: readonly string[], strict: boolean, stats: InputStats): AsyncGenerator<string> {
  yield* readInputOrBytes(files, strict, stats, false) as AsyncGenerator<string>;
}

/**
 * The input as `readInput` reads it, except that UTF-8 (when not `strict`) is passed on as the
 * bytes read, byte-order marks dropped, for `--jobs` to cut and its workers to decode with
 * `decodeUtf8`; a UTF-16 file is still decoded here.
 */
export function readInputBytes(
  files: readonly string[],
  strict: boolean,
  stats: InputStats,
): AsyncGenerator<string | Uint8Array> {
  return readInputOrBytes(files, strict, stats, !strict);
}

async function* readInputOrBytes(
  files: readonly string[],
  strict: boolean,
  stats: InputStats,
  raw: boolean,
): AsyncGenerator<string | Uint8Array> {
  const utf8 = strict ? new StrictDecoder() : raw ? new PassingDecoder() : new CountingDecoder();
  for (const file of files.length === 0 ? [STDIN] : files) {
    const stream: AsyncIterable<Buffer> =
      file === STDIN
        ? (process.stdin as AsyncIterable<Buffer>)
        : raw
          ? readInPlace(file)
          : (createReadStream(file, { highWaterMark: READ_SIZE }) as AsyncIterable<Buffer>);
    const name = file === STDIN ? 'stdin' : file;
    let decoder: Decoder = utf8;
    let head: Uint8Array | null = new Uint8Array(0);
    utf8.startFile(name);
    try {
      for await (const chunk of stream) {
        stats.bytes += chunk.length;
        let bytes: Uint8Array = chunk;
        if (head !== null) {
          // The first three bytes decide the encoding (a pipe may deliver fewer at a time).
          head = concat(head, bytes);
          if (head.length < 3) continue;
          ({ decoder, bytes } = byByteOrderMark(head, utf8, strict, name));
          head = null;
          if (decoder !== utf8) {
            // A run of UTF-8 ends before a UTF-16 file: an incomplete character becomes U+FFFD.
            const rest = utf8.end();
            if (rest.length > 0) yield rest;
          }
        }
        if (decoder === utf8 && raw) {
          if (bytes.length > 0) yield (utf8 as PassingDecoder).pass(bytes);
          continue;
        }
        const text = decoder.decode(bytes);
        if (text.length > 0) yield text;
      }
      if (head !== null && head.length > 0) {
        ({ decoder, bytes: head } = byByteOrderMark(head, utf8, strict, name));
        if (decoder === utf8 && raw) yield (utf8 as PassingDecoder).pass(head);
        else {
          const text = decoder.decode(head);
          if (text.length > 0) yield text;
        }
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`arabic-text: cannot read ${name}: ${reason(e)}`);
    }
    if (decoder !== utf8) {
      const rest = decoder.end();
      stats.replacements += decoder.replacements;
      if (rest.length > 0) yield rest;
    }
  }
  const rest = utf8.end();
  stats.replacements += utf8.replacements;
  if (rest.length > 0) yield rest;
}

interface Decoder {
  readonly replacements: number;
  decode(bytes: Uint8Array): string;
  end(): string;
}

/** The decoder for a file that starts with `head`, and the bytes to decode (without the mark). */
function byByteOrderMark(
  head: Uint8Array,
  utf8: Utf8Decoder,
  strict: boolean,
  name: string,
): { decoder: Decoder; bytes: Uint8Array } {
  if (head[0] === BOM_UTF8[0] && head[1] === BOM_UTF8[1] && head[2] === BOM_UTF8[2] && utf8.atCharacterStart())
    return { decoder: utf8, bytes: head.subarray(3) };
  const order = utf16ByteOrder(head);
  if (order !== null) return { decoder: new Utf16Decoder(order, strict, name), bytes: head.subarray(2) };
  return { decoder: utf8, bytes: head };
}

interface Utf8Decoder extends Decoder {
  /** A new file starts (for messages). */
  startFile(name: string): void;
  /** Whether no character is left incomplete by the previous file. */
  atCharacterStart(): boolean;
}

/** TextDecoder's replacement, with a count: U+FFFD written minus those encoded in the input (EF BF BD). */
class CountingDecoder implements Utf8Decoder {
  replacements = 0;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The last two bytes of the previous piece: an encoded U+FFFD may straddle pieces. */
  private tail = [0, 0];
  /** The last bytes decoded, to tell whether they end inside a character. */
  private last: Uint8Array = new Uint8Array(0);

  startFile(): void {}

  atCharacterStart(): boolean {
    return endsInsideCharacter(this.last) === 0;
  }

  decode(bytes: Uint8Array): string {
    const text = this.decoder.decode(bytes, { stream: true });
    this.count(text, bytes);
    if (bytes.length > 0) this.last = bytes.slice(Math.max(0, bytes.length - 3));
    return text;
  }

  end(): string {
    const text = this.decoder.decode();
    this.count(text, new Uint8Array(0));
    this.last = new Uint8Array(0);
    return text;
  }
  private count(text: string, bytes: Uint8Array): void {
    let written = 0;
    for (let k = text.indexOf('\ufffd'); k >= 0; k = text.indexOf('\ufffd', k + 1)) written++;
    if (written === 0 && bytes.length > 0) {
      this.shift(bytes);
      return;
    }
    let encoded = 0;
    const [a, b] = this.tail;
    const at = (k: number) => (k === -2 ? a : k === -1 ? b : bytes[k]);
    for (let k = -2; k + 2 < bytes.length; k++) {
      if (at(k) === REPLACEMENT_UTF8[0] && at(k + 1) === REPLACEMENT_UTF8[1] && at(k + 2) === REPLACEMENT_UTF8[2])
        encoded++;
    }
    this.shift(bytes);
    this.replacements += written - encoded;
  }

  private shift(bytes: Uint8Array): void {
    if (bytes.length >= 2) this.tail = [bytes[bytes.length - 2]!, bytes[bytes.length - 1]!];
    else if (bytes.length === 1) this.tail = [this.tail[1]!, bytes[0]!];
  }
}

/**
 * Raw mode: UTF-8 is not decoded here but passed on; only the last bytes are kept, to tell
 * whether a byte-order mark at the start of the next file follows a complete character.
 */
class PassingDecoder implements Utf8Decoder {
  readonly replacements = 0;
  private last: Uint8Array = new Uint8Array(0);

  startFile(): void {}

  atCharacterStart(): boolean {
    return endsInsideCharacter(this.last) === 0;
  }

  pass(bytes: Uint8Array): Uint8Array {
    if (bytes.length > 0) this.last = bytes.slice(Math.max(0, bytes.length - 3));
    return bytes;
  }

  decode(): string {
    throw new Error('raw UTF-8 is passed on, not decoded');
  }

  end(): string {
    // Bytes left inside a character are decoded with what follows them (decodeUtf8 ends them).
    return '';
  }
}

/** Decodes a whole run of UTF-8, as `readInput` would: invalid bytes become U+FFFD, counted. */
export function decodeUtf8(bytes: Uint8Array): { text: string; replacements: number } {
  const decoder = new CountingDecoder();
  const text = decoder.decode(bytes) + decoder.end();
  return { text, replacements: decoder.replacements };
}

/**
 * Decodes a run of UTF-8 as `decodeUtf8` does, in pieces of at most `step` bytes (a surrogate
 * pair is never split), as one job reads a file; adds the U+FFFD written for invalid bytes to
 * `count.replacements`.
 */
export function* decodeUtf8Pieces(bytes: Uint8Array, step: number, count: { replacements: number }): Generator<string> {
  const decoder = new CountingDecoder();
  for (let k = 0; k < bytes.length; k += step) {
    const text = decoder.decode(bytes.subarray(k, k + step));
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
  count.replacements += decoder.replacements;
}

/** Decodes valid UTF-8 only; throws `InputError` with the file and offset of the first invalid byte. */
class StrictDecoder implements Utf8Decoder {
  readonly replacements = 0;
  private carry: Uint8Array = new Uint8Array(0);
  /** Bytes of the current file decoded before the carry. */
  private offset = 0;
  private name = '';

  startFile(name: string): void {
    this.name = name;
    this.offset = -this.carry.length;
  }

  atCharacterStart(): boolean {
    return this.carry.length === 0;
  }

  decode(bytes: Uint8Array): string {
    const all = this.carry.length === 0 ? bytes : concat(this.carry, bytes);
    const { end, error } = scanUtf8(all);
    if (error >= 0) throw this.invalid(error);
    this.offset += end;
    this.carry = all.slice(end);
    return Buffer.from(all.buffer, all.byteOffset, end).toString('utf8');
  }

  end(): string {
    if (this.carry.length > 0) throw this.invalid(0);
    return '';
  }

  private invalid(at: number): InputError {
    return new InputError(
      `arabic-text: ${this.name}: invalid UTF-8 at byte ${Math.max(0, this.offset + at)} (--strict)`,
    );
  }
}

/**
 * A UTF-16 file (after its byte-order mark). Unpaired surrogates become U+FFFD, counted; with
 * `strict`, the first one stops the run.
 */
class Utf16Decoder implements Decoder {
  replacements = 0;
  private readonly decoder: TextDecoder;
  /** An odd byte left from the last piece, or -1 (to count encoded U+FFFD across pieces). */
  private odd = -1;

  constructor(
    private readonly order: 'utf-16le' | 'utf-16be',
    private readonly strict: boolean,
    private readonly name: string,
  ) {
    this.decoder = new TextDecoder(order, { fatal: strict, ignoreBOM: true });
  }

  decode(bytes: Uint8Array): string {
    return this.count(
      this.run(() => this.decoder.decode(bytes, { stream: true })),
      bytes,
    );
  }

  end(): string {
    return this.count(
      this.run(() => this.decoder.decode()),
      new Uint8Array(0),
    );
  }

  private run(decode: () => string): string {
    try {
      return decode();
    } catch {
      throw new InputError(`arabic-text: ${this.name}: invalid UTF-16 (--strict)`);
    }
  }

  /** Counts U+FFFD written that the input did not encode itself. */
  private count(text: string, bytes: Uint8Array): string {
    if (this.strict) return text;
    let written = 0;
    for (let k = text.indexOf('\ufffd'); k >= 0; k = text.indexOf('\ufffd', k + 1)) written++;
    let encoded = 0;
    const [first, second] = REPLACEMENT_UTF16[this.order];
    let k = 0;
    if (this.odd >= 0 && bytes.length > 0) {
      if (this.odd === first && bytes[0] === second) encoded++;
      k = 1;
    }
    for (; k + 1 < bytes.length; k += 2) if (bytes[k] === first && bytes[k + 1] === second) encoded++;
    this.odd = k < bytes.length ? bytes[k]! : bytes.length === 0 ? this.odd : -1;
    this.replacements += written - encoded;
    return text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
