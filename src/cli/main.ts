/**
 * The `arabic-text` command. Its own entry point (dist/cli.js): Node built-ins never reach the
 * library bundle. The same file is the worker script of `--jobs`.
 *
 * Exit status: 0 on success (also when stdout closes early, as with `| head`), 1 for input that
 * cannot be read (or invalid UTF-8 under --strict), 2 for a bad flag or value.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isHighSurrogate } from '../chars/index.ts';
import { RecordTooLongError } from '../stream/pending.ts';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.ts';
import { evaluate } from './eval.ts';
import { checkFiles, InputError, inputSize, readInput, readInputBytes, type InputStats } from './input.ts';
import { outputBuffers, runBlock, runParallel, type BlockMessage } from './jobs.ts';
import { createProcessor, type Output } from './processors.ts';
import { Progress } from './progress.ts';

declare const __VERSION__: string;

/** Output is handed to stdout in pieces of at most this many code units (one 256 MB record is not encoded at once). */
const WRITE_PIECE = 1 << 22;

/**
 * Writes to stdout, waiting when its buffer is full (so memory stays bounded); with `flushed`,
 * until the output has been written out, so that its bytes may be written over.
 */
async function write(output: Output | Uint8Array, flushed = false): Promise<void> {
  const pieces = typeof output === 'string' || output instanceof Uint8Array ? [output] : output;
  let last = pieces.length - 1;
  while (last >= 0 && pieces[last]!.length === 0) last--;
  for (let k = 0; k <= last; k++) {
    const piece = pieces[k]!;
    const lastPiece = flushed && k === last;
    if (typeof piece !== 'string' || piece.length <= WRITE_PIECE) {
      await writePiece(piece, lastPiece);
      continue;
    }
    for (let at = 0; at < piece.length; ) {
      let end = Math.min(piece.length, at + WRITE_PIECE);
      // Never between the two halves of a surrogate pair: each piece is encoded on its own.
      if (end < piece.length && isHighSurrogate(String.prototype.charCodeAt.call(piece, end - 1))) end--;
      await writePiece(piece.slice(at, end), lastPiece && end === piece.length);
      at = end;
    }
  }
}

/** Writes one piece; waits for its write to finish when `flushed` (earlier pieces are written before it). */
async function writePiece(text: string | Uint8Array, flushed: boolean): Promise<void> {
  if (text.length === 0) return;
  if (flushed) {
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return;
  }
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
    });
  }
}

async function run(o: CliOptions): Promise<number> {
  if (o.command === 'eval') {
    const { report, warnings } = await evaluate(o.files[0]!, o.format, o.lenient);
    process.stderr.write(warnings);
    await write(report);
    return 0;
  }
  await checkFiles(o.files);
  const stats: InputStats = { replacements: 0, bytes: 0 };
  const progress = Progress.create(await inputSize(o.files), o.quiet);
  const cores = availableParallelism();
  if (o.jobs > cores) {
    process.stderr.write(`arabic-text: --jobs ${o.jobs} is more than this machine's ${cores} cores; using ${cores}\n`);
    o.jobs = cores;
  }
  // With --jobs, UTF-8 stays bytes until the thread that runs a block decodes it.
  const read = o.jobs > 1 ? readInputBytes : readInput;
  const input = (async function* () {
    for await (const piece of read(o.files, o.strict, stats)) {
      progress?.update(stats.bytes);
      yield piece;
    }
  })();
  try {
    if (o.jobs > 1) {
      stats.replacements += await runParallel(o, input, write, new URL(import.meta.url));
    } else {
      const processor = createProcessor(o);
      for await (const text of input as AsyncIterable<string>) await write(processor.push(text));
      await write(processor.end());
    }
  } finally {
    progress?.done();
  }
  if (stats.replacements > 0) {
    process.stderr.write(
      `arabic-text: ${stats.replacements} invalid UTF-8 sequence${stats.replacements === 1 ? '' : 's'} replaced with U+FFFD\n`,
    );
  }
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  // A closed stdout (`| head`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`arabic-text: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      await write(USAGE);
      return 0;
    }
    if (parsed.kind === 'version') {
      await write(`${__VERSION__}\n`);
      return 0;
    }
    const limit = Number(process.env.ARABIC_TEXT_RECORD_LIMIT);
    if (limit > 0) parsed.options.recordLimit = Math.min(limit, parsed.options.recordLimit);
    return await run(parsed.options);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof RecordTooLongError) {
      process.stderr.write(
        `arabic-text: a record (a token, sentence or line) longer than ${e.limit} code units cannot be held: the one at input offset ${e.offset}\n`,
      );
      return 1;
    }
    throw e;
  }
}

function worker(): void {
  const { options } = workerData as { options: CliOptions };
  const spares = outputBuffers();
  parentPort!.on('message', ({ task, spare }: BlockMessage) => {
    if (spare !== null) spares.give(spare);
    const result = runBlock(options, task, spares);
    parentPort!.postMessage(result, 'output' in result ? [result.output.buffer as ArrayBuffer, result.input] : []);
  });
}

if (isMainThread) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
} else {
  worker();
}
