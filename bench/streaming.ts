/**
 * Memory of large inputs: a file tokenized as a stream must take flat memory, whatever its size.
 * Each run is a child process (the CLI, or the Web Streams API) whose peak RSS is read at exit by
 * rss-probe.mjs; the file is written once per size into the OS temp directory and deleted after.
 * Peak RSS includes Node itself (about 40 MB for an empty script on this machine).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { input, MB } from './inputs.ts';

export interface StreamingRow {
  path: string;
  sizeMB: number;
  maxRssMB: number;
  seconds: number;
  mbPerSecond: number;
}

const probe = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const webStream = fileURLToPath(new URL('./web-stream-tokenize.mjs', import.meta.url));

/** Runs `node args` in a child process; its peak RSS and wall time. */
export function peak(args: string[]): { maxRssMB: number; seconds: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  const line = /@rss-probe (\{.*\})/.exec(r.stderr ?? '');
  if (r.status !== 0 || line === null) throw new Error(`bench: ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { maxRssMB: (JSON.parse(line[1]!) as { maxRssKB: number }).maxRssKB / 1024, seconds };
}

/** Tokenizes files of the given sizes (in MB of UTF-8) through the CLI and the Web Streams API. */
export function streamingMemory(sizesMB: readonly number[]): StreamingRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'arabic-text-bench-'));
  const rows: StreamingRow[] = [];
  try {
    // 8M code units of generated news (about 14 MB of UTF-8), repeated to the size.
    const piece = input('news', 8 * MB);
    for (const sizeMB of sizesMB) {
      const file = join(dir, `news-${sizeMB}.txt`);
      writeFileSync(file, '');
      while (statSync(file).size < sizeMB * 1e6) appendFileSync(file, piece);
      const size = statSync(file).size / 1e6;
      const runs: Array<[string, string[]]> = [
        ['CLI tokenize --format tsv', [cli, 'tokenize', '--format', 'tsv', file]],
        ['CLI tokenize (text)', [cli, 'tokenize', file]],
        ['Web Streams createTokenStream', [webStream, file]],
        ['Web Streams createTokenBatchStream', [webStream, file, '--batch']],
      ];
      for (const [path, args] of runs) {
        const { maxRssMB, seconds } = peak(args);
        rows.push({ path, sizeMB: size, maxRssMB, seconds, mbPerSecond: size / seconds });
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
