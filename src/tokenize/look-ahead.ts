/**
 * How far one scanner's look-aheads have read. A stream can emit a token only once no more text
 * could change it, that is once every character its decision read has arrived.
 *
 * Most decisions read a bounded distance past the token they make: the character that ends a
 * word, a separator and the digit after it (3.5), a URL scheme of at most 16 letters and `://`,
 * `http://` glued on (T21), the longest emoticon. `BOUNDED_LOOK_AHEAD` is above all of them. The
 * few decisions that may read arbitrarily far (a URL whose trailing punctuation is trimmed off, an
 * email or emoticon that fails after a long run, a tag trimmed of its ZWNJ) record where they
 * stopped in `reach_`.
 */

/** More code units than any bounded decision reads past the end of its token (the most is 19, a scheme). */
export const BOUNDED_LOOK_AHEAD = 32;

/** Per-text look-ahead state, owned by one scanner. */
export interface LookAhead {
  /** T12: no email address starts before this index (a failed look-ahead is remembered). */
  failedUntil_: number;
  /** The farthest index at which an unbounded look-ahead stopped. */
  reach_: number;
}

/** Records that a look-ahead read up to index `j`. */
export function reached(state: LookAhead, j: number): void {
  if (j > state.reach_) state.reach_ = j;
}
