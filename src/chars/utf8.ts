/**
 * UTF-8 at the byte level, for the CLI's input: which byte sequences are well formed (Unicode's
 * table 3-7) and how U+FFFD REPLACEMENT CHARACTER is encoded. Not part of the library bundle:
 * only src/cli imports it.
 */

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
