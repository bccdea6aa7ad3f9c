/**
 * `npm run bench`: every benchmark, one report. Benchmarks import the built package (dist/), as
 * users do.
 *
 *   npm run bench               the full report (each case in a fresh process; about 25
 *                               minutes on 2 cores)
 *   npm run --silent bench -- --json
 *                               the same figures as one JSON document on stdout (without
 *                               --silent, npm writes its banner to stdout first)
 *   npm run bench -- --quick    1 MB inputs and shorter runs, for a first look
 *   npm run bench -- --check    the linear-time check at 1/16 of the sizes, asserting the ratios,
 *                               streaming memory on 50 MB and issue 15's targets (exit 1 when a
 *                               limit is exceeded); CI runs this
 *   npm run bench -- --targets  issue 15's targets alone (bench/targets.ts), checked the same way
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { cliJobs, cliJobsTable, MAX_JOBS_RSS_RATIO, MIN_JOBS_SPEEDUP } from './cli-jobs.ts';
import { DEFAULTS, measureGroup, table, withRatios, type Options, type Result } from './harness.ts';
import { INPUT_NAMES, input, type InputName, MB, madarText, pud4M, pudText, quranText } from './inputs.ts';
import { checkedLinearity, linearity, linearityFailures, MAX_SIZE_SLOWDOWN, type LinearityRow } from './linearity.ts';
import {
  abbreviationsPerLine,
  cliShapes,
  cliShapesTable,
  MAX_ABBREVIATION_SLOWDOWN,
  MIN_SINGLE_LINE_SHARE,
} from './cli-shapes.ts';
import { ALL_OPERATIONS, CHECKED_OPERATIONS, sizeMatrix, sizeMatrixTable } from './size-matrix.ts';
import { extraHeap, MEMORY_OPS } from './memory.ts';
import { streamingMemory, type StreamingRow } from './streaming.ts';
import { MAX_CLIFF_SLOWDOWN, stringCliff, stringCliffTable } from './string-cliff.ts';
import { normalizeCases } from './normalize.bench.ts';
import { betterRows, MARGIN, PUD, PUD_4M, sizeRatios, targetFailures, targetRows, targetsTable } from './targets.ts';
import { sentenceCases } from './sentences.bench.ts';
import { searchCases } from './search.bench.ts';
import { cliticCases, tokenizeCases } from './tokenize.bench.ts';

const GROUP_FLAG = '--group=';
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--json', '--quick', '--check', '--targets'].includes(a) && !a.startsWith(GROUP_FLAG)) {
    console.error(`bench: unknown flag ${a}; use --json, --quick, --check or --targets`);
    process.exit(2);
  }
}
/** Set in a child process of `measureInChild`: the one group to measure, as `group@input`. */
const only = [...args].find((a) => a.startsWith(GROUP_FLAG));
const json = args.has('--json') || only !== undefined;
const quick = args.has('--quick');
const check = args.has('--check');
const targetsOnly = args.has('--targets');
const log = (s: string) => {
  if (!json) console.log(s);
};
const progress = (s: string) => {
  if (!json) process.stderr.write(`  ${s}\n`);
};

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}`;
log(`arabic-text benchmarks on ${machine}${quick ? ' (quick)' : ''}${check ? ' (linear-time check)' : ''}\n`);

const options: Options = quick || check ? { warmup: 2, runs: 7, minMs: 30 } : { ...DEFAULTS, runs: 7 };
/** Fresh processes per case for the targets (`measureInChild`): every other pass in reverse order, each case keeping its fastest. */
const TARGET_PASSES = 3;

/** Issue 18's targets on the PUD text: `analyze` against `tokenSpans`, engine-style calls against one `normalize`. */
function searchTargets(rs: Result[]): string {
  const of = (name: string) => rs.find((r) => r.group === 'search' && r.input === PUD && r.name === name);
  const analyzeRow = of('analyze');
  const perWord = of('normalize + isStopword + stem, word by word');
  if (analyzeRow === undefined || perWord === undefined)
    return '\nsearch targets: no UD Arabic-PUD text (../shared absent)';
  const line = (what: string, ratio: number | undefined, goal: number) =>
    `- ${what}: ${ratio?.toFixed(2)}× (target ≥ ${goal}×: ${ratio !== undefined && ratio >= goal ? 'met' : 'MISSED'})`;
  return [
    '\n## Search targets (UD Arabic-PUD)\n',
    line('`analyze` against `tokenSpans`', analyzeRow.ratios.tokenSpans, 0.35),
    line(
      'normalize + isStopword + stem word by word against one whole-string normalize',
      perWord.ratios['normalize search (whole text)'],
      0.25,
    ),
  ].join('\n');
}

function linearityTable(rows: LinearityRow[]): string {
  const lines = [
    '| operation | input | slower per char | slower per item | checked | limit |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const verdict = r.limit === null ? 'shown, not checked' : `${r.limit}× ${r.ratio <= r.limit ? 'ok' : 'EXCEEDED'}`;
    lines.push(
      `| ${r.operation} | ${r.input} | ${r.perChar.toFixed(2)}× | ${r.perItem === null ? '' : `${r.perItem.toFixed(2)}×`} | ${r.ratio.toFixed(2)}× | ${verdict} |`,
    );
  }
  return lines.join('\n');
}

/** Peak RSS allowed for tokenizing a file as a stream (issue: 200 MB in less than 100 MB). */
const STREAMING_RSS_LIMIT_MB = 100;

function streamingTable(rows: StreamingRow[]): string {
  const lines = ['| path | file | peak RSS | limit | time | speed |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const verdict = r.maxRssMB < STREAMING_RSS_LIMIT_MB ? 'ok' : 'EXCEEDED';
    lines.push(
      `| ${r.path} | ${r.sizeMB.toFixed(0)} MB | ${r.maxRssMB.toFixed(1)} MB | < ${STREAMING_RSS_LIMIT_MB} MB ${verdict} | ${r.seconds.toFixed(1)} s | ${r.mbPerSecond.toFixed(1)} MB/s |`,
    );
  }
  return lines.join('\n');
}

const size = quick ? MB : 4 * MB;
const QURAN = 'Tanzil Quran (Uthmani)';
const MADAR = 'UD MADAR Levantine (repeated)';
const GROUPS = {
  normalize: normalizeCases,
  tokenize: tokenizeCases,
  clitics: cliticCases,
  sentences: sentenceCases,
  search: searchCases,
};
type Group = keyof typeof GROUPS;

/** An input by its name: generated, or real text from ../shared (null when absent). */
function inputText(name: string): string | null {
  if (name === PUD) return pudText();
  if (name === PUD_4M) return pud4M();
  if (name === QURAN) return quranText();
  if (name === MADAR) return madarText(size);
  return input(name as InputName, size);
}

// The child side of `measureInChild`: one case (by its index) of one group on one input, its
// result as JSON on stdout ([] past the group's last case).
if (only !== undefined) {
  const [group, rest] = only.slice(GROUP_FLAG.length).split('@') as [Group, string];
  const [name, index] = rest.split('#') as [string, string];
  const c = GROUPS[group](name, inputText(name)!)[Number(index)];
  console.log(JSON.stringify(c === undefined ? [] : measureGroup([c], options)));
  process.exit(0);
}

/**
 * Measures one group on one input, **each case in a fresh Node process**, `passes` times over
 * (the cases in reverse order on every other pass), each case keeping its fastest pass; the
 * ratios against the group's baselines are then quotients of those medians. A case that ran
 * in the same process as another inherited its garbage: `sentenceSpans` on PUD text gave 70
 * Mchar/s measured in rounds with the Intl.Segmenter baseline and 111 alone; `tokenSpans` 27×
 * Intl that way and 47× alone (Intl itself runs at the same speed either way).
 */
function measureInChild(group: Group, name: string, passes = 1): Result[] {
  const flags = [...args].filter((a) => a !== '--json');
  const one = (k: number): Result[] => {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, ...flags, `${GROUP_FLAG}${group}@${name}#${k}`],
      { encoding: 'utf8', maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (r.status !== 0) throw new Error(`bench: ${group} on ${name} failed in its child process (exit ${r.status})`);
    return JSON.parse(r.stdout) as Result[];
  };
  const best: Result[] = [];
  for (let k = 0; ; k++) {
    const [first] = one(k);
    if (first === undefined) break;
    best.push(first);
  }
  for (let pass = 1; pass < passes; pass++) {
    const order = best.map((_, k) => k);
    if (pass % 2 === 1) order.reverse();
    for (const k of order) {
      const [again] = one(k);
      if (again !== undefined && again.medianMs < best[k]!.medianMs) best[k] = again;
    }
  }
  return withRatios(best);
}

/** The groups issue 15's targets read, on PUD text repeated to 4M code units, each case in fresh processes. */
const TARGET_GROUPS: Group[] = ['tokenize', 'normalize', 'sentences', 'clitics'];
const pudGroups = () => TARGET_GROUPS.flatMap((g) => measureInChild(g, PUD_4M, TARGET_PASSES));

/** Issue 15's targets on the PUD text, printed; the failures (none without ../shared, with a notice). */
function checkTargets(streaming: StreamingRow[]): string[] {
  if (pudText() === null) {
    log('\nissue 15 targets: skipped, no UD Arabic-PUD text (../shared absent)');
    return [];
  }
  const measure = () => targetRows({ results: pudGroups(), sizes: sizeRatios(3), streaming });
  let targets = measure();
  // As the other checks do: a row over its limit is measured once more and keeps its better
  // ratio (one CI run gave tokenSpans 0.16× the charCodeAt loop where four quiet runs gave
  // 0.21-0.27×: that loop's own speed varies up to 2× between processes).
  if (targetFailures(targets).length > 0) {
    log(`\n${targetsTable(targets)}\n\nover a limit: measuring the targets once more`);
    targets = betterRows(targets, measure());
  }
  log(`\n${targetsTable(targets)}`);
  return [
    ...targetFailures(targets),
    ...targets.filter((t) => t.value === undefined).map((t) => `${t.what}: not measured`),
  ];
}

if (targetsOnly) {
  const failed = checkTargets(streamingMemory([50]));
  if (failed.length > 0) console.error(`\ncheck failed: ${failed.join('; ')}`);
  process.exit(failed.length > 0 ? 1 : 0);
}

if (check) {
  const rows = checkedLinearity(1 / 16, options);
  log(linearityTable(rows));
  const failed = linearityFailures(rows);
  const sizes = sizeMatrix(CHECKED_OPERATIONS, 3);
  log(`\n${sizeMatrixTable(sizes)}`);
  failed.push(
    ...sizes
      .filter((r) => r.checked && r.ratio > MAX_SIZE_SLOWDOWN)
      .map((r) => `${r.operation} on ${r.family}: 4M ${r.ratio.toFixed(2)}× slower per char than 256K`),
  );
  const shapes = cliShapes(32, 1);
  log(`\n${cliShapesTable(shapes)}`);
  failed.push(
    ...shapes
      .filter((r) => r.maxRssMB > r.rssLimitMB)
      .map(
        (r) => `CLI ${r.command} on one line of ${r.input}: peak RSS ${r.maxRssMB.toFixed(0)} MB > ${r.rssLimitMB} MB`,
      ),
  );
  const abbreviations = abbreviationsPerLine(100_000);
  log(`\nsentences --lines with 1,000 abbreviations: ${abbreviations.ratio.toFixed(2)}× the time without`);
  if (abbreviations.ratio > MAX_ABBREVIATION_SLOWDOWN)
    failed.push(`sentences --lines with 1,000 abbreviations ${abbreviations.ratio.toFixed(2)}× slower`);
  const cliff = stringCliff(1, 5);
  log(`\n${stringCliffTable(cliff)}`);
  failed.push(
    ...cliff
      .filter((r) => r.slowdown > MAX_CLIFF_SLOWDOWN)
      .map((r) => `${r.operation} ${r.slowdown.toFixed(2)}× slower with String.prototype as a prototype`),
  );
  const streaming = streamingMemory([50]);
  log(`\n${streamingTable(streaming)}`);
  failed.push(
    ...streaming
      .filter((r) => r.maxRssMB >= STREAMING_RSS_LIMIT_MB)
      .map((r) => `${r.path}: peak RSS ${r.maxRssMB.toFixed(1)} MB`),
  );
  failed.push(...checkTargets(streaming));
  if (failed.length > 0) {
    console.error(`\ncheck failed: ${failed.join('; ')}`);
    process.exit(1);
  }
  log(
    `\nlinear-time check: ${rows.filter((r) => r.limit !== null).length} ratios within their limits; ${sizes.length} size-matrix ratios (4M vs 256K, fresh processes) within ${MAX_SIZE_SLOWDOWN}×; streaming memory within ${STREAMING_RSS_LIMIT_MB} MB`,
  );
  process.exit(0);
}

const inputs = [...INPUT_NAMES, ...(pudText() === null ? [] : [PUD]), ...(quranText() === null ? [] : [QURAN])];
const results: Result[] = [];
for (const name of inputs) {
  for (const group of Object.keys(GROUPS) as Group[]) {
    progress(`${group} on ${name} (a fresh process)…`);
    results.push(...measureInChild(group, name));
  }
}
// The dialect clitic rules on Levantine dialect text: the clitic group only (the other groups
// have the social input for chat-like text).
if (madarText(size) !== null) {
  progress('clitics on Levantine dialect (a fresh process)…');
  results.push(...measureInChild('clitics', MADAR));
}
progress('linear time…');
const linear = linearity(quick ? 1 / 8 : 1, options);
progress('size matrix (a fresh process per case)…');
const sizes = sizeMatrix(quick ? CHECKED_OPERATIONS : ALL_OPERATIONS, quick ? 2 : 5);
progress('CLI on one long line…');
const shapes = cliShapes(quick ? 32 : 256, quick ? 1 : 2);
const abbreviations = abbreviationsPerLine(100_000);
progress('CLI --jobs…');
const jobs = cliJobs(quick ? 20 : 100, quick ? 1 : 3);
progress('memory…');
// Sizes in million code units: 4M (the tokenizer issue's input) and 8M.
const memorySizes = quick ? [MB] : [4 * MB, 8 * MB];
const memory = memorySizes.flatMap((size) =>
  MEMORY_OPS.map((op) => ({ op, input: `news ${size / MB}M code units`, ...extraHeap(op, size) })),
);
progress('streaming memory…');
const streaming = streamingMemory(quick ? [20] : [50, 200]);
progress('String.prototype cliff (fresh processes)…');
const cliff = stringCliff(quick ? 1 : 3, quick ? 3 : 7);
progress('issue 15 size targets (fresh processes)…');
const targets =
  pudText() === null ? [] : targetRows({ results: pudGroups(), sizes: sizeRatios(quick ? 2 : 3), streaming });

if (json) {
  console.log(
    JSON.stringify(
      {
        machine,
        options,
        results,
        linearity: linear,
        sizes,
        shapes,
        abbreviations,
        jobs,
        memory,
        streaming,
        cliff,
        targets,
      },
      null,
      2,
    ),
  );
} else {
  log(table(results));
  log(searchTargets(results));
  log(
    `\n## Targets (issue 15, UD Arabic-PUD)\n\nRatios from the groups above and from fresh processes per size; \`bench:check\` fails below the checked limit (the goal, or the level reached where the goal is missed, less ${MARGIN * 100}%).\n\n${targetsTable(targets)}`,
  );
  log(
    `\n## Linear time\n\nSpeed at each size and on adversarial inputs:\n\n${table(linear.results)}\n\n${linearityTable(linear.rows)}`,
  );
  log(
    `\n## Size matrix\n\nHostile inputs at 256K, 1M and 4M code units, each case in a fresh process (ms per million code units):\n\n${sizeMatrixTable(sizes)}`,
  );
  log(
    `\n## The CLI on one long line\n\nThe same bytes as one line and in lines, each run a child process (best of 2): one line at ≥ ${MIN_SINGLE_LINE_SHARE * 100}% of the throughput, peak RSS ≤ 3 × the record + 120 MB.\n\n${cliShapesTable(shapes)}\n\n\`sentences --lines\` with 1,000 abbreviations on 100K lines: ${abbreviations.ratio.toFixed(2)}× the time without (${abbreviations.with.toFixed(2)} s against ${abbreviations.without.toFixed(2)} s).`,
  );
  log(
    `\n## The CLI with --jobs\n\nTargets: --jobs 2 at ≥ ${MIN_JOBS_SPEEDUP}× the throughput of one job, at ≤ ${MAX_JOBS_RSS_RATIO}× its peak RSS. ${cliJobsTable(jobs)}`,
  );
  log(
    `\n## Streaming memory\n\nA file tokenized as a stream, in a child process: peak RSS (Node itself included) stays flat as the file grows.\n\n${streamingTable(streaming)}`,
  );
  log(
    `\n## The String.prototype cliff\n\nEach operation on 4M code units of UD Arabic-PUD text in fresh processes, with objects whose prototype is String.prototype made first and without (best of 3 pairs; limit ${MAX_CLIFF_SLOWDOWN}×):\n\n${stringCliffTable(cliff)}`,
  );
  log(
    `\n## Memory\n\nExtra heap of one call (child process, no GC during the call): allocated (upper bound on the peak) / retained after GC (the result)\n${memory.map((m) => `- ${m.op} on ${m.input}: ${m.allocatedMB.toFixed(1)} MB allocated / ${m.retainedMB.toFixed(1)} MB retained, ${m.items.toLocaleString('en')} items (${((m.retainedMB * 2 ** 20) / m.items).toFixed(0)} B each)`).join('\n')}`,
  );
}
