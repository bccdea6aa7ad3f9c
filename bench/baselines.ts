/**
 * Baselines that several benchmarks share, each named as the report names it.
 */

/**
 * The physical limit: read every code unit once and do nothing with it. Checked on the start of
 * its own input (`checkCharCodeAtLoop`): checked on 'ab', a one-byte string, the loop was
 * compiled for both string widths and ran slower on Arabic text, and the report showed tokenSpans
 * at 0.25× of it where a quiet run gives 0.16-0.19× (issue 15).
 */
export function charCodeAtLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** Checks the loop on the first 64 code units of `text` against a sum computed another way. */
export function checkCharCodeAtLoop(text: string): void {
  const head = text.slice(0, 64);
  const expected = Buffer.from(head, 'utf16le').reduce((sum, b, k) => (sum + (k % 2 === 0 ? b : b << 8)) | 0, 0);
  if (charCodeAtLoop(head) !== expected) throw new Error('charCodeAt loop: wrong sum before timing');
}

/** A `\p{L}`-style tokenizer written with one regex and `matchAll`: `[start, end]` per token. */
export function regexTokenizer(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+|\p{N}+(?:[.,٫٬:]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * `Intl.Segmenter` at the given granularity, fed line by line: on Node 20 one call over a long
 * text slows down superlinearly (a 64K-character Arabic text took 2 s in one call and 30 ms split
 * into lines). Returns the `[start, end]` of every segment that is not white space.
 */
export function intlSegments(text: string, granularity: 'word' | 'sentence'): Array<[number, number]> {
  const seg = new Intl.Segmenter('ar', { granularity });
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const s of seg.segment(line)) {
      if (granularity === 'word' && s.isWordLike === false && s.segment.trim() === '') continue;
      out.push([lineStart + s.index, lineStart + s.index + s.segment.length]);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
