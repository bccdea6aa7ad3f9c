/**
 * `--jobs N`: the input is cut into blocks (blocks.ts), run by this thread and N - 1 worker
 * threads, and the outputs are written in input order: the same bytes as one job writes.
 *
 * Block k is run here when k is a multiple of N, and by worker (k mod N) - 1 otherwise, so a
 * one-block input starts no worker. Blocks are read up to four rounds ahead, so that each
 * worker has its next blocks queued while this thread runs its own. Workers return their
 * output as UTF-8 bytes, transferred rather than copied.
 *
 * Why this thread runs blocks too, rather than N workers: on 2 cores, three busy threads (two
 * workers, and this one reading and writing) competed for two cores, and a third heap made
 * peak RSS 4.5× one job's. Why it runs its blocks as one job runs the whole input, writing each
 * piece's output at once: held until the blocks before it were written (9 MB of tsv per 1M
 * code units), a block's output went into the old generation, and tokenize --format tsv on
 * 100 MB took 4.3 s on this thread alone against 2.9 s as one job.
 */
import { Worker } from 'node:worker_threads';
import { RecordTooLongError } from '../stream/pending.ts';
import type { CliOptions } from './args.ts';
import { blockBuffers, tasksOf, type BlockTask } from './blocks.ts';
import { decodeUtf8Pieces } from './input.ts';
import { createProcessor, type Output } from './processors.ts';
import { SpareBuffers } from './spare-buffers.ts';

export type { BlockTask } from './blocks.ts';

/**
 * The young generation of each worker, in MB. A worker's default is smaller than the main
 * thread's; with the default, tokenize --format tsv (then a string per token) spent 3.7× the
 * main thread's time in garbage collection.
 */
const YOUNG_GENERATION_MB = 16;

/** How many rounds of blocks (one per thread) are read ahead of the one being written. */
const ROUNDS_AHEAD = 4;

export type BlockResult =
  | {
      id: number;
      /** The block's output, at the start of a buffer that is given back once written. */
      output: Uint8Array;
      /** The buffer of the block's bytes, given back to the cutter. */
      input: ArrayBuffer;
      replacements: number;
    }
  | { id: number; tooLong: { limit: number; offset: number } };

/** What a worker is sent: a block, and an output buffer it may fill (one it filled before). */
export interface BlockMessage {
  task: BlockTask;
  spare: ArrayBuffer | null;
}

/**
 * A block is decoded and fed to its processor in pieces of this many bytes, as one job reads
 * its input. Decoded whole, a 256 KB block of Arabic became a 300 KB string, too large for the
 * young generation: the worker spent 67 ms of every 100 MB of sentences in garbage collection,
 * one job 9 ms.
 */
const FEED_BYTES = 1 << 16;

/** Output buffers: a block of news makes about 1.3 MB of tsv, more of jsonl. */
export const outputBuffers = (): SpareBuffers => new SpareBuffers(1 << 21, ROUNDS_AHEAD + 2, 1 << 24);

/**
 * Runs one block in a worker. Each piece's output is encoded and copied at once into one
 * buffer taken from `spares` (joining the records of a whole block kept them alive into the old
 * generation, and the workers spent more time collecting garbage than tokenizing), and handed
 * over in it, transferred rather than copied, so that this thread does not encode it.
 */
export function runBlock(options: CliOptions, task: BlockTask, spares: SpareBuffers): BlockResult {
  try {
    const processor = createProcessor(options, task, true);
    let out = Buffer.from(spares.take(0));
    let total = 0;
    const addPart = (part: string | Uint8Array) => {
      if (part.length === 0) return;
      // Strings are encoded in place: encoded on their own, each was a fresh buffer.
      const length = typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
      if (total + length > out.length) {
        const grown = Buffer.from(spares.take(Math.max(2 * out.length, total + length)));
        grown.set(out.subarray(0, total));
        spares.give(out.buffer);
        out = grown;
      }
      if (typeof part === 'string') out.write(part, total, length, 'utf8');
      else out.set(part, total);
      total += length;
    };
    const add = (output: Output) => {
      if (typeof output === 'string') addPart(output);
      else for (const part of output) addPart(part);
    };
    const count = { replacements: 0 };
    for (const piece of decodeUtf8Pieces(task.bytes, FEED_BYTES, count)) add(processor.push(piece));
    add(processor.end());
    return {
      id: task.id,
      output: out.subarray(0, total),
      input: task.bytes.buffer as ArrayBuffer,
      replacements: count.replacements,
    };
  } catch (e) {
    if (e instanceof RecordTooLongError) return { id: task.id, tooLong: { limit: e.limit, offset: e.offset } };
    throw e;
  }
}

/**
 * Writes output to stdout; with `flushed`, resolves once it has been written out, so that its
 * buffer may be filled again.
 */
export type Write = (output: Output | Uint8Array, flushed?: boolean) => Promise<void>;

/**
 * Runs the blocks of `input` on this thread and `o.jobs - 1` workers; `write` receives the
 * outputs in order. Returns the U+FFFD written for invalid UTF-8.
 */
export async function runParallel(
  o: CliOptions,
  input: AsyncIterable<string | Uint8Array>,
  write: Write,
  workerUrl: URL,
): Promise<number> {
  const spareBlocks = blockBuffers();
  const workers = new Workers(o, workerUrl);
  const output = new OrderedOutput(o, write);
  const blocks = tasksOf(o, input, spareBlocks)[Symbol.asyncIterator]();
  const ahead: Array<{ task: BlockTask; result: Promise<BlockResult> | null }> = [];
  let more = true;
  try {
    for (;;) {
      while (more && ahead.length < ROUNDS_AHEAD * o.jobs) {
        const next = await blocks.next();
        if (next.done === true) more = false;
        else {
          const task = next.value;
          ahead.push({ task, result: task.id % o.jobs === 0 ? null : workers.run(task) });
        }
      }
      const head = ahead.shift();
      if (head === undefined) break;
      if (head.result === null) {
        await output.runHere(head.task);
        spareBlocks.give(head.task.bytes.buffer as ArrayBuffer);
      } else {
        const result = await head.result;
        await output.add(result);
        if ('output' in result) {
          workers.giveBack(result.id, result.output.buffer as ArrayBuffer);
          spareBlocks.give(result.input);
        }
      }
    }
  } finally {
    await workers.close();
  }
  return output.replacements;
}

/** The `o.jobs - 1` workers, each started with its first block. */
class Workers {
  private readonly helpers: Array<{
    worker: Worker;
    /** The blocks sent to it, answered in the order sent. */
    pending: Array<{ resolve: (r: BlockResult) => void; reject: (e: unknown) => void }>;
    /** Its output buffers, written and given back, to be sent with its next blocks. */
    spares: ArrayBuffer[];
  }> = [];

  constructor(
    private readonly o: CliOptions,
    private readonly url: URL,
  ) {}

  /** Sends block k to worker (k mod o.jobs) - 1. */
  run(task: BlockTask): Promise<BlockResult> {
    const index = (task.id % this.o.jobs) - 1;
    const helper = this.helpers[index] ?? this.start(index);
    const result = new Promise<BlockResult>((resolve, reject) => {
      helper.pending.push({ resolve, reject });
      const spare = helper.spares.pop() ?? null;
      const message: BlockMessage = { task, spare };
      const transfer = [task.bytes.buffer as ArrayBuffer];
      if (spare !== null) transfer.push(spare);
      helper.worker.postMessage(message, transfer);
    });
    result.catch(() => {}); // awaited in order by runParallel; a failure is reported there
    return result;
  }

  /** Gives the output buffer of block `id`, now written, back to the worker that filled it. */
  giveBack(id: number, buffer: ArrayBuffer): void {
    this.helpers[(id % this.o.jobs) - 1]?.spares.push(buffer);
  }

  close(): Promise<unknown> {
    return Promise.all(this.helpers.map((h) => h.worker.terminate()));
  }

  private start(index: number): (typeof this.helpers)[number] {
    const worker = new Worker(this.url, {
      workerData: { options: this.o },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const helper = { worker, pending: [] as (typeof this.helpers)[number]['pending'], spares: [] };
    worker.on('message', (r: BlockResult) => helper.pending.shift()?.resolve(r));
    worker.on('error', (e) => {
      for (const p of helper.pending.splice(0)) p.reject(e);
    });
    this.helpers[index] = helper;
    return helper;
  }
}

/** Writes block outputs in input order, and renumbers CoNLL-U sentence ids, which each block numbers from 1. */
class OrderedOutput {
  replacements = 0;
  private sentenceCount = 0;

  constructor(
    private readonly o: CliOptions,
    private readonly write: Write,
  ) {}

  /**
   * Runs a block on this thread, writing each piece's output as it comes, written out before
   * the next piece is run so that the processor fills the same buffer again.
   */
  async runHere(task: BlockTask): Promise<void> {
    const before = this.sentenceCount;
    const processor = createProcessor(this.o, task, true);
    for (const piece of decodeUtf8Pieces(task.bytes, FEED_BYTES, this))
      await this.write(this.renumber(processor.push(piece), before), true);
    await this.write(this.renumber(processor.end(), before), true);
  }

  /** Writes a worker's output, and resolves once it is written out (its buffer is given back). */
  async add(r: BlockResult): Promise<void> {
    if ('tooLong' in r) throw new RecordTooLongError(r.tooLong.limit, r.tooLong.offset);
    this.replacements += r.replacements;
    await this.write(this.renumber(r.output, this.sentenceCount), true);
  }

  /** Sentence n of a block that follows `before` sentences becomes sentence before + n. */
  private renumber<T extends Output | Uint8Array>(output: T, before: number): T | string {
    if (this.o.format !== 'conllu') return output;
    // CoNLL-U output is strings, or a worker's bytes.
    const text =
      output instanceof Uint8Array
        ? Buffer.from(output.buffer, output.byteOffset, output.byteLength).toString('utf8')
        : typeof output === 'string'
          ? output
          : output.join('');
    return text.replace(
      /^# sent_id = (\d+)$/gm,
      (_, n: string) => `# sent_id = ${(this.sentenceCount = before + Number(n))}`,
    );
  }
}
