/**
 * `--jobs N`: the input is cut into blocks (blocks.ts), run by this thread and N - 1 worker
 * threads, and the outputs are written in input order: the same bytes as one job writes.
 *
 * Each worker is kept given a few blocks ahead of the output (one until it has started); this
 * thread runs the blocks between, writing as it goes when nothing before is left to write, and
 * otherwise, while a worker runs the block being waited for, runs a later one and keeps its
 * output. Block 0 is this thread's, so a one-block input starts no worker. Outputs of blocks
 * run ahead are UTF-8 bytes in buffers that go back and forth (spare-buffers.ts), as workers'
 * are, transferred rather than copied. Given every other block whatever their speed, this
 * thread, which also reads, cuts and writes, was the bottleneck: sentences --jobs 2 on 100 MB
 * ran at 1.2× one job, now 1.33–1.39×.
 *
 * Why this thread runs blocks too, rather than N workers: on 2 cores, three busy threads (two
 * workers, and this one reading and writing) competed for two cores, and a third heap made
 * peak RSS 4.5× one job's. Why an output kept is bytes: kept as strings until the blocks before
 * it were written (9 MB of tsv per 1M code units), a block's output went into the old
 * generation, and tokenize --format tsv on 100 MB took 4.3 s on this thread alone against 2.9 s
 * as one job.
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

/** How many blocks a worker is given ahead (one until it has answered: starting takes a while). */
const IN_FLIGHT = 4;

/** How many blocks this thread runs ahead of the output while a worker runs the one before. */
const RUN_AHEAD = 4;

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

/** Output buffers (`count` kept: a worker's blocks in flight): a block of news makes about 1.3 MB of tsv, more of jsonl. */
export const outputBuffers = (count = IN_FLIGHT + 2): SpareBuffers => new SpareBuffers(1 << 21, count, 1 << 24);

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

/** A block read and not yet written: its result once run, and the worker's answer while it runs there. */
interface Entry {
  task: BlockTask;
  /** Set once a worker, or this thread ahead of the output, has run it. */
  result: BlockResult | null;
  /** The worker's answer, when a worker runs it. */
  running: Promise<BlockResult> | null;
  /** The worker that runs it, or -1. */
  worker: number;
}

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
  const spareOutputs = outputBuffers(RUN_AHEAD + 1);
  const workers = new Workers(o, workerUrl);
  const output = new OrderedOutput(o, write);
  const blocks = tasksOf(o, input, spareBlocks)[Symbol.asyncIterator]();
  /** The blocks read and not yet written, in input order. */
  const queue: Entry[] = [];
  let more = true;
  /** Reads the next block into the queue; false at the end of the input. */
  const read = async (): Promise<boolean> => {
    const next = more ? await blocks.next() : null;
    if (next === null || next.done === true) return (more = false);
    queue.push({ task: next.value, result: null, running: null, worker: -1 });
    return true;
  };
  /** The first block that no thread has taken, reading one when there is none (null at the end). */
  const untaken = async (): Promise<Entry | null> => {
    const found = queue.find((e) => e.result === null && e.running === null);
    return found ?? ((await read()) ? queue[queue.length - 1]! : null);
  };
  try {
    // Block 0 is this thread's: a one-block input starts no worker.
    await read();
    for (;;) {
      // Workers are given blocks ahead of the output, so that theirs are ready when it gets there.
      if (queue.length > 0) {
        for (let w = workers.wanting(); w >= 0 && (await read()); w = workers.wanting()) {
          const entry = queue[queue.length - 1]!;
          entry.worker = w;
          entry.running = workers.run(w, entry.task);
          entry.running.then((r) => (entry.result = r)).catch(() => {});
        }
      }
      const head = queue[0];
      if (head === undefined) break;
      if (head.result === null && head.running === null) {
        // Nothing before it is left to write: run it here, writing as it goes.
        queue.shift();
        await output.runHere(head.task);
        spareBlocks.give(head.task.bytes.buffer as ArrayBuffer);
        continue;
      }
      if (head.result === null) {
        // A worker is running the head: meanwhile run a later block here, its output kept.
        await yieldToMessages();
        if (head.result === null && queue.filter((e) => e.running === null && e.result !== null).length < RUN_AHEAD) {
          const ahead = await untaken();
          if (ahead !== null) {
            ahead.result = runBlock(o, ahead.task, spareOutputs);
            continue;
          }
        }
      }
      const result = head.result ?? (await head.running!);
      queue.shift();
      await output.add(result);
      if ('output' in result) {
        const buffer = result.output.buffer as ArrayBuffer;
        if (head.worker < 0) spareOutputs.give(buffer);
        else workers.giveBack(head.worker, buffer);
        spareBlocks.give(result.input);
      }
    }
  } finally {
    await workers.close();
  }
  return output.replacements;
}

/** Lets the messages that have arrived from workers be handled (their results are set). */
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The `o.jobs - 1` workers, each started when it is first given a block. */
class Workers {
  private readonly helpers: Array<{
    worker: Worker;
    /** The blocks sent to it, answered in the order sent. */
    pending: Array<{ resolve: (r: BlockResult) => void; reject: (e: unknown) => void }>;
    /** Its output buffers, written and given back, to be sent with its next blocks. */
    spares: ArrayBuffer[];
    /** Whether it has answered (until then it is given one block: starting takes 30 to 100 ms). */
    answered: boolean;
  }> = [];

  constructor(
    private readonly o: CliOptions,
    private readonly url: URL,
  ) {}

  /** The worker with the fewest blocks, when it has room for another; -1 when none has. */
  wanting(): number {
    let best = -1;
    for (let w = 0; w < this.o.jobs - 1; w++) {
      const helper = this.helpers[w];
      if (helper === undefined) return best === -1 ? w : best;
      const room = (helper.answered ? IN_FLIGHT : 1) - helper.pending.length;
      if (room > 0 && (best === -1 || helper.pending.length < this.helpers[best]!.pending.length)) best = w;
    }
    return best;
  }

  /** Sends a block to worker `w`. */
  run(w: number, task: BlockTask): Promise<BlockResult> {
    const helper = this.helpers[w] ?? this.start(w);
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

  /** Gives an output buffer of worker `w`, now written, back to it. */
  giveBack(w: number, buffer: ArrayBuffer): void {
    this.helpers[w]?.spares.push(buffer);
  }

  close(): Promise<unknown> {
    return Promise.all(this.helpers.map((h) => h.worker.terminate()));
  }

  private start(w: number): (typeof this.helpers)[number] {
    const worker = new Worker(this.url, {
      workerData: { options: this.o },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const helper = {
      worker,
      pending: [] as (typeof this.helpers)[number]['pending'],
      spares: [],
      answered: false,
    };
    worker.on('message', (r: BlockResult) => {
      helper.answered = true;
      helper.pending.shift()?.resolve(r);
    });
    worker.on('error', (e) => {
      for (const p of helper.pending.splice(0)) p.reject(e);
    });
    this.helpers[w] = helper;
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
