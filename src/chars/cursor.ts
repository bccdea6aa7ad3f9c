/**
 * Moving through UTF-16 text by code point: surrogate pairs, code point widths, the code point
 * before an index. The one place that knows how UTF-16 encodes astral code points; scanners call
 * these helpers (small enough for the engine to inline) instead of writing the ranges again.
 *
 * Width has one meaning everywhere: 2 for a high surrogate followed by a low one, 1 otherwise.
 * A lone surrogate is one code point of its own, as `String.prototype.codePointAt` reads it.
 *
 * Every module reads code units as `String.prototype.charCodeAt.call(text, i)`, never
 * `text.charCodeAt(i)` (test/unit/chars/string-methods.test.ts holds it). Once any object in the
 * process has String.prototype as its prototype (`class X extends String`, or
 * `Object.create(String.prototype)` as node-redis v5's VerbatimString does), V8 reads
 * `text.charCodeAt` through a slow path: normalize, tokenSpans and sentenceSpans ran 2.1–2.35×
 * slower (bench/string-cliff.ts). Through the builtin named from the global `String`, the engine
 * emits the same load in either process. Not through a helper or an alias: a helper's calls
 * outgrew the engine's inlining budget in the large scanners (tokenSpans at half speed), and the
 * bundler turns a top-level `const` alias into a `var`, which the engine cannot fold (a
 * charCodeAt loop at 150 Mchar/s instead of 390).
 */

/** Code units in UTF-16, and the size of every per-code-unit table. */
export const BMP_SIZE = 0x10000;
/** The largest code unit; also the mask of a code unit inside a wider integer. */
export const MAX_CODE_UNIT = 0xffff;

const HIGH_FIRST = 0xd800;
const HIGH_LAST = 0xdbff;
const LOW_FIRST = 0xdc00;
const LOW_LAST = 0xdfff;

/** Whether a code unit is a high (lead) surrogate. */
export const isHighSurrogate = (c: number): boolean => c >= HIGH_FIRST && c <= HIGH_LAST;
/** Whether a code unit is a low (trail) surrogate. */
export const isLowSurrogate = (c: number): boolean => c >= LOW_FIRST && c <= LOW_LAST;

/** The code point of a surrogate pair. */
export const fromSurrogates = (high: number, low: number): number =>
  ((high - HIGH_FIRST) << 10) + (low - LOW_FIRST) + BMP_SIZE;

/** The high surrogate that starts an astral code point's encoding. */
export const highSurrogateOf = (cp: number): number => HIGH_FIRST + ((cp - BMP_SIZE) >> 10);

/** UTF-16 code units of a code point: 2 above the BMP. */
export const codePointWidth = (cp: number): number => (cp > MAX_CODE_UNIT ? 2 : 1);

/** Code units of the code point starting at `i`: 2 for a valid surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  return isHighSurrogate(String.prototype.charCodeAt.call(text, i)) &&
    isLowSurrogate(String.prototype.charCodeAt.call(text, i + 1))
    ? 2
    : 1;
}

/** The index where the code point containing index `k` starts (one back from the low half of a pair). */
export function codePointStart(text: string, k: number): number {
  return k > 0 &&
    isLowSurrogate(String.prototype.charCodeAt.call(text, k)) &&
    isHighSurrogate(String.prototype.charCodeAt.call(text, k - 1))
    ? k - 1
    : k;
}

/** The code point that ends at index `i` (just before it), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  return String.prototype.codePointAt.call(text, codePointStart(text, i - 1))!;
}
