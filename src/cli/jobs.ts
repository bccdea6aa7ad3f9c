/**
 * `--jobs N`: the input is cut into blocks at line breaks, each block is processed by a worker
 * thread, and the outputs are written in input order. A block starts where the command does not
 * look across (after a line break; after a blank line for sentences in paragraph mode; before a
 * character that is not white space for `tokenize --whitespace`, whose space tokens span line
 * breaks), and carries its offset in the whole input and the script of the last letter before
 * it, so that the output is the same as with one job.
 *
 * Workers start only when there is a second block (a small input is processed here), at most
 * one per block in flight. They return their output encoded as UTF-8 bytes, transferred rather
 * than copied, so that this thread only reads, cuts and writes.
 */
import { Worker } from 'node:worker_threads';
import { Char, isHighSurrogate } from '../chars/index.ts';
import { resolveOptions } from '../normalize/options.ts';
import { lastLetterIsArabic } from '../stream/normalize-chunks.ts';
import { RecordTooLongError } from '../stream/pending.ts';
import { isGapAt } from '../tokenize/scanner.ts';
import type { CliOptions } from './args.ts';
import { createProcessor, type BlockStart } from './processors.ts';

/**
 * The young generation of each worker, in MB. A worker's default is smaller than the main
 * thread's, and tokenize --format tsv (a short string per token) spent 3.7× the main thread's
 * time in garbage collection: on 100 MB, 16 MB gave 15.6 s, 48 MB 10.0 s, 96 MB 8.7 s (one job:
 * 10.7 s) at 280, 330 and 410 MB peak RSS.
 */
const YOUNG_GENERATION_MB = 64;

/** About 1M code units per block: large enough that messaging costs little, small enough to balance. */
const BLOCK_SIZE = 1 << 20;

export interface BlockTask extends BlockStart {
  id: number;
  text: string;
}
export type BlockResult =
  | { id: number; output: Uint8Array }
  | { id: number; tooLong: { limit: number; offset: number } };

/** A block is fed to its processor in pieces of this many code units, as the input is read with one job. */
const FEED_SIZE = 1 << 16;

/**
 * Runs one block: what a worker does with a task. The block goes through the processor piece
 * by piece and each piece's output is encoded at once: joining the records of a whole block
 * (4.5M code units of tsv for 1M of input) kept them alive into the old generation, and the
 * workers spent more time collecting garbage than tokenizing.
 */
export function runBlock(options: CliOptions, task: BlockTask): BlockResult {
  try {
    const processor = createProcessor(options, task);
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [];
    let total = 0;
    const add = (output: string | string[]) => {
      const text = typeof output === 'string' ? output : output.join('');
      if (text.length === 0) return;
      const bytes = encoder.encode(text);
      parts.push(bytes);
      total += bytes.length;
    };
    const { text } = task;
    for (let k = 0; k < text.length; ) {
      let end = Math.min(text.length, k + FEED_SIZE);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      add(processor.push(text.slice(k, end)));
      k = end;
    }
    add(processor.end());
    // One array that owns its buffer, so that it can be transferred rather than copied.
    const output = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
      output.set(part, at);
      at += part.length;
    }
    return { id: task.id, output };
  } catch (e) {
    if (e instanceof RecordTooLongError) return { id: task.id, tooLong: { limit: e.limit, offset: e.offset } };
    throw e;
  }
}

/**
 * Where blocks may be cut, found piece by piece: each piece is read once, so cutting is linear
 * however long a line or paragraph is (searching the whole pending text on every read was
 * quadratic: 62 s for 64 MB with no blank line).
 */
class BlockCutter {
  private pieces: string[] = [];
  private length = 0;
  /** The last cut found in the pending text (its offset there), or 0. */
  private cut = 0;
  /** Paragraph mode: the line being read follows a line break and is blank so far. */
  private lineBlank = false;
  /** `--whitespace`: the last piece ended in a line break (its cut depends on the next character). */
  private breakAtEnd = false;

  constructor(
    private readonly blankLines: boolean,
    private readonly whitespace: boolean,
    private readonly limit: number,
    private offset = 0,
  ) {}

  /** Takes a piece; returns a block when one is at least BLOCK_SIZE long, or null. */
  push(piece: string): string | null {
    const start = this.length;
    if (this.breakAtEnd && piece.length > 0 && !isGapAt(piece, 0)) this.cut = start;
    this.breakAtEnd = false;
    let prev = -1;
    for (let k = piece.indexOf('\n'); k >= 0; prev = k, k = piece.indexOf('\n', k + 1)) {
      if (this.blankLines) {
        // A line break that ends a blank line (spaces, tabs, CR) after another line break.
        if (prev >= 0 ? isBlankRange(piece, prev + 1, k) : this.lineBlank && isBlankRange(piece, 0, k))
          this.cut = start + k + 1;
      } else if (!this.whitespace) this.cut = start + k + 1;
      else if (k + 1 >= piece.length) this.breakAtEnd = true;
      else if (!isGapAt(piece, k + 1)) this.cut = start + k + 1;
    }
    if (this.blankLines) {
      this.lineBlank =
        prev >= 0
          ? isBlankRange(piece, prev + 1, piece.length)
          : this.lineBlank && isBlankRange(piece, 0, piece.length);
    }
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.cut === 0 && this.length > this.limit) throw new RecordTooLongError(this.limit, this.offset);
    return this.length >= BLOCK_SIZE && this.cut > 0 ? this.take(this.cut) : null;
  }

  /** The rest of the input, or null when there is none. */
  end(): string | null {
    return this.length > 0 ? this.take(this.length) : null;
  }

  private take(cut: number): string {
    const all = this.pieces.join('');
    this.pieces = cut < all.length ? [all.slice(cut)] : [];
    this.length = all.length - cut;
    this.cut = 0;
    this.offset += cut;
    return all.slice(0, cut);
  }
}

/** Whether `piece[from, to)` holds only spaces, tabs and CR (read from the end: a line that is not blank stops at once). */
function isBlankRange(piece: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = piece.charCodeAt(k);
    if (c !== Char.ASCII_SPACE && c !== Char.CHARACTER_TABULATION && c !== Char.CARRIAGE_RETURN) return false;
  }
  return true;
}

/** Runs the blocks of `input` through up to `o.jobs` workers; `write` receives the outputs in order. */
export async function runParallel(
  o: CliOptions,
  input: AsyncIterable<string>,
  write: (output: string | Uint8Array) => Promise<void>,
  workerUrl: URL,
): Promise<void> {
  const sentenceBased = !o.lines && (o.command === 'sentences' || o.format === 'conllu');
  const cutter = new BlockCutter(
    sentenceBased && (o.sentences.lineBreaks === 'paragraph' || o.sentences.lineBreaks === 'wrapped'),
    !o.lines && o.command === 'tokenize' && o.whitespace,
    o.recordLimit,
  );
  // Only normalization's `spacing` reads the script of the last letter before a block.
  const needsLastLetter = o.command === 'normalize' && !o.lines && resolveOptions(o.normalize).spacing;
  const pool = new WorkerPool(o, workerUrl);
  const ordered = new OrderedOutput(o, write);
  let first: BlockTask | null = null;
  let id = 0;
  let offset = 0;
  let lastLetter = false;
  const task = (text: string): BlockTask => {
    const t: BlockTask = { id: id++, text, offset, lastLetterArabic: lastLetter };
    offset += text.length;
    if (needsLastLetter) lastLetter = lastLetterIsArabic(text, lastLetter);
    return t;
  };
  try {
    for await (const piece of input) {
      const block = cutter.push(piece);
      if (block === null) continue;
      // The first block waits: when it is the only one, it is processed here, with no worker.
      if (id === 0) first = task(block);
      else {
        if (first !== null) await ordered.add(pool.run(first));
        first = null;
        await ordered.add(pool.run(task(block)));
      }
    }
    const rest = cutter.end();
    if (first === null && id === 0) {
      await ordered.add(Promise.resolve(runBlock(o, task(rest ?? ''))));
    } else {
      if (first !== null) await ordered.add(pool.run(first));
      if (rest !== null) await ordered.add(pool.run(task(rest)));
    }
    await ordered.finish();
  } finally {
    await pool.close();
  }
}

/** Worker threads, started as blocks need them, up to `o.jobs`. */
class WorkerPool {
  private readonly all: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];

  constructor(
    private readonly o: CliOptions,
    private readonly url: URL,
  ) {}

  async run(task: BlockTask): Promise<BlockResult> {
    const w = await this.acquire();
    try {
      return await new Promise<BlockResult>((resolve, reject) => {
        w.once('message', (r: BlockResult) => {
          w.off('error', reject);
          resolve(r);
        });
        w.once('error', reject);
        w.postMessage(task);
      });
    } finally {
      this.release(w);
    }
  }

  close(): Promise<unknown> {
    return Promise.all(this.all.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w !== undefined) return Promise.resolve(w);
    if (this.all.length < this.o.jobs) {
      const started = new Worker(this.url, {
        workerData: { options: this.o },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      this.all.push(started);
      return Promise.resolve(started);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const wake = this.waiting.shift();
    if (wake) wake(w);
    else this.idle.push(w);
  }
}

/**
 * Writes block outputs in input order, holding at most two blocks per job between reading and
 * writing: memory stays bounded when one block is slow and the blocks after it are done.
 */
class OrderedOutput {
  private readonly queue: Array<Promise<BlockResult>> = [];
  private sentenceCount = 0;

  constructor(
    private readonly o: CliOptions,
    private readonly write: (output: string | Uint8Array) => Promise<void>,
  ) {}

  async add(result: Promise<BlockResult>): Promise<void> {
    result.catch(() => {}); // awaited in order below; a failure is reported there
    this.queue.push(result);
    while (this.queue.length > 2 * this.o.jobs) await this.writeFirst();
  }

  async finish(): Promise<void> {
    while (this.queue.length > 0) await this.writeFirst();
  }

  private async writeFirst(): Promise<void> {
    const r = await this.queue.shift()!;
    if ('tooLong' in r) throw new RecordTooLongError(r.tooLong.limit, r.tooLong.offset);
    await this.write(this.renumber(r.output));
  }

  /** CoNLL-U sentence ids are numbered per block by the workers, and renumbered here in order. */
  private renumber(output: Uint8Array): string | Uint8Array {
    if (this.o.format !== 'conllu') return output;
    const before = this.sentenceCount;
    return Buffer.from(output.buffer, output.byteOffset, output.byteLength)
      .toString('utf8')
      .replace(/^# sent_id = (\d+)$/gm, (_, n: string) => `# sent_id = ${(this.sentenceCount = before + Number(n))}`);
  }
}
