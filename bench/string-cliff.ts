/**
 * Issue 15's cliff: once any object in the process has String.prototype as its prototype, V8
 * read `text.charCodeAt(i)` through a slow path and the scanners ran 2-2.5× slower. Each
 * operation runs in a fresh process with such objects made first and in one without, alternating,
 * best of the runs; `npm run bench:check` fails when the first is more than 1.2× slower.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const caseScript = fileURLToPath(new URL('cliff-case.mjs', import.meta.url));

export const MAX_CLIFF_SLOWDOWN = 1.2;
/** The operations measured: the three scanners, and transliteration's table loop. */
const CLIFF_OPERATIONS = ['normalize search', 'tokenSpans', 'sentenceSpans', 'transliterate'];

export interface CliffRow {
  operation: string;
  /** Best ms without and with String.prototype as a prototype. */
  clean: number;
  subclass: number;
  slowdown: number;
}

function measure(operation: string, mode: 'clean' | 'subclass', runs: number): number {
  const r = spawnSync(process.execPath, [caseScript, operation, mode, String(runs)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: ${operation} (${mode}) failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { ms: number }).ms;
}

/**
 * `tries` pairs of fresh processes per operation; a row over the limit is measured once more and
 * keeps its better ratio (a process alone varies by ±30% on this 2-core machine).
 */
export function stringCliff(tries: number, runs: number): CliffRow[] {
  return CLIFF_OPERATIONS.map((operation) => {
    const row = (): CliffRow => {
      let clean = Infinity;
      let subclass = Infinity;
      for (let k = 0; k < tries; k++) {
        clean = Math.min(clean, measure(operation, 'clean', runs));
        subclass = Math.min(subclass, measure(operation, 'subclass', runs));
      }
      return { operation, clean, subclass, slowdown: subclass / clean };
    };
    const first = row();
    if (first.slowdown <= MAX_CLIFF_SLOWDOWN) return first;
    const second = row();
    return second.slowdown < first.slowdown ? second : first;
  });
}

export function stringCliffTable(rows: readonly CliffRow[]): string {
  const lines = [
    '| operation | clean process | String.prototype as a prototype | slowdown | limit |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const verdict = `${MAX_CLIFF_SLOWDOWN}× ${r.slowdown <= MAX_CLIFF_SLOWDOWN ? 'ok' : 'EXCEEDED'}`;
    lines.push(
      `| ${r.operation} | ${r.clean.toFixed(1)} ms | ${r.subclass.toFixed(1)} ms | ${r.slowdown.toFixed(2)}× | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
