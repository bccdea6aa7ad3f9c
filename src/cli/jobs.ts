/**
 * `--jobs N`: the input is cut into blocks at line breaks, each block is processed by a worker
 * thread, and the outputs are written in input order. A block starts where the command does not
 * look across (after a line break; after a blank line for sentences in paragraph mode), and
 * carries its offset in the whole input and the script of the last letter before it, so that the
 * output is the same as with one job.
 */
import { Worker } from 'node:worker_threads';
import { lastLetterIsArabic } from '../stream/normalize-chunks.ts';
import type { CliOptions } from './args.ts';
import type { BlockStart } from './processors.ts';

/** About 1M code units per block: large enough that messaging costs little, small enough to balance. */
const BLOCK_SIZE = 1 << 20;

export interface BlockTask extends BlockStart {
  id: number;
  text: string;
}
export interface BlockResult {
  id: number;
  output: string;
}

/** The end of the last safe cut in `text` (a line break, or a blank line when `blankLines`), or -1. */
function lastCut(text: string, blankLines: boolean): number {
  for (let k = text.lastIndexOf('\n'); k >= 0; k = text.lastIndexOf('\n', k - 1)) {
    if (!blankLines) return k + 1;
    let j = k - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (j >= 0 && text[j] === '\n') return k + 1;
  }
  return -1;
}

/** Runs the blocks of `input` through `jobs` workers; `write` receives the outputs in order. */
export async function runParallel(
  o: CliOptions,
  input: AsyncIterable<string>,
  write: (text: string) => Promise<void>,
  workerUrl: URL,
): Promise<void> {
  const sentenceBased = !o.lines && (o.command === 'sentences' || o.format === 'conllu');
  const blankLines = sentenceBased && o.sentences.lineBreaks === 'paragraph';
  const workers = Array.from({ length: o.jobs }, () => new Worker(workerUrl, { workerData: { options: o } }));
  const idle: Worker[] = [...workers];
  const waiting: Array<(w: Worker) => void> = [];
  const done = new Map<number, string>();
  let nextToWrite = 0;
  let sentenceCount = 0;
  let failure: unknown = null;
  let flushing = Promise.resolve();

  const release = (w: Worker) => {
    const wake = waiting.shift();
    if (wake) wake(w);
    else idle.push(w);
  };
  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const w = idle.pop();
      if (w) resolve(w);
      else waiting.push(resolve);
    });
  // CoNLL-U sentence ids are numbered per block by the workers, and renumbered here in order.
  const renumber = (output: string) => {
    if (o.format !== 'conllu') return output;
    const before = sentenceCount;
    return output.replace(
      /^# sent_id = (\d+)$/gm,
      (_, n: string) => `# sent_id = ${(sentenceCount = before + Number(n))}`,
    );
  };
  const flush = async () => {
    while (done.has(nextToWrite)) {
      const output = done.get(nextToWrite)!;
      done.delete(nextToWrite++);
      await write(renumber(output));
      roomWaiters.shift()?.();
    }
  };
  // At most two blocks per worker between reading and writing: memory stays bounded when one
  // block is slow and the blocks after it are done.
  const roomWaiters: Array<() => void> = [];
  const room = async () => {
    while (id - nextToWrite >= 2 * o.jobs) await new Promise<void>((resolve) => roomWaiters.push(resolve));
  };
  const results: Array<Promise<void>> = [];
  const dispatch = async (task: BlockTask) => {
    const w = await acquire();
    results.push(
      new Promise<void>((resolve) => {
        const onMessage = (r: BlockResult) => {
          w.off('error', onError);
          done.set(r.id, r.output);
          release(w);
          flushing = flushing.then(flush);
          resolve();
        };
        const onError = (e: unknown) => {
          failure = e;
          resolve();
        };
        w.once('message', onMessage);
        w.once('error', onError);
        w.postMessage(task);
      }),
    );
  };

  let pending = '';
  let id = 0;
  let offset = 0;
  let lastLetter = false;
  const send = async (text: string) => {
    await room();
    const task: BlockTask = { id: id++, text, offset, lastLetterArabic: lastLetter };
    offset += text.length;
    lastLetter = lastLetterIsArabic(text, lastLetter);
    await dispatch(task);
  };
  try {
    for await (const piece of input) {
      pending += piece;
      if (pending.length < BLOCK_SIZE) continue;
      const cut = lastCut(pending, blankLines);
      if (cut <= 0) continue;
      const block = pending.slice(0, cut);
      pending = pending.slice(cut);
      await send(block);
      if (failure) throw failure;
    }
    if (pending.length > 0 || id === 0) await send(pending);
    await Promise.all(results);
    if (failure) throw failure;
    await flushing;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
