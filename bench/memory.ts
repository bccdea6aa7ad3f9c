/**
 * Extra heap of one operation, measured in a child process started with a 1 GB young generation
 * (so that no garbage collection runs during one call on 8M code units):
 * - allocated: heap and ArrayBuffer growth across the call, with nothing collected. Everything
 *   the call allocated, garbage included: an upper bound on its peak extra heap.
 * - retained: the growth that remains after a full collection while the result is kept: the
 *   result's own size, a lower bound on the peak.
 * Resident-set figures (getrusage) proved useless here: the call reuses pages that building the
 * input left resident, so RSS often does not move at all.
 * Run by run.ts as `node --expose-gc --max-semi-space-size=1024 --import tsx bench/memory.ts OP SIZE`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MEMORY_OPS = ['tokenSpans', 'tokenize', 'sentences'] as const;
export type MemoryOp = (typeof MEMORY_OPS)[number];

export interface MemoryFigures {
  allocatedMB: number;
  retainedMB: number;
  /** Tokens or sentences in the result. */
  items: number;
}

/** Tokens or sentences: tokenSpans gives three Int32 entries (start, end, kind) per token. */
const itemCount = (result: Int32Array | readonly unknown[]): number =>
  result instanceof Int32Array ? result.length / 3 : result.length;

/** Spawns the measurement. */
export function extraHeap(op: MemoryOp, size: number): MemoryFigures {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-semi-space-size=1024', '--import', 'tsx', fileURLToPath(import.meta.url), op, String(size)],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as MemoryFigures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [op, size] = [process.argv[2] as MemoryOp, Number(process.argv[3])];
  const lib = await import('../dist/index.js');
  const { input } = await import('./inputs.ts');
  const text = input('news', size);
  const gc = (globalThis as { gc: () => void }).gc;
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const run =
    op === 'tokenSpans'
      ? () => lib.tokenSpans(text)
      : op === 'tokenize'
        ? () => lib.tokenize(text)
        : () => lib.sentences(text);
  // ArrayBuffer backing stores are freed after a collection, asynchronously: settle first.
  const settle = async () => {
    gc();
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
  };
  run(); // warm up: the first call compiles, and plans and tables are built once
  await settle();
  const before = used();
  const result = run();
  const allocated = used() - before;
  await settle();
  const retained = used() - before;
  const MB = 2 ** 20;
  process.stdout.write(
    JSON.stringify({ allocatedMB: allocated / MB, retainedMB: retained / MB, items: itemCount(result) }),
  );
}
