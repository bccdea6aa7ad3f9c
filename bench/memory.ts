/**
 * Peak extra memory of one operation, measured in a child process: the peak resident set size
 * (getrusage maxRSS) minus the resident size just before the operation, with the input built
 * and garbage collected first. Run by run.ts as `node --expose-gc --import tsx bench/memory.ts OP SIZE`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MEMORY_OPS = ['tokenSpans', 'tokenize', 'sentences'] as const;
export type MemoryOp = (typeof MEMORY_OPS)[number];

/** Spawns the measurement; returns peak extra MB. */
export function peakExtraMB(op: MemoryOp, size: number): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), op, String(size)], { encoding: 'utf8' });
  return Number(out.trim());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [op, size] = [process.argv[2] as MemoryOp, Number(process.argv[3])];
  const lib = await import('../dist/index.js');
  const { input } = await import('./inputs.ts');
  const text = input('news', size);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const result = op === 'tokenSpans' ? lib.tokenSpans(text) : op === 'tokenize' ? lib.tokenize(text) : lib.sentences(text);
  const peakKB = process.resourceUsage().maxRSS;
  process.stdout.write(`${Math.max(0, peakKB * 1024 - before) / 2 ** 20}\n`);
  if ((result as { length: number }).length < 0) console.log('unreachable');
}
