/**
 * UTF-8 at the byte level, for the CLI's input: which byte sequences are well formed (Unicode's
 * table 3-7) and how U+FFFD REPLACEMENT CHARACTER is encoded. Not part of the library bundle:
 * only src/cli imports it.
 */

import { isHighSurrogate, isLowSurrogate } from './cursor.ts';

/** U+FFFD REPLACEMENT CHARACTER in UTF-8. */
export const REPLACEMENT_UTF8: readonly number[] = [0xef, 0xbf, 0xbd];

/**
 * Validates UTF-8 (Unicode's table of well-formed byte sequences): `end` is the end of the last
 * complete sequence, `error` the index of the first byte that starts no valid sequence, or -1.
 */
export function scanUtf8(b: Uint8Array): { end: number; error: number } {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return { end: i, error: i };
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { end: i, error: -1 };
      const x = b[i + k]!;
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return { end: i, error: i };
    }
    i += need + 1;
  }
  return { end: n, error: -1 };
}

/** The byte-order mark U+FEFF in UTF-8: dropped at the start of a file, as TextDecoder does. */
export const BOM_UTF8: readonly number[] = [0xef, 0xbb, 0xbf];

/** Which UTF-16 byte-order mark `head` starts with: 'utf-16le' (FF FE), 'utf-16be' (FE FF), or null. */
export function utf16ByteOrder(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** U+FFFD REPLACEMENT CHARACTER in UTF-16, as its two bytes in little-endian and big-endian order. */
export const REPLACEMENT_UTF16 = { 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd] } as const;

/**
 * How many bytes at the end of `tail` (the last bytes read) start a UTF-8 character that is not
 * complete: 0 when the last character is complete.
 */
export function endsInsideCharacter(tail: Uint8Array): number {
  for (let k = tail.length - 1, seen = 1; k >= 0; k--, seen++) {
    const b = tail[k]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return seen < length ? seen : 0;
    }
  }
  return 0;
}

/**
 * Writes `text[start, end)` into `bytes` from `at` as UTF-8, as TextEncoder does (a lone
 * surrogate becomes U+FFFD), and returns the index after it. `bytes` must have room for three
 * bytes per code unit. An ASCII unit c with `escapes[c]` ≠ 0 is written as a backslash and that
 * byte (the CLI's \\t \\n escapes).
 */
export function writeUtf8(
  text: string,
  start: number,
  end: number,
  bytes: Uint8Array,
  at: number,
  escapes: Uint8Array,
): number {
  for (let i = start; i < end; i++) {
    let c = String.prototype.charCodeAt.call(text, i);
    if (c < 0x80) {
      const escaped = escapes[c]!;
      if (escaped !== 0) {
        bytes[at++] = 0x5c; // REVERSE SOLIDUS
        c = escaped;
      }
      bytes[at++] = c;
    } else if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else if (isHighSurrogate(c) && i + 1 < end && isLowSurrogate(String.prototype.charCodeAt.call(text, i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (String.prototype.charCodeAt.call(text, ++i) - 0xdc00);
      bytes[at++] = 0xf0 | (cp >> 18);
      bytes[at++] = 0x80 | ((cp >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[at++] = 0x80 | (cp & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // REPLACEMENT CHARACTER
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

/** Whether `b` continues a UTF-8 sequence (10xxxxxx) rather than starting one. */
export const isContinuationByte = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * The number of UTF-16 code units that well-formed UTF-8 `bytes` decode to: one per byte that
 * is not a continuation byte, and a second for each four-byte sequence. (For bytes that are not
 * well formed it is an estimate.) Four bytes at a time, each byte's count kept in its own lane
 * of a word for up to 255 words: 50 ms for 100 MB of Arabic, where decoding takes 330 (summing
 * the lanes at every word took 88 ms).
 */
export function utf16Length(bytes: Uint8Array): number {
  let k = 0;
  let units = 0;
  const unitsOf = (b: number) => (isContinuationByte(b) ? 0 : b >= 0xf0 ? 2 : 1);
  while (k < bytes.length && (bytes.byteOffset + k) % 4 !== 0) units += unitsOf(bytes[k++]!);
  const count = (bytes.byteOffset + k) % 4 === 0 ? (bytes.length - k) >> 2 : 0;
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + k, count) : NO_WORDS;
  let continuations = 0;
  let fourByteLeads = 0;
  for (let i = 0; i < words.length; ) {
    const end = Math.min(words.length, i + 255);
    // Bit 0 of each byte lane: 1 for a byte that is 10xxxxxx, then for one that is 1111xxxx.
    let c = 0;
    let f = 0;
    for (; i < end; i++) {
      const w = words[i]!;
      c += (w & ~(w << 1) & 0x80808080) >>> 7;
      f += (w & (w << 1) & (w << 2) & (w << 3) & 0x80808080) >>> 7;
    }
    continuations += laneSum(c);
    fourByteLeads += laneSum(f);
  }
  units += 4 * words.length - continuations + fourByteLeads;
  for (k += 4 * words.length; k < bytes.length; k++) units += unitsOf(bytes[k]!);
  return units;
}

const NO_WORDS = new Uint32Array(0);

/** The sum of the four byte lanes of `w`. */
function laneSum(w: number): number {
  const pairs = (w & 0x00ff00ff) + ((w >>> 8) & 0x00ff00ff);
  return (pairs & 0xffff) + (pairs >>> 16);
}

/** The code point whose UTF-8 sequence starts at `bytes[k]`, or -1 when it is cut off or not well formed. */
export function codePointAtUtf8(bytes: Uint8Array, k: number): number {
  const b = bytes[k]!;
  if (b < 0x80) return b;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
  if (length === 0 || k + length > bytes.length) return -1;
  let cp = b & (0x7f >> length);
  for (let i = 1; i < length; i++) {
    const c = bytes[k + i]!;
    if (!isContinuationByte(c)) return -1;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp;
}
