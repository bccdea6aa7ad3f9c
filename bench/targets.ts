/**
 * Issue 15's targets: the hot loops against the machine and the platform, as ratios measured in
 * the same run on real-vocabulary text (UD Arabic-PUD from ../shared), each speed group in a
 * fresh process (run.ts), the size ratios each size in its own process (size-case.mjs).
 *
 * A target is met when its ratio reaches the goal. `npm run bench:check` fails when a ratio falls
 * below its checked limit: the goal less MARGIN where the goal is met, and where it is not yet
 * met the level this code reached (`reached`, measured by `npm run bench` on this 2-core machine,
 * less the same margin), so that a missed target cannot silently fall further. The report says
 * MISSED for every target below its goal.
 */
import type { Result } from './harness.ts';
import { MB } from './inputs.ts';
import { msPerMillion } from './size-matrix.ts';
import type { StreamingRow } from './streaming.ts';

/**
 * The noise allowed on this 2-core machine: the same code gave `normalize` search 0.30-0.49×
 * NFKC and 2.90-4.57× the replace chain across quiet runs and CI, `tokenSpans` 0.16-0.27× the
 * charCodeAt loop; with the retry of a row over its limit (run.ts), a fifth below the goal or
 * the worst level reached held in every run. A regression smaller than that goes unseen here.
 */
export const MARGIN = 0.2;

export const PUD = 'UD Arabic-PUD';
/** The input of the speed targets (inputs.ts `pud4M`). */
export const PUD_4M = 'UD Arabic-PUD, repeated to 4M code units';

interface Target {
  what: string;
  /** `atLeast`: a speed ratio (higher is better); `atMost`: a slowdown (lower is better). */
  direction: 'atLeast' | 'atMost';
  goal: number;
  /**
   * Where the goal is not met in every run: the worst ratio this code gave in the runs of
   * 2026-12-07 (`npm run bench -- --targets` four times, two complete runs, three CI runs), the
   * base of the limit. CI runs low: the replace chain gave 2.90× there, 3.66–4.57× on a quiet
   * machine.
   */
  reached?: number;
  /** The ratio from the measurements, or undefined when its input is absent. */
  measure: (m: Measurements) => number | undefined;
}

export interface Measurements {
  /** The speed groups on the PUD text. */
  results: readonly Result[];
  /** Per code unit at 8M over 64K, each size in a fresh process, by operation. */
  sizes: Readonly<Record<string, number>>;
  streaming: readonly StreamingRow[];
}

const find = (m: Measurements, group: string, name: string) =>
  m.results.find((r) => r.group === group && r.input === PUD_4M && r.name === name);
const ratio = (group: string, name: string, baseline: string) => (m: Measurements) =>
  find(m, group, name)?.ratios[baseline];
const throughput = (m: Measurements, path: string) => m.streaming.find((r) => r.path === path)?.mbPerSecond;

/**
 * The clitic splitter of the code the issue was filed against (commit bc21e86) against its
 * `Set.has per word` baseline on the same input: 0.194-0.235 in four fresh-process pairs,
 * median 0.21. (Against the charCodeAt loop the same code gave 0.045-0.087: that loop's speed
 * varies 2× between processes, so it cannot be the unit of a 2× target.)
 */
const CLITICS_BEFORE = 0.21;

const TARGETS: Target[] = [
  {
    what: '`tokenSpans` against a bare charCodeAt loop',
    direction: 'atLeast',
    goal: 0.3,
    reached: 0.16,
    measure: ratio('tokenize', 'tokenSpans', 'charCodeAt loop'),
  },
  {
    what: '`tokenSpans` against Intl.Segmenter (word, per line)',
    direction: 'atLeast',
    goal: 35,
    reached: 31.9,
    measure: ratio('tokenize', 'tokenSpans', 'Intl.Segmenter word (per line)'),
  },
  {
    what: '`tokenize` (objects) against `tokenSpans`',
    direction: 'atLeast',
    goal: 0.35,
    reached: 0.15,
    measure: (m) => {
      const spans = find(m, 'tokenize', 'tokenSpans');
      const objects = find(m, 'tokenize', 'tokenize');
      return spans && objects && spans.medianMs / objects.medianMs;
    },
  },
  {
    what: '`tokenize`: per code unit at 8M over 64K',
    direction: 'atMost',
    goal: 1.5,
    reached: 3.5,
    measure: (m) => m.sizes.tokenize,
  },
  {
    what: "`normalize` `search` against String.prototype.normalize('NFKC')",
    direction: 'atLeast',
    goal: 0.8,
    reached: 0.3,
    measure: ratio('normalize', 'normalize search', "String.normalize('NFKC')"),
  },
  {
    what: '`normalize` `search` against the six-step String.replace chain',
    direction: 'atLeast',
    goal: 4,
    reached: 2.9,
    measure: ratio('normalize', 'normalize search', 'String.replace ×6 (search folds)'),
  },
  {
    what: '`normalize` `search`: per code unit at 8M over 64K',
    direction: 'atMost',
    goal: 1.2,
    reached: 1.25,
    measure: (m) => m.sizes.normalize,
  },
  {
    what: '`sentenceSpans` against Intl.Segmenter (sentence, per line)',
    direction: 'atLeast',
    goal: 8,
    reached: 4.7,
    measure: ratio('sentences', 'sentenceSpans', 'Intl.Segmenter sentence (per line)'),
  },
  {
    what: `\`splitClitics\` words/s against \`Set.has\` per word, over the ${CLITICS_BEFORE}× before the issue`,
    direction: 'atLeast',
    goal: 2,
    reached: 0.82,
    measure: (m) => {
      const r = ratio('clitics', 'clitic splitting (splitClitics on every Arabic word)', 'Set.has per word')(m);
      return r && r / CLITICS_BEFORE;
    },
  },
  {
    // One chunk per token costs a read per token: createTokenStream stays at 0.17-0.25× (shown
    // in the streaming table); the batch stream reads one array per input chunk.
    what: 'Web Streams `createTokenBatchStream` against the CLI `tokenize`, same file',
    direction: 'atLeast',
    goal: 0.6,
    reached: 0.59,
    measure: (m) => {
      const web = throughput(m, 'Web Streams createTokenBatchStream');
      const cli = throughput(m, 'CLI tokenize (text)');
      return web && cli && web / cli;
    },
  },
];

export interface TargetRow {
  what: string;
  direction: 'atLeast' | 'atMost';
  value: number | undefined;
  goal: string;
  met: boolean;
  /** The limit `bench:check` asserts. */
  limit: number;
  withinLimit: boolean;
}

/** Each target's ratio, whether it meets its goal, and the limit the check asserts. */
export function targetRows(m: Measurements): TargetRow[] {
  return TARGETS.map((t) => {
    const value = t.measure(m);
    const atLeast = t.direction === 'atLeast';
    const base = t.reached ?? t.goal;
    const limit = atLeast ? base * (1 - MARGIN) : base * (1 + MARGIN);
    const reaches = (bound: number) => value !== undefined && (atLeast ? value >= bound : value <= bound);
    return {
      what: t.what,
      direction: t.direction,
      value,
      goal: `${atLeast ? '≥' : '≤'} ${t.goal}×`,
      met: reaches(t.goal),
      limit,
      withinLimit: value === undefined || reaches(limit),
    };
  });
}

/**
 * The size ratios: `tokenize` and `normalize` `search` at 8M and 64K code units of PUD text, each
 * size in `processes` fresh processes, alternating, each keeping its fastest: one pair of
 * processes gave `normalize` 0.78× in one run and 2.2× in the next (a 64K case runs in 0.3 ms,
 * where one collection or a late optimization doubles it).
 */
export function sizeRatios(runs: number, processes = 3): Record<string, number> {
  const out: Record<string, number> = {};
  for (const operation of ['tokenize', 'normalize']) {
    let small = Number.POSITIVE_INFINITY;
    let large = Number.POSITIVE_INFINITY;
    for (let p = 0; p < processes; p++) {
      small = Math.min(small, msPerMillion(operation, PUD, 64 * 1024, runs * 4));
      large = Math.min(large, msPerMillion(operation, PUD, 8 * MB, runs));
    }
    out[operation] = large / small;
  }
  return out;
}

export function targetsTable(rows: readonly TargetRow[]): string {
  const lines = ['| target | ratio | goal | checked limit |', '| --- | --- | --- | --- |'];
  for (const r of rows) {
    const value = r.value === undefined ? 'no input' : `${r.value.toFixed(2)}× ${r.met ? 'met' : 'MISSED'}`;
    const sign = r.goal.startsWith('≥') ? '≥' : '≤';
    lines.push(
      `| ${r.what} | ${value} | ${r.goal} | ${sign} ${r.limit.toFixed(2)}× ${r.withinLimit ? 'ok' : 'EXCEEDED'} |`,
    );
  }
  return lines.join('\n');
}

/** Each target's better row of two measurements (a missing value loses). */
export function betterRows(a: readonly TargetRow[], b: readonly TargetRow[]): TargetRow[] {
  return a.map((r, k) => {
    const other = b[k]!;
    if (other.value === undefined) return r;
    if (r.value === undefined) return other;
    const better = r.direction === 'atLeast' ? other.value > r.value : other.value < r.value;
    return better ? other : r;
  });
}

export const targetFailures = (rows: readonly TargetRow[]): string[] =>
  rows
    .filter((r) => !r.withinLimit)
    .map((r) => `${r.what}: ${r.value?.toFixed(2)}× against a limit of ${r.limit.toFixed(2)}×`);
