/**
 * Sentence segmentation of a text that arrives in pieces. The sentence scanner records whether a
 * decision read up to the end of the text it was given (`readToEnd_`): every sentence decided
 * before that is final, whatever text follows. The rest is scanned again when more text has come
 * (once it has doubled: see pending.ts).
 */
import {
  hasCandidate,
  SentenceScanner,
  resolveSentenceOptions,
  type Resolved,
  type Sentence,
  type SentenceOptions,
  WRAP_REACH,
} from '../segment/sentences.ts';
import { PendingText, type ItemChunker } from './pending.ts';

export class SentenceChunker implements ItemChunker<Sentence> {
  private readonly options: Resolved;
  private readonly pending: PendingText;
  /** The last scan ended in a sentence with no candidate at all (see `hasCandidate`). */
  private ranOut = false;

  /**
   * `offset`: where this input starts in a longer text (offsets are reported from there);
   * `limit`: the longest sentence held, in code units (the CLI lowers it in its tests).
   */
  constructor(options?: SentenceOptions, offset = 0, limit?: number) {
    this.options = resolveSentenceOptions(options);
    // S17 reads the line before a line break from the break back: keep that much before a sentence.
    this.pending = new PendingText(limit, this.options.lineBreaks === 'wrapped' ? WRAP_REACH + 2 : 2);
    this.pending.base = offset;
  }

  push(chunk: string, emit: (sentence: Sentence) => void): void {
    const scan = () => this.scan(false, emit);
    // A sentence that ran out of text, followed by text the scanner would not stop at, only grows.
    if (this.ranOut && !hasCandidate(chunk)) this.pending.append(chunk, scan);
    else this.pending.receive(chunk, scan);
  }

  end(emit: (sentence: Sentence) => void): void {
    this.scan(true, emit);
  }

  private scan(final: boolean, emit: (sentence: Sentence) => void): void {
    const p = this.pending;
    const s = new SentenceScanner(p.text, this.options);
    p.drain(
      s,
      () => final || !s.readToEnd_,
      () => emit({ text: p.text.slice(s.start, s.end), start: p.base + s.start, end: p.base + s.end }),
    );
    // The unfinished sentence, held from its start, has no candidate: it ran out of text.
    this.ranOut = p.unfinished > 0 && !hasCandidate(p.text, p.cursor);
  }
}
