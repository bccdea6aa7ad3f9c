/**
 * What each command does to its input, as a `Processor`: text in, formatted output out, piece
 * by piece. The streaming processors are built on the chunkers behind the Web Streams, so that
 * memory stays bounded by the longest token, sentence or line; `--lines` processes each input
 * line on its own.
 */
import { latinRuns } from '../normalize/latin-runs.ts';
import { normalizePiece } from '../normalize/normalize.ts';
import { resolveOptions } from '../normalize/options.ts';
import { planFor } from '../normalize/plan.ts';
import { resolveSentenceOptions, SentenceScanner, type Sentence } from '../segment/sentences.ts';
import { NormalizeChunker } from '../stream/normalize-chunks.ts';
import type { ItemChunker } from '../stream/pending.ts';
import { SentenceChunker } from '../stream/sentence-chunks.ts';
import { TokenChunker } from '../stream/token-chunks.ts';
import { resolveTokenizeOptions, tokenizeWith, type Token, type TokenizeOptions } from '../tokenize/tokenize.ts';
import { splitClitics } from '../clitics/split.ts';
import { transliterate, untransliterate } from '../transliterate/transliterate.ts';
import { Char } from '../chars/index.ts';
import { checkRecordLength, MAX_STRING_LENGTH } from '../stream/pending.ts';
import type { CliOptions } from './args.ts';
import { conlluBlock, escapeField, lineRecord, normalizedRecord, spanRecord } from './records.ts';
import { Utf8Records } from './utf8-records.ts';

const ignore = () => {};

/** Output text, or its pieces: strings and UTF-8 bytes. */
export type Output = string | ReadonlyArray<string | Uint8Array>;

export interface Processor {
  /** Takes the next piece of input; returns the output that is now final (in pieces when long). */
  push(text: string): Output;
  /** Ends the input; returns the rest of the output. */
  end(): Output;
}

/** Where a block of input starts in the whole input (for `--jobs`); zeros for the whole input. */
export interface BlockStart {
  /** UTF-16 offset of the block in the whole input. */
  offset: number;
  /** The script of the last letter before the block (normalization's `spacing` needs it). */
  lastLetterArabic: boolean;
}

const WHOLE_INPUT: BlockStart = { offset: 0, lastLetterArabic: false };

/**
 * Splits text into lines and writes what `onLine` returns. A line ends at LF, CRLF or a lone CR
 * (as Hadoop's LineReader and Python's universal newlines read them), so that a record is one
 * line to every reader; the line end is not part of the line. U+2028, U+2029 and NEL stay inside.
 */
class Lines implements Processor {
  private partial = '';

  constructor(
    private readonly onLine: (line: string, offset: number) => string,
    private offset = 0,
    private readonly limit = MAX_STRING_LENGTH,
  ) {}

  push(text: string): string {
    // A CR at the very end may be the first half of a CRLF: it waits for the next piece.
    const last = lastLineEnd(text, text.endsWith('\r') ? text.length - 2 : text.length - 1);
    let block: string;
    if (last >= 0) {
      block = this.partial + text.slice(0, last + 1);
      this.partial = text.slice(last + 1);
    } else if (this.partial.endsWith('\r') && text.length > 0) {
      // The held CR was a lone one: its line is complete.
      block = this.partial;
      this.partial = text;
    } else {
      checkRecordLength(this.partial.length + text.length, this.limit, this.offset);
      this.partial += text;
      return '';
    }
    let out = '';
    let start = 0;
    while (start < block.length) {
      let end = start;
      while (
        String.prototype.charCodeAt.call(block, end) !== Char.LINE_FEED &&
        String.prototype.charCodeAt.call(block, end) !== Char.CARRIAGE_RETURN
      )
        end++;
      const width =
        String.prototype.charCodeAt.call(block, end) === Char.CARRIAGE_RETURN &&
        String.prototype.charCodeAt.call(block, end + 1) === Char.LINE_FEED
          ? 2
          : 1;
      out += this.line(block.slice(start, end), width);
      start = end + width;
    }
    checkRecordLength(this.partial.length, this.limit, this.offset);
    return out;
  }

  end(): string {
    const rest = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
    this.partial = '';
    return rest === '' ? '' : this.line(rest, 0);
  }

  private line(line: string, width: number): string {
    const out = this.onLine(line, this.offset);
    this.offset += line.length + width;
    return out;
  }
}

/** The index of the last LF or CR in `text` at or before `from`, or -1. */
function lastLineEnd(text: string, from: number): number {
  return from < 0 ? -1 : Math.max(text.lastIndexOf('\n', from), text.lastIndexOf('\r', from));
}

/** Output this long is handed over as its records, not joined: a 256 MB record is not copied again. */
const JOIN_LIMIT = 1 << 22;

/**
 * Feeds a chunker that emits items and collects their records, each followed by a line break
 * unless `record` writes its own. `make` is given a way to write text as it is (a sentence's
 * first part, handed over before the sentence ends).
 */
function emitting<T>(
  make: (writeText: (text: string) => void) => ItemChunker<T>,
  record: (item: T) => string,
  lineBreak = true,
): Processor {
  // Records are collected in an array and joined once per piece: appending to one string built
  // a rope of a node per record that was flattened on write. The line break is an element of
  // its own, so that a record that is a slice of the input stays one (`${text}\n` would be
  // flattened, a copy of the whole record, when written in pieces).
  let out: string[] = [];
  let length = 0;
  const writeText = (text: string) => {
    out.push(text);
    length += text.length;
  };
  const emit = (item: T) => {
    writeText(record(item));
    if (lineBreak) out.push('\n');
  };
  const chunker = make(writeText);
  const take = () => {
    const taken = length > JOIN_LIMIT ? out : out.join('');
    out = [];
    length = 0;
    return taken;
  };
  return {
    push(text) {
      chunker.push(text, emit);
      return take();
    },
    end() {
      chunker.end(emit);
      return take();
    },
  };
}

/**
 * The processor for a command with its options, over the whole input or one block of it.
 * `copied`: the caller copies each output before pushing more (its bytes may be reused).
 */
export function createProcessor(o: CliOptions, start: BlockStart = WHOLE_INPUT, copied = false): Processor {
  const { format, recordLimit: limit } = o;
  const tokenizeOptions: TokenizeOptions = { whitespace: o.whitespace, clitics: o.clitics ? splitClitics : false };
  const convert = (text: string) => (o.reverse ? untransliterate(text, o.scheme) : transliterate(text, o.scheme));
  const lines = (onLine: (line: string, offset: number) => string, offset = 0) => new Lines(onLine, offset, limit);
  if (o.lines) {
    // Options are resolved once, not for every line (1,000 abbreviations made each line 35× slower).
    switch (o.command) {
      case 'normalize': {
        const plan = planFor(resolveOptions(o.normalize));
        return lines((line) => `${normalizedRecord(format, normalizePiece(line, plan, false))}\n`);
      }
      case 'tokenize': {
        const resolved = resolveTokenizeOptions(tokenizeOptions);
        return lines((line) => `${lineRecord(format, 'tokens', tokenizeWith(line, resolved), true)}\n`);
      }
      case 'sentences': {
        const resolved = resolveSentenceOptions(o.sentences);
        // The scanner directly, with the options resolved above (`sentences` resolves its own).
        const sentencesOf = (line: string) => {
          const found: Sentence[] = [];
          for (const s = new SentenceScanner(line, resolved); s.next(); )
            found.push({ text: line.slice(s.start, s.end), start: s.start, end: s.end });
          return found;
        };
        return lines((line) => `${lineRecord(format, 'sentences', sentencesOf(line), false)}\n`);
      }
      case 'transliterate':
        return lines((line) => `${normalizedRecord(format, convert(line))}\n`);
      default:
        return lines((line) => `${lineRecord(format, 'runs', latinRuns(line), false)}\n`);
    }
  }
  switch (o.command) {
    case 'normalize': {
      const chunker = new NormalizeChunker(o.normalize, start.lastLetterArabic, limit);
      if (format === 'text') return { push: (text) => chunker.push(text), end: () => chunker.end() };
      const records = lines((line) => `${normalizedRecord(format, line)}\n`);
      return {
        push: (text) => records.push(chunker.push(text)),
        end: () => records.push(chunker.end()) + records.end(),
      };
    }
    case 'tokenize': {
      // jsonl writes Token objects (with clitic parts); text and tsv are written from the scanner.
      if (format === 'jsonl')
        return emitting(
          () => new TokenChunker(tokenizeOptions, start.offset, undefined, limit),
          (t) => JSON.stringify(t),
        );
      if (format !== 'conllu') {
        const records = new Utf8Records(format === 'tsv', copied);
        // In text format a long Arabic word is written as it comes, its record being its text alone.
        const chunker = new TokenChunker(
          tokenizeOptions,
          start.offset,
          records.write,
          limit,
          format === 'text' ? { write: records.writeText } : null,
        );
        return {
          push(text) {
            chunker.push(text, ignore);
            return records.take();
          },
          end() {
            chunker.end(ignore);
            return records.take();
          },
        };
      }
      let id = 0;
      return emitting(
        () => new SentenceChunker(o.sentences, start.offset, limit),
        (s) => {
          const tokens = new TokenChunker(tokenizeOptions, s.start);
          const found: Token[] = [];
          tokens.push(s.text, (t) => found.push(t));
          tokens.end((t) => found.push(t));
          return conlluBlock(++id, s, found);
        },
        false,
      );
    }
    case 'transliterate': {
      // One code unit in, one out, no context: any piece converts on its own (X1, X2).
      if (format === 'text') return { push: convert, end: () => '' };
      const records = lines((line) => `${normalizedRecord(format, line)}\n`);
      return { push: (text) => records.push(convert(text)), end: () => records.end() };
    }
    case 'sentences':
      // In text format a long sentence is written as it comes, its record being its text alone.
      return emitting(
        (writeText) =>
          new SentenceChunker(
            o.sentences,
            start.offset,
            limit,
            format === 'text' ? { write: (part) => writeText(escapeField(part)) } : null,
          ),
        (s) => spanRecord(format, s),
      );
    default:
      return lines(
        (line, offset) =>
          latinRuns(line)
            .map((r) => `${spanRecord(format, { text: r.text, start: offset + r.start, end: offset + r.end })}\n`)
            .join(''),
        start.offset,
      );
  }
}
