/**
 * The benchmark harness: warm-up, at least 7 measured runs, median and spread, and ratios against
 * baselines measured in the same process. Every case checks its output before it is timed, so a
 * fast wrong answer is never reported.
 */

/** One thing to time: a function over an input, with a check of its output. */
export interface Case {
  /** The benchmark it belongs to (`normalize`, `tokenize`…): ratios compare within a group and input. */
  group: string;
  /** What is measured, e.g. `normalize search`. */
  name: string;
  /** The input's name, e.g. `news`. */
  input: string;
  text: string;
  run: (text: string) => unknown;
  /** Throws when the output is wrong; called once before timing. */
  check: (text: string) => void;
  /** Baselines are named with what they are, and `ratio` entries compare against them. */
  baseline?: boolean;
  /** Items per run (tokens, sentences), for items/s. */
  items?: (text: string) => number;
}

export interface Result {
  group: string;
  name: string;
  input: string;
  baseline: boolean;
  chars: number;
  medianMs: number;
  /** (max − min) / median over the measured runs. */
  spread: number;
  mcharPerS: number;
  /** UTF-16 megabytes per second (2 bytes per code unit). */
  mbPerS: number;
  itemsPerS: number | null;
  runs: number;
  /**
   * Speed relative to each baseline of the group (by name): the median over the rounds of
   * (baseline's time / this case's time) within the same round.
   */
  ratios: Record<string, number>;
}

export interface Options {
  warmup: number;
  runs: number;
  minMs: number;
}

export const DEFAULTS: Options = { warmup: 3, runs: 9, minMs: 100 };

/**
 * Times a group of cases that will be compared with each other. Every case is checked, then
 * warmed up; then the timed runs go in rounds, one run of every case per round (in an order that
 * rotates from round to round), so that a change in the machine's load (this machine shows ±40%
 * between identical runs) falls on the case and its baselines alike. Each timed run repeats the
 * case until `minMs` have passed.
 */
export function measureGroup(cases: Case[], o: Options = DEFAULTS): Result[] {
  for (const c of cases) c.check(c.text);
  for (const c of cases) for (let k = 0; k < o.warmup; k++) c.run(c.text);
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < o.runs; round++) {
    // Each round starts one case later, so that no case always follows the same one and inherits
    // its garbage: in a fixed order, sentenceSpans on social text ran at 56 Mchar/s after the
    // Intl case and at 200 alone.
    for (let step = 0; step < cases.length; step++) {
      const i = (round + step) % cases.length;
      const c = cases[i]!;
      let reps = 0;
      const start = performance.now();
      let now = start;
      do {
        c.run(c.text);
        reps++;
        now = performance.now();
      } while (now - start < o.minMs);
      times[i]!.push((now - start) / reps);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const ratiosOf = (i: number): Record<string, number> => {
    const ratios: Record<string, number> = {};
    cases.forEach((b, j) => {
      if (b.baseline && j !== i) ratios[b.name] = median(times[i]!.map((t, r) => times[j]![r]! / t));
    });
    return ratios;
  };
  return cases.map((c, i) => {
    const ratios = c.baseline ? {} : ratiosOf(i);
    const t = [...times[i]!].sort((a, b) => a - b);
    const mid = t[t.length >> 1]!;
    const chars = c.text.length;
    const items = c.items?.(c.text);
    return {
      group: c.group,
      name: c.name,
      input: c.input,
      baseline: c.baseline === true,
      chars,
      medianMs: mid,
      spread: (t[t.length - 1]! - t[0]!) / mid,
      mcharPerS: chars / mid / 1e3,
      mbPerS: (2 * chars) / mid / 1e3,
      itemsPerS: items === undefined ? null : (items / mid) * 1e3,
      runs: o.runs,
      ratios,
    };
  });
}

/**
 * The ratios of results measured apart (each case in its own process): each case against every
 * baseline of its group and input, as the quotient of their medians.
 */
export function withRatios(results: readonly Result[]): Result[] {
  return results.map((r) => {
    if (r.baseline) return r;
    const ratios: Record<string, number> = {};
    for (const b of results)
      if (b.baseline && b.group === r.group && b.input === r.input) ratios[b.name] = b.medianMs / r.medianMs;
    return { ...r, ratios };
  });
}

/** Throws unless `actual` equals `expected`, naming the case. */
export function expectEqual(name: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e)
    throw new Error(
      `${name}: wrong output before timing\n  got      ${a.slice(0, 300)}\n  expected ${e.slice(0, 300)}`,
    );
}

const fmt = (n: number, digits = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(digits));

/** Renders results as a table, with each row's ratio against the baselines of the same input. */
export function table(results: Result[]): string {
  const header = ['operation', 'input', 'Mchar/s', 'MB/s', 'items/s', 'median ms', 'spread', 'vs baselines'];
  const rows = results.map((r) => {
    const ratios = r.baseline
      ? 'baseline'
      : Object.entries(r.ratios)
          .map(([name, x]) => `${fmt(x, 2)}× ${name}`)
          .join(', ');
    return [
      r.name,
      r.input,
      fmt(r.mcharPerS),
      fmt(r.mbPerS),
      r.itemsPerS === null ? '' : `${fmt(r.itemsPerS / 1e6, 2)}M`,
      r.medianMs.toFixed(2),
      `±${(r.spread * 50).toFixed(0)}%`,
      ratios,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
