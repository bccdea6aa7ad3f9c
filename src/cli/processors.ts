/**
 * What each command does to its input, as a `Processor`: text in, formatted output out, piece
 * by piece. The streaming processors are built on the chunkers behind the Web Streams, so that
 * memory stays bounded by the longest token, sentence or line; `--lines` processes each input
 * line on its own.
 */
import { latinRuns } from '../normalize/latin-runs.ts';
import { normalize } from '../normalize/normalize.ts';
import { sentences } from '../segment/sentences.ts';
import { NormalizeChunker } from '../stream/normalize-chunks.ts';
import type { ItemChunker } from '../stream/pending.ts';
import { SentenceChunker } from '../stream/sentence-chunks.ts';
import { TokenChunker } from '../stream/token-chunks.ts';
import { tokenize, type TokenizeOptions } from '../tokenize/tokenize.ts';
import { splitClitics } from '../clitics/split.ts';
import { transliterate, untransliterate } from '../transliterate/transliterate.ts';
import type { CliOptions } from './args.ts';
import { conlluBlock, lineRecord, normalizedRecord, scannedRecord, spanRecord } from './records.ts';

export interface Processor {
  /** Takes the next piece of input; returns the output that is now final. */
  push(text: string): string;
  /** Ends the input; returns the rest of the output. */
  end(): string;
}

/** Where a block of input starts in the whole input (for `--jobs`); zeros for the whole input. */
export interface BlockStart {
  /** UTF-16 offset of the block in the whole input. */
  offset: number;
  /** The script of the last letter before the block (normalization's `spacing` needs it). */
  lastLetterArabic: boolean;
}

const WHOLE_INPUT: BlockStart = { offset: 0, lastLetterArabic: false };

/** Splits text into lines (at LF; a CR before it is dropped) and writes what `onLine` returns. */
class Lines implements Processor {
  private partial = '';
  private offset: number;

  constructor(
    private readonly onLine: (line: string, offset: number) => string,
    offset = 0,
  ) {
    this.offset = offset;
  }

  push(text: string): string {
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      this.partial += text;
      return '';
    }
    const lines = (this.partial + text.slice(0, last)).split('\n');
    this.partial = text.slice(last + 1);
    let out = '';
    for (const line of lines) out += this.line(line);
    return out;
  }

  end(): string {
    const rest = this.partial;
    this.partial = '';
    return rest === '' ? '' : this.line(rest);
  }

  private line(raw: string): string {
    const out = this.onLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, this.offset);
    this.offset += raw.length + 1;
    return out;
  }
}

/** Feeds a chunker that emits items and collects their records. */
function emitting<T>(chunker: ItemChunker<T>, record: (item: T) => string): Processor {
  // Records are collected in an array and joined once per piece: appending to one string built
  // a rope of a node per record that was flattened on write.
  let out: string[] = [];
  const emit = (item: T) => {
    out.push(record(item));
  };
  const take = () => {
    const s = out.join('');
    out = [];
    return s;
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

/** The processor for a command with its options, over the whole input or one block of it. */
export function createProcessor(o: CliOptions, start: BlockStart = WHOLE_INPUT): Processor {
  const { format } = o;
  const tokenizeOptions: TokenizeOptions = { whitespace: o.whitespace, clitics: o.clitics ? splitClitics : false };
  const convert = (text: string) => (o.reverse ? untransliterate(text, o.scheme) : transliterate(text, o.scheme));
  if (o.lines) {
    switch (o.command) {
      case 'normalize':
        return new Lines((line) => `${normalizedRecord(format, normalize(line, o.normalize))}\n`);
      case 'tokenize':
        return new Lines((line) => `${lineRecord(format, 'tokens', tokenize(line, tokenizeOptions), true)}\n`);
      case 'sentences':
        return new Lines((line) => `${lineRecord(format, 'sentences', sentences(line, o.sentences), false)}\n`);
      case 'transliterate':
        return new Lines((line) => `${normalizedRecord(format, convert(line))}\n`);
      default:
        return new Lines((line) => `${lineRecord(format, 'runs', latinRuns(line), false)}\n`);
    }
  }
  switch (o.command) {
    case 'normalize': {
      const chunker = new NormalizeChunker(o.normalize, start.lastLetterArabic);
      if (format === 'text') return { push: (text) => chunker.push(text), end: () => chunker.end() };
      const lines = new Lines((line) => `${normalizedRecord(format, line)}\n`);
      return { push: (text) => lines.push(chunker.push(text)), end: () => lines.push(chunker.end()) + lines.end() };
    }
    case 'tokenize': {
      // jsonl writes Token objects (with clitic parts); text and tsv are written from the scanner.
      if (format === 'jsonl')
        return emitting(new TokenChunker(tokenizeOptions, start.offset), (t) => `${JSON.stringify(t)}\n`);
      if (format !== 'conllu')
        return emitting(new TokenChunker(tokenizeOptions, start.offset, scannedRecord(format)), (line) => line);
      let id = 0;
      return emitting(new SentenceChunker(o.sentences, start.offset), (s) => {
        const tokens = new TokenChunker(tokenizeOptions, s.start);
        const found: ReturnType<typeof tokenize> = [];
        tokens.push(s.text, (t) => found.push(t));
        tokens.end((t) => found.push(t));
        return conlluBlock(++id, s, found);
      });
    }
    case 'transliterate': {
      // One code unit in, one out, no context: any piece converts on its own (X1, X2).
      if (format === 'text') return { push: convert, end: () => '' };
      const lines = new Lines((line) => `${normalizedRecord(format, line)}\n`);
      return { push: (text) => lines.push(convert(text)), end: () => lines.end() };
    }
    case 'sentences':
      return emitting(new SentenceChunker(o.sentences, start.offset), (s) => `${spanRecord(format, s)}\n`);
    default:
      return new Lines(
        (line, offset) =>
          latinRuns(line)
            .map((r) => `${spanRecord(format, { text: r.text, start: offset + r.start, end: offset + r.end })}\n`)
            .join(''),
        start.offset,
      );
  }
}
