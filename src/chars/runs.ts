/**
 * The run format of the generated character tables: `gap,length,value` triples in base 36, the
 * gap measured from the end of the previous run. Runs of value 0 are the gaps, so they cost
 * nothing. The generators encode with `encodeRuns`; the tables decode with `forEachRun`.
 */

/** Calls `visit(start, end, value)` for every run `[start, end)` of `runs`. */
export function forEachRun(runs: string, visit: (start: number, end: number, value: number) => void): void {
  const fields = runs.split(',');
  let end = 0;
  for (let k = 0; k + 2 < fields.length; k += 3) {
    const start = end + parseInt(fields[k]!, 36);
    end = start + parseInt(fields[k + 1]!, 36);
    visit(start, end, parseInt(fields[k + 2]!, 36));
  }
}

/** Encodes `values` (one per code point) as runs; code points of value 0 are left out. */
export function encodeRuns(values: ArrayLike<number>): string {
  const out: string[] = [];
  let prevEnd = 0;
  for (let cp = 0; cp < values.length; ) {
    const v = values[cp]!;
    let end = cp + 1;
    while (end < values.length && values[end] === v) end++;
    if (v !== 0) {
      out.push((cp - prevEnd).toString(36), (end - cp).toString(36), v.toString(36));
      prevEnd = end;
    }
    cp = end;
  }
  return out.join(',');
}
