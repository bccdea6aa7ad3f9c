/**
 * Sentence segmentation of a text that arrives in pieces. The sentence scanner records whether a
 * decision read up to the end of the text it was given (`readToEnd_`): every sentence decided
 * before that is final, whatever text follows. The rest is scanned again when more text has come
 * (once it has doubled: see pending.ts).
 */
import {
  hasCandidate,
  isGap,
  isSeparator,
  SentenceScanner,
  resolveSentenceOptions,
  type Resolved,
  type Sentence,
  type SentenceOptions,
  WRAP_REACH,
} from '../segment/sentences.ts';
import { isLowSurrogate } from '../chars/index.ts';
import { MAX_STRING_LENGTH, PendingText, RecordTooLongError, type ItemChunker } from './pending.ts';

/**
 * A held sentence this long (in code units) with no candidate yet has its first part handed to
 * `onPrefix`, when there is one: a 256 MB line of words with no terminator was held whole, as
 * pieces and then as the flat string the scanner reads, 640 MB of RSS, at half the speed of the
 * same text in lines.
 */
const PREFIX_AT = 1 << 20;

export class SentenceChunker implements ItemChunker<Sentence> {
  private readonly options: Resolved;
  private readonly pending: PendingText;
  /** The last scan ended in a sentence with no candidate at all (see `hasCandidate`). */
  private ranOut = false;
  /** The stream offset where the held sentence starts when its first part was handed over, or -1. */
  private prefixStart = -1;
  private readonly onPrefix: ((text: string) => void) | null;
  /** How long a held sentence grows before its first part is handed over. */
  private readonly prefixAt: number;
  /**
   * Where the held sentence may be cut (a stream offset, or -1): the last character that is not
   * a gap with a separator after it. Found in each piece as it comes: reading the held text, a
   * rope of pieces, would flatten it at every piece (a 256 MB word took 315 s).
   */
  private cut = -1;
  /** The last character that is not a gap in the held text (stream offset), or -1. */
  private lastNonGap = -1;

  /**
   * `offset`: where this input starts in a longer text (offsets are reported from there);
   * `limit`: the longest sentence, in code units (the CLI lowers it in its tests); `handOver`:
   * for a writer of sentence texts only (the CLI's text format), whose `write` then receives
   * the first part of a long sentence with no candidate yet as it comes (once `after` code units
   * are held, PREFIX_AT by default), and the sentence emitted later holds the rest of its text
   * only (its offsets are the whole sentence's).
   */
  constructor(
    options?: SentenceOptions,
    offset = 0,
    private readonly limit = MAX_STRING_LENGTH,
    handOver: { write: (text: string) => void; after?: number } | null = null,
  ) {
    this.onPrefix = handOver?.write ?? null;
    this.prefixAt = handOver?.after ?? PREFIX_AT;
    this.options = resolveSentenceOptions(options);
    // S17 reads the line before a line break from the break back: keep that much before a sentence.
    this.pending = new PendingText(limit, this.options.lineBreaks === 'wrapped' ? WRAP_REACH + 2 : 2);
    this.pending.base = offset;
  }

  push(chunk: string, emit: (sentence: Sentence) => void): void {
    const p = this.pending;
    const scan = () => this.scan(false, emit);
    // A sentence that ran out of text, followed by text the scanner would not stop at, only grows.
    if (this.ranOut && !hasCandidate(chunk)) {
      const at = p.base + p.text.length;
      p.append(chunk, scan);
      if (this.onPrefix !== null && this.ranOut) this.findCut(chunk, 0, at);
    } else {
      // Until the next scan, the held sentence may hold a candidate (the scan sets it again).
      this.ranOut = false;
      p.receive(chunk, scan);
    }
    if (this.onPrefix === null || !this.ranOut) return;
    if (p.unfinished >= this.prefixAt && this.cut >= 0) this.handOver(this.onPrefix);
    // A sentence handed over in parts is no longer held, but its length has the same limit.
    if (this.prefixStart >= 0 && p.base + p.text.length - this.prefixStart > this.limit)
      throw new RecordTooLongError(this.limit, this.prefixStart);
  }

  end(emit: (sentence: Sentence) => void): void {
    this.scan(true, emit);
  }

  /**
   * Notes where the held sentence may be cut in `text[from..]` (at stream offset `at`): before
   * its last separator, at the last character before that which is not a gap. Read from the
   * end: as far back as the last separator.
   */
  private findCut(text: string, from: number, at: number): void {
    let last = text.length - 1;
    while (last >= from && isGap(String.prototype.charCodeAt.call(text, last))) last--;
    let separator = text.length - 1;
    while (separator >= from && !isSeparator(String.prototype.charCodeAt.call(text, separator))) separator--;
    if (separator >= from) {
      let cut = separator - 1;
      while (cut >= from && isGap(String.prototype.charCodeAt.call(text, cut))) cut--;
      const found = cut >= from ? at + cut - from : this.lastNonGap;
      if (found >= 0) this.cut = found;
    }
    if (last >= from) this.lastNonGap = at + last - from;
  }

  /**
   * Hands over the held sentence up to the cut, keeping the rest: no decision the scanner makes
   * at a later candidate reads further back. A terminator's token is read back to the last
   * separator (tokenizeChunk_), which comes after the cut; trimming and S11's line start back to
   * the character kept first, which is not a gap; S17 back WRAP_REACH code units, which the
   * pending text keeps before what it keeps in wrapped mode; and the held text has no quote,
   * bracket or other candidate that a later decision would count.
   */
  private handOver(onPrefix: (text: string) => void): void {
    const p = this.pending;
    const text = p.text;
    let keep = this.cut - p.base;
    this.cut = -1;
    // The kept text starts with a whole character (not a low surrogate's half).
    if (keep > p.cursor && isLowSurrogate(String.prototype.charCodeAt.call(text, keep))) keep--;
    // The held text may start with the gaps after the last sentence, no part of this one.
    let from = p.cursor;
    while (from < keep && isGap(String.prototype.charCodeAt.call(text, from))) from++;
    if (keep <= from) return;
    if (this.prefixStart < 0) this.prefixStart = p.base + from;
    onPrefix(text.slice(from, keep));
    p.consumeTo(keep);
  }

  private scan(final: boolean, emit: (sentence: Sentence) => void): void {
    const p = this.pending;
    const s = new SentenceScanner(p.text, this.options);
    p.drain(
      s,
      () => final || !s.readToEnd_,
      () => {
        // A sentence whose first part was handed over: the rest of its text, its whole offsets.
        const start = this.prefixStart >= 0 ? this.prefixStart : p.base + s.start;
        this.prefixStart = -1;
        emit({ text: p.text.slice(s.start, s.end), start, end: p.base + s.end });
      },
    );
    // The unfinished sentence, held from its start, has no candidate: it ran out of text.
    this.ranOut = p.unfinished > 0 && !hasCandidate(p.text, p.cursor);
    this.cut = this.lastNonGap = -1;
    // The held text is flat here (the scanner read it): where it may be cut is found at once.
    if (this.onPrefix !== null && this.ranOut) this.findCut(p.text, p.cursor, p.base + p.cursor);
  }
}
