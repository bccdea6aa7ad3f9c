/**
 * Issue 13's CLI shapes: the same bytes as one line and as ordinary lines (Latin words, one
 * Arabic word, NUL bytes), through `normalize`, `tokenize` and `sentences`, each run a child
 * process. One line must run at ≥ 80% of the throughput of the same text in lines, with peak
 * RSS ≤ 3 × the longest record + 120 MB. And `sentences --lines` with 1,000 abbreviations must
 * cost about what it costs with none (the options were once resolved for every line: 35×).
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peak } from './streaming.ts';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export const MIN_SINGLE_LINE_SHARE = 0.8;
/** A superlinear per-line cost would be tens of times slower; noise is below this. */
export const MAX_ABBREVIATION_SLOWDOWN = 1.5;

export interface ShapeRow {
  command: string;
  input: string;
  sizeMB: number;
  /** Seconds as one line, and as lines. */
  single: number;
  lines: number;
  /** Throughput as one line over throughput as lines. */
  share: number;
  maxRssMB: number;
  rssLimitMB: number;
}

const SHAPES: Record<string, string> = { Latin: 'lorem ipsum dolor sit amet ', 'Arabic word': 'ب', 'NUL bytes': '\0' };

/** Writes `bytes` bytes of `unit` repeated, with a line break every `lineLength` units (0: none). */
function writeRepeated(path: string, unit: string, bytes: number, lineLength: number): void {
  const line = lineLength === 0 ? unit : `${unit.repeat(Math.ceil(lineLength / unit.length)).slice(0, lineLength)}\n`;
  const block = Buffer.from(line.repeat(Math.ceil((1 << 20) / Buffer.byteLength(line))));
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; ) {
    const piece = block.subarray(0, Math.min(block.length, bytes - written));
    writeSync(fd, piece);
    written += piece.length;
  }
  closeSync(fd);
}

/** The best of `tries` runs (time and peak RSS). */
function best(args: string[], tries: number): { seconds: number; maxRssMB: number } {
  let seconds = Infinity;
  let maxRssMB = Infinity;
  for (let k = 0; k < tries; k++) {
    const r = peak(args);
    seconds = Math.min(seconds, r.seconds);
    maxRssMB = Math.min(maxRssMB, r.maxRssMB);
  }
  return { seconds, maxRssMB };
}

export function cliShapes(sizeMB: number, tries: number): ShapeRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-text-shapes-'));
  const rows: ShapeRow[] = [];
  try {
    const bytes = sizeMB * 2 ** 20;
    for (const [input, unit] of Object.entries(SHAPES)) {
      const single = join(dir, 'single.txt');
      const lines = join(dir, 'lines.txt');
      writeRepeated(single, unit, bytes, 0);
      writeRepeated(lines, unit, bytes, unit === 'ب' ? 50 : 100);
      for (const command of ['normalize', 'tokenize', 'sentences']) {
        // One token per NUL byte: tokenize is measured on the other two shapes.
        if (command === 'tokenize' && input === 'NUL bytes') continue;
        const one = best([cli, command, '-q', single], tries);
        const many = best([cli, command, '-q', lines], tries);
        rows.push({
          command,
          input,
          sizeMB,
          single: one.seconds,
          lines: many.seconds,
          share: many.seconds / one.seconds,
          maxRssMB: one.maxRssMB,
          rssLimitMB: 3 * sizeMB + 120,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** `sentences --lines` on 100K lines with 1,000 abbreviations over without: seconds and ratio. */
export function abbreviationsPerLine(lineCount: number): { without: number; with: number; ratio: number } {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-text-abbr-'));
  try {
    const file = join(dir, 'lines.txt');
    // Lines of 59 code units, about 100 bytes of UTF-8 each.
    writeRepeated(file, 'قال د. أحمد إن النمو بلغ 3.5% في عام 2020. ', lineCount * 100, 59);
    const list = Array.from({ length: 1000 }, (_, k) => `اختصار${k}.`).join(',');
    const without = best([cli, 'sentences', '--lines', '-q', file], 2).seconds;
    const withList = best([cli, 'sentences', '--lines', '-q', '--abbreviations', list, file], 2).seconds;
    return { without, with: withList, ratio: withList / without };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliShapesTable(rows: readonly ShapeRow[]): string {
  const lines = [
    '| command | input | size | one line | in lines | share | peak RSS | RSS limit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const share = `${(r.share * 100).toFixed(0)}% ${r.share >= MIN_SINGLE_LINE_SHARE ? 'ok' : 'LOW'}`;
    const rss = `${r.maxRssMB.toFixed(0)} MB ${r.maxRssMB <= r.rssLimitMB ? 'ok' : 'EXCEEDED'}`;
    lines.push(
      `| ${r.command} | ${r.input} | ${r.sizeMB} MB | ${r.single.toFixed(2)} s | ${r.lines.toFixed(2)} s | ${share} | ${rss} | ${r.rssLimitMB} MB |`,
    );
  }
  return lines.join('\n');
}
