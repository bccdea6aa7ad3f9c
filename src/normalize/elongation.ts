/**
 * N19 `elongation`: letters repeated for emphasis collapse. A run of three or more of the same
 * Arabic letter becomes one (جداااا → جدا); a run of ه is laughter and becomes ههه (هههههههه →
 * ههه). ي and و need four (معقوووولة → معقولة, كتيييير → كتير; كتييير stays): dialect spelling writes
 * their long vowels doubled and tripled. Runs of two are real double letters and
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

const SHORT_OUTPUT = 32;

/** `firstRun` for a short output, unit by unit. */
function firstRunOfUnits(units: Uint16Array, len: number): number {
  for (let k = 2; k < len; k++) {
    const u = units[k]!;
    if (u !== units[k - 1] || u !== units[k - 2] || BMP_CLASS[u] !== Class.ARABIC_LETTER) continue;
    return k - 2;
  }
  return -1;
}

/**
 * Where the first run of three or more of one Arabic letter starts in `units[0, len)`, or -1.
 * A run of three always holds two equal units at an even index and the next odd one: one 32-bit
 * word of the buffer whose two halves are equal, so the scan reads words. Measured on 4M code
 * units of news under `search`: comparing every pair of units cost 11 ms a call (a fifth of
 * normalization), every other pair half that, and reading words a third less again (3.4 against
 * 5.3 ms on a 4M-unit buffer).
 */
function firstRun(units: Uint16Array, len: number): number {
  // A word: a 32-bit view costs more (30 ns) than the scan it saves.
  if (len < SHORT_OUTPUT) return firstRunOfUnits(units, len);
  // Output buffers are always whole arrays of their own (output.ts), so at byte offset 0.
  const words = new Uint32Array(units.buffer, units.byteOffset, len >> 1);
  for (let j = 0; j < words.length; j++) {
    const word = words[j]!;
    // Its low half, (word << 16) >>> 16, against its high half.
    if ((word << 16) >>> 16 !== word >>> 16) continue;
    const k = 2 * j + 1;
    const u = units[k]!;
    if (BMP_CLASS[u] !== Class.ARABIC_LETTER) continue;
    if (!(k >= 2 && units[k - 2] === u) && !(k + 1 < len && units[k + 1] === u)) continue;
    // Back to the run's first letter: compaction counts the run from there.
    let start = k - 1;
    while (start > 0 && units[start - 1] === u) start--;
    return start;
  }
  return -1;
}

/** The same over a string. */
function firstRunOfText(text: string): number {
  for (let k = 2; k < text.length; k += 2) {
    const u = String.prototype.charCodeAt.call(text, k);
    if (u !== String.prototype.charCodeAt.call(text, k - 1)) continue;
    if (BMP_CLASS[u] !== Class.ARABIC_LETTER) continue;
    if (String.prototype.charCodeAt.call(text, k - 2) !== u && String.prototype.charCodeAt.call(text, k + 1) !== u)
      continue;
    let start = k - 1;
    while (start > 0 && String.prototype.charCodeAt.call(text, start - 1) === u) start--;
    return start;
  }
  return -1;
}

/** Collapses the elongation runs of the finished output `out`, in place. */
export function collapseElongation(out: Output): void {
  let start: number;
  if (out.buf === null) {
    // Pending: the output is the input itself. Most text has no run, and then nothing is copied.
    start = firstRunOfText(out.text);
    if (start < 0) return;
    out.materialize(0);
  } else {
    start = firstRun(out.buf, out.len);
    if (start < 0) return;
  }
  const buf = out.buf!;
  const offs = out.offs;
  // Everything before the first run stays where it is.
  let w = start;
  let prev = -1;
  let run = 0;
  for (let k = start; k < out.len; k++) {
    const u = buf[k]!;
    if (u === prev && BMP_CLASS[u] === Class.ARABIC_LETTER) run++;
    else {
      prev = u;
      run = 1;
    }
    if (run >= 3) {
      const min = shortest(u);
      const keep = kept(u);
      // The letter that makes the run long enough shows that it collapses: take back the ones
      // already written beyond those kept.
      if (run === min) w -= Math.max(0, min - 1 - keep);
      if (run >= min && run > keep) continue;
    }
    buf[w] = u;
    if (offs !== null) offs[w] = offs[k]!;
    w++;
  }
  out.len = w;
}
