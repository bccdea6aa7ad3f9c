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
import { BMP_CLASS, BMP_SIZE, Class, isLowSurrogate } from '../chars/index.ts';
import { continuesArabicWordWith, isControlSymbol } from '../tokenize/scanner.ts';
import {
  checkRecordLength,
  HAND_OVER_AT,
  type HandOver,
  type ItemChunker,
  MAX_STRING_LENGTH,
  PendingText,
} from './pending.ts';

/** At least this much of a run with no space is kept when a sentence is cut inside it. */
const RUN_CONTEXT = 64;

/**
 * What a run with no space may be cut inside of: Arabic words and control symbols (see
 * `runCut`), one table lookup per code unit (the two tests per code unit took 375 ms of 1.5 s on
 * 64 MB of NUL bytes), built at the first use.
 */
let runUnits: Uint8Array | null = null;
function runTable(): Uint8Array {
  if (runUnits === null) {
    runUnits = new Uint8Array(BMP_SIZE);
    for (let u = 0; u < BMP_SIZE; u++) runUnits[u] = continuesArabicWordWith(u) || isControlSymbol(u) ? 1 : 0;
  }
  return runUnits;
}

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
   * Where the run of Arabic words and control symbols (no space) that the held text ends in
   * starts (a stream offset), when it starts the sentence or follows a separator; else -1. A
   * sentence with no space may be cut inside such a run.
   */
  private runStart = -1;
  /** The stream offset after the last separator in the held text, or -1. */
  private afterSeparator = -1;

  /**
   * `offset`: where this input starts in a longer text (offsets are reported from there);
   * `limit`: the longest sentence, in code units (the CLI lowers it in its tests); `handOver`:
   * for a writer of sentence texts only (the CLI's text format), whose `write` then receives
   * the first part of a long sentence with no candidate yet as it comes (once `after` code units
   * are held, HAND_OVER_AT by default), and the sentence emitted later holds the rest of its text
   * only (its offsets are the whole sentence's).
   */
  constructor(
    options?: SentenceOptions,
    offset = 0,
    private readonly limit = MAX_STRING_LENGTH,
    handOver: HandOver | null = null,
  ) {
    this.onPrefix = handOver?.write ?? null;
    this.prefixAt = handOver?.after ?? HAND_OVER_AT;
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
      if (this.onPrefix !== null && this.ranOut) this.findCut(chunk, 0, at, false);
    } else {
      // Until the next scan, the held sentence may hold a candidate (the scan sets it again).
      this.ranOut = false;
      p.receive(chunk, scan);
    }
    if (this.onPrefix === null || !this.ranOut) return;
    if (p.unfinished >= this.prefixAt && (this.cut >= 0 || this.runStart >= 0)) this.handOver(this.onPrefix);
    // A sentence handed over in parts is no longer held, but its length has the same limit.
    if (this.prefixStart >= 0)
      checkRecordLength(p.base + p.text.length - this.prefixStart, this.limit, this.prefixStart);
  }

  end(emit: (sentence: Sentence) => void): void {
    this.scan(true, emit);
  }

  /**
   * Notes where the held sentence may be cut in `text[from..]` (at stream offset `at`): before
   * its last separator, at the last character before that which is not a gap. Read from the
   * end: as far back as the last separator. `atCursor`: `text` is the held text from the cursor
   * (after a scan), so a run after nothing but gaps starts the sentence; else it is a new piece.
   */
  private findCut(text: string, from: number, at: number, atCursor: boolean): void {
    const unit = (k: number) => String.prototype.charCodeAt.call(text, k);
    // The run at the end first: no separator is in it, so a piece that is all run (NUL bytes, one
    // word) is read once.
    const inRun = runTable();
    let run = text.length;
    while (run > from && inRun[String.prototype.charCodeAt.call(text, run - 1)] === 1) run--;
    let last = text.length - 1;
    while (last >= run && isGap(unit(last))) last--;
    if (last < run) while (last >= from && isGap(unit(last))) last--;
    let separator = run - 1;
    while (separator >= from && !isSeparator(unit(separator))) separator--;
    if (separator >= from) {
      let cut = separator - 1;
      while (cut >= from && isGap(unit(cut))) cut--;
      const found = cut >= from ? at + cut - from : this.lastNonGap;
      if (found >= 0) this.cut = found;
      this.afterSeparator = at + separator - from + 1;
    }
    if (last >= from) this.lastNonGap = at + last - from;
    if (run === text.length) this.runStart = -1;
    else if (run > from) {
      this.runStart = isSeparator(unit(run - 1)) || (atCursor && onlyGaps(text, from, run)) ? at + run - from : -1;
    } else if (this.runStart < 0 && (at === this.afterSeparator || atCursor)) this.runStart = at;
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
    let keep = Math.max(this.cut < 0 ? -1 : this.cut - p.base, this.runCut(text));
    const runStart = this.runStart;
    this.cut = -1;
    this.runStart = -1;
    // The kept text starts with a whole character (not a low surrogate's half).
    if (keep > p.cursor && isLowSurrogate(String.prototype.charCodeAt.call(text, keep))) keep--;
    // The held text may start with the gaps after the last sentence, no part of this one.
    let from = p.cursor;
    while (from < keep && isGap(String.prototype.charCodeAt.call(text, from))) from++;
    if (keep <= from) return;
    if (this.prefixStart < 0) this.prefixStart = p.base + from;
    onPrefix(text.slice(from, keep));
    // Cut inside the run, the kept text starts the run as the scanner will read it.
    if (runStart >= 0) this.runStart = Math.max(runStart, p.base + keep);
    p.consumeTo(keep);
  }

  /**
   * Where the held sentence may be cut inside the run it ends in (an index into `text`), or -1.
   * The run (Arabic words and control symbols, no space) starts the sentence or follows a
   * separator, so a terminator after it is decided on the tokens of its chunk, which the run
   * alone gives. A scan from a control symbol (always a token's start) gives the same tokens
   * after it, and one from inside the run's last Arabic word the same word up to the same end;
   * the decision on a dot after that word (dotContinues_: its letters, its length against the
   * longest abbreviation) stays the same when at least three of its letters and more than the
   * longest abbreviation are kept.
   */
  private runCut(text: string): number {
    const start = this.runStart - this.pending.base;
    if (this.runStart < 0 || start < this.pending.cursor) return -1;
    const least = Math.max(RUN_CONTEXT, this.options.longestAbbreviation_ + 2);
    const at = (k: number) => String.prototype.charCodeAt.call(text, k);
    let letters = 0;
    let k = text.length;
    // Inside the last Arabic word.
    while (k > start && continuesArabicWordWith(at(k - 1))) {
      k--;
      if (BMP_CLASS[at(k)] === Class.ARABIC_LETTER && ++letters >= 3 && text.length - k >= least)
        return k > start ? k : -1;
    }
    // At a control symbol before it.
    for (k = Math.min(k, text.length - least); k > start; k--) if (isControlSymbol(at(k))) return k;
    return -1;
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
    this.cut = this.lastNonGap = this.runStart = this.afterSeparator = -1;
    // The held text is flat here (the scanner read it): where it may be cut is found at once.
    if (this.onPrefix !== null && this.ranOut) this.findCut(p.text, p.cursor, p.base + p.cursor, true);
  }
}

/** Whether `text[from, to)` is all gaps (then what follows it starts the held sentence). */
function onlyGaps(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isGap(String.prototype.charCodeAt.call(text, k))) return false;
  return true;
}
