/**
 * N19 `elongation`: letters repeated for emphasis collapse. A run of three or more of the same
 * Arabic letter becomes one (جداااا → جدا); a run of ه is laughter and becomes ههه (هههههههه →
 * ههه). ي and و need four (معقوووولة → معقولة, كتيييير → كتير): the hamza fold writes three from
 * real words (مبدئيين → مبدييين, 4 words of UD Arabic-PUD). Runs of two are real double letters and
 * stay (ممتاز, الله, للغة), and nothing but Arabic letters is touched (1000, sooo).
 *
 * A pass over the finished output, after every other switch, so that tatweel and harakat already
 * removed do not hide a run (جـــداااا under `search`), and so that the result is idempotent.
 * Offsets map each kept letter to its first occurrence. Off the hot loop: the pass is a compare
 * per code unit, and runs only when the switch is on.
 */
import { BMP_CLASS, Char, Class } from '../chars/index.ts';
import type { Output } from './output.ts';

/** Laughter keeps this many of its letters. */
const LAUGHTER = 3;

/** How long a run of `letter` must be to collapse. */
const shortest = (letter: number) => (letter === Char.YEH || letter === Char.WAW ? 4 : 3);
/** How many letters of a collapsing run of `letter` are kept. */
const kept = (letter: number) => (letter === Char.HEH ? LAUGHTER : 1);

/** Where the first run of three or more letters ends in `text` (a candidate for collapsing), or -1. */
function firstRun(text: string): number {
  for (let k = 2; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === text.charCodeAt(k - 1) && c === text.charCodeAt(k - 2) && BMP_CLASS[c] === Class.ARABIC_LETTER) return k;
  }
  return -1;
}

/** Collapses the elongation runs of the finished output `out`, in place. */
export function collapseElongation(out: Output): void {
  if (out.buf === null) {
    // Pending: the output is the input itself. Most text has no run, and then nothing is copied.
    if (firstRun(out.text) < 0) return;
    out.materialize(0);
  }
  const buf = out.buf!;
  const offs = out.offs;
  let w = 0;
  let prev = -1;
  let run = 0;
  for (let k = 0; k < out.len; k++) {
    const u = buf[k]!;
    if (u === prev && BMP_CLASS[u] === Class.ARABIC_LETTER) run++;
    else {
      prev = u;
      run = 1;
    }
    const min = shortest(u);
    if (run >= min) {
      const keep = kept(u);
      // The letter that makes the run long enough shows that it collapses: take back the ones
      // already written beyond those kept.
      if (run === min) w -= Math.max(0, min - 1 - keep);
      if (run > keep) continue;
    }
    buf[w] = u;
    if (offs !== null) offs[w] = offs[k]!;
    w++;
  }
  out.len = w;
}
