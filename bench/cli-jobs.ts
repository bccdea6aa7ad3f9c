/**
 * Issue 13's `--jobs` targets: on 2 cores, `--jobs 2` at ≥ 1.3× the throughput of `--jobs 1`
 * for `tokenize --format tsv` and `sentences` on 100 MB of ordinary text, at ≤ 2× one job's
 * peak RSS. The text is UD Arabic-PUD repeated (real vocabulary), or generated news without
 * ../shared. Each run is a child process; runs of one and two jobs alternate, best of `tries`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { input, MB, pudText } from './inputs.ts';
import { peak } from './streaming.ts';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export const MIN_JOBS_SPEEDUP = 1.3;
export const MAX_JOBS_RSS_RATIO = 2;

export interface JobsRow {
  command: string;
  text: string;
  sizeMB: number;
  /** Best seconds and peak RSS with one job and with two. */
  one: { seconds: number; maxRssMB: number };
  two: { seconds: number; maxRssMB: number };
}

export function cliJobs(sizeMB: number, tries: number): JobsRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-text-jobs-'));
  try {
    const pud = pudText();
    const unit = Buffer.from(`${pud ?? input('news', 8 * MB)}\n`);
    const file = join(dir, 'text.txt');
    writeFileSync(file, Buffer.concat(Array.from({ length: Math.ceil((sizeMB * MB) / unit.length) }, () => unit)));
    const rows: JobsRow[] = [];
    for (const args of [['tokenize', '--format', 'tsv'], ['sentences']]) {
      const best = { one: { seconds: Infinity, maxRssMB: Infinity }, two: { seconds: Infinity, maxRssMB: Infinity } };
      for (let k = 0; k < tries; k++) {
        for (const [jobs, key] of [
          ['1', 'one'],
          ['2', 'two'],
        ] as const) {
          const r = peak([cli, ...args, '-q', '--jobs', jobs, file]);
          best[key] = {
            seconds: Math.min(best[key].seconds, r.seconds),
            maxRssMB: Math.min(best[key].maxRssMB, r.maxRssMB),
          };
        }
      }
      rows.push({ command: args.join(' '), text: pud === null ? 'generated news' : 'UD Arabic-PUD', sizeMB, ...best });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliJobsTable(rows: readonly JobsRow[]): string {
  const lines = [
    `On ${availableParallelism()} cores; best of the runs (fresh processes):`,
    '',
    '| command | text | size | --jobs 1 | --jobs 2 | speedup | peak RSS 1 → 2 | RSS ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const speedup = r.one.seconds / r.two.seconds;
    const rss = r.two.maxRssMB / r.one.maxRssMB;
    lines.push(
      `| ${r.command} | ${r.text} | ${r.sizeMB} MB | ${r.one.seconds.toFixed(2)} s | ${r.two.seconds.toFixed(2)} s | ${speedup.toFixed(2)}× ${speedup >= MIN_JOBS_SPEEDUP ? 'ok' : 'LOW'} | ${r.one.maxRssMB.toFixed(0)} → ${r.two.maxRssMB.toFixed(0)} MB | ${rss.toFixed(2)}× ${rss <= MAX_JOBS_RSS_RATIO ? 'ok' : 'HIGH'} |`,
    );
  }
  return lines.join('\n');
}
