/**
 * Normalization of a text that arrives in pieces. The text is cut only where normalization does
 * not look across, and each piece is normalized on its own:
 *
 * - after a line break: no look-ahead or look-behind of the context handlers crosses one
 *   (Latin runs, space runs and punctuation decisions all stop at a line break);
 * - before an Arabic letter that follows another, with only harakat between them (بَ|بَ), when
 *   the plan writes both as letters and the harakat without context: every look-ahead stops at
 *   the first kept letter, and every look-back at the last written one. (A look-back walks over
 *   marks, so a cut between two harakat would not be safe: text made only of harakat, with no
 *   letter, is held back until a line break.)
 * - between two ASCII Latin letters that the plan writes as Latin letters without context, for
 *   the same reasons (a Latin run cut there gives the same runs on both sides): a 256 MB line of
 *   Latin text was held whole, and normalized at 43% of the speed of the same text in lines.
 *
 * - between two ASCII or Latin-1 controls that the plan copies unchanged (a line of NUL bytes): no
 *   handler reads across one;
 * - under `uthmani` (N22), whose handlers read a whole word, not inside a word but before an
 *   Arabic letter after an ASCII space: every look-back stops at the space, and the only look
 *   across spaces, ASCII , ; ? under punctuation 'arabic', turns these cuts off;
 * - under `tatweel: 'decorative'` (N7), no in-word cut within `plan.wordReach` before a tatweel
 *   or the chunk's end: a tatweel reads the letters before it.
 *
 * The one fact that does cross a cut, the script of the last letter (for `spacing`), is carried
 * over. So `normalize(a + b)` is `normalize(a) + normalize(b)` at these cuts, which the stream
 * laws in test/property/streams.laws.test.ts check for every split.
 */
import {
  ARABIC_BLOCK_START,
  ASCII_END,
  BMP_CLASS,
  MAX_CODE_UNIT,
  classOf,
  codePointStart,
  hasRole,
  isLetterClass,
  Char,
  Class,
  Role,
} from '../chars/index.ts';
import { normalizePiece } from '../normalize/normalize.ts';
import { resolveOptions, type NormalizeOptions, type PresetName } from '../normalize/options.ts';
import { planFor, type Plan, Action } from '../normalize/plan.ts';
import { checkRecordLength, MAX_STRING_LENGTH } from './pending.ts';

export class NormalizeChunker {
  private readonly plan: Plan;
  /**
   * The text after the last cut, never read while it grows: cuts are looked for in each piece as
   * it comes (it is flat), so the rope is flattened once, when it is normalized.
   */
  private pending = '';
  /** The last code unit received (0 before any): the cut before a piece's first unit needs it. */
  private lastUnit = 0;
  /** Code units already normalized and written (the stream offset of `pending`). */
  private written = 0;
  private lastLetterArabic: boolean;
  /**
   * N11 under `persianLetters`: ھ is decided by its whole line (is it Urdu?). Whether the held
   * text's unfinished line has a ھ (then no cut until the line ends), and whether the part of the
   * line already written had an Urdu letter (passed on to the next piece).
   */
  private hehHeld = false;
  private urduWritten = false;

  /**
   * `lastLetterArabic`: the script of the last letter before this input, when it continues a
   * text; `limit`: the longest piece without a cut that is held, in code units.
   */
  constructor(
    options?: NormalizeOptions | PresetName,
    lastLetterArabic = false,
    private readonly limit = MAX_STRING_LENGTH,
  ) {
    this.plan = planFor(resolveOptions(options));
    this.lastLetterArabic = lastLetterArabic;
  }

  /** Takes the next piece of input; returns the normalized text that is now final. */
  push(chunk: string): string {
    if (chunk.length === 0) return '';
    const heh = this.plan.options.persianLetters ? hehInLastLine(chunk) : NO_HEH;
    // In the unfinished line, no cut after its first ھ (nor anywhere, when the held part has one).
    const maxCut = heh.lineBreak < 0 && this.hehHeld ? -1 : heh.firstHeh >= 0 ? heh.firstHeh : chunk.length;
    const cut = this.lastCut(chunk, maxCut, heh.lineBreak);
    this.lastUnit = String.prototype.charCodeAt.call(chunk, chunk.length - 1);
    this.hehHeld = heh.firstHeh >= 0 || (heh.lineBreak < 0 && this.hehHeld);
    if (cut < 0) {
      checkRecordLength(this.pending.length + chunk.length, this.limit, this.written);
      this.pending += chunk;
      return '';
    }
    const piece = this.pending + chunk.slice(0, cut);
    this.pending = chunk.slice(cut);
    this.written += piece.length;
    checkRecordLength(this.pending.length, this.limit, this.written);
    return this.normalize(piece);
  }

  /** Ends the input; returns the rest of the normalized text. */
  end(): string {
    const piece = this.pending;
    this.pending = '';
    this.written += piece.length;
    return this.normalize(piece);
  }

  private normalize(piece: string): string {
    const out = normalizePiece(piece, this.plan, this.lastLetterArabic, this.urduWritten);
    if (this.plan.options.persianLetters) this.urduWritten = urduInLastLine(piece, this.urduWritten);
    // Only `spacing` reads it; finding it scans back over text with no letter (a line of NUL bytes).
    if (this.plan.options.spacing) this.lastLetterArabic = lastLetterIsArabic(piece, this.lastLetterArabic);
    return out;
  }

  /**
   * The last cut (see the module comment) at or before the end of `chunk` and after the text
   * before it, as an index into `chunk` (0: before its first unit), or -1.
   */
  private lastCut(chunk: string, maxCut: number, lineBreak: number): number {
    const { plan } = this;
    const { action } = plan;
    const elongation = plan.options.elongation;
    const held = this.pending.length;
    // The unit at `i` of pending + chunk, for i >= -1 relative to the chunk; the held text is
    // read only when harakat before a letter reach back into it.
    const unitAt = (i: number) =>
      i >= 0
        ? String.prototype.charCodeAt.call(chunk, i)
        : i === -1
          ? this.lastUnit
          : String.prototype.charCodeAt.call(this.pending, held + i);
    // One code unit read per position, from the end: `after` is the plain-letter class of the
    // unit after the position (0 when it is not one). Two reads and two closure calls per
    // position took 18 ns per code unit; a 256 MB line of NUL bytes spent a third of its time here.
    let after = 0;
    const first = held > 0 || this.written > 0 ? 0 : 1;
    // Under `tatweel: 'decorative'` (plan.wordReach), no in-word cut within that distance
    // before a tatweel, which reads back, nor before the chunk's end (what follows is not known yet).
    const reach = plan.wordReach;
    // ASCII , ; ? under punctuation 'arabic' look across spaces at the next word (context.ts).
    const spaceCuts = plan.options.punctuation !== 'arabic';
    let tatweelAhead = reach > 0 ? chunk.length : Number.MAX_SAFE_INTEGER;
    for (let k = chunk.length; k >= first; k--) {
      const before = k > 0 ? String.prototype.charCodeAt.call(chunk, k - 1) : this.lastUnit;
      const cls = BMP_CLASS[before]!;
      if (cls === Class.LINE_BREAK) return k;
      // N11: the cuts of the unfinished line (after the chunk's last line break) stop before its first ھ.
      if (k > maxCut && k > lineBreak) {
        after = 0;
        continue;
      }
      if (before === Char.ARABIC_TATWEEL) tatweelAhead = k - 1;
      // Under `uthmani` the handlers read whole words: cut between words, after a space.
      if (
        !plan.inWordCuts &&
        before === Char.ASCII_SPACE &&
        spaceCuts &&
        k < chunk.length &&
        writesLetter(action, String.prototype.charCodeAt.call(chunk, k))
      )
        return k;
      if (cls === Class.OTHER) {
        // Between two controls that the plan copies unchanged (␀␀): no handler reads across one.
        const inert = isInert(action, before);
        if (inert && after === INERT && tatweelAhead - k > reach) return k;
        after = inert ? INERT : 0;
        continue;
      }
      if (cls !== Class.ARABIC_LETTER && cls !== Class.LATIN_LETTER && cls !== Class.ARABIC_MARK) {
        after = 0;
        continue;
      }
      if (after !== 0 && (plan.inWordCuts || after === Class.LATIN_LETTER)) {
        // Before a letter, after a letter and its harakat (بَ|بَ): diacritized text has cuts too.
        let j = k - 1;
        if (after === Class.ARABIC_LETTER) while (j > -held && isPlainMark(action, unitAt(j))) j--;
        const letter = unitAt(j);
        // N19: under `elongation`, never inside a run of one letter (جدا|اا would keep the run).
        if (
          plainLetter(action, letter) === after &&
          !(
            elongation &&
            (action[letter]! & MAX_CODE_UNIT) === (action[String.prototype.charCodeAt.call(chunk, k)]! & MAX_CODE_UNIT)
          )
        )
          if (tatweelAhead - k > reach) return k;
      }
      after = plainLetter(action, before);
    }
    return -1;
  }
}

/** Where the last line break of a chunk is (-1: none) and the first ھ after it (-1: none). */
interface HehInLine {
  lineBreak: number;
  firstHeh: number;
}
const NO_HEH: HehInLine = { lineBreak: -1, firstHeh: -1 };

function hehInLastLine(chunk: string): HehInLine {
  let lineBreak = -1;
  let firstHeh = -1;
  for (let k = 0; k < chunk.length; k++) {
    const c = String.prototype.charCodeAt.call(chunk, k);
    if (BMP_CLASS[c] === Class.LINE_BREAK) {
      lineBreak = k;
      firstHeh = -1;
    } else if (c === Char.HEH_DOACHASHMEE && firstHeh < 0) firstHeh = k;
  }
  return { lineBreak, firstHeh };
}

/** Whether the last line of `piece` has an Urdu letter, counting `before` when it has no line break. */
function urduInLastLine(piece: string, before: boolean): boolean {
  let urdu = before;
  for (let k = 0; k < piece.length; k++) {
    const c = String.prototype.charCodeAt.call(piece, k);
    if (BMP_CLASS[c] === Class.LINE_BREAK) urdu = false;
    else if (!urdu && hasRole(c, Role.URDU_LETTER)) urdu = true;
  }
  return urdu;
}

/** `after` in `lastCut` when the unit after the position is an inert control (not a class). */
const INERT = -1;

/**
 * Whether `c`, of Class.OTHER, is an ASCII or Latin-1 control (never a surrogate) that the plan copies
 * unchanged: a 256 MB line of NUL bytes was held whole and normalized at 47% of
 * the speed of the same bytes in lines.
 */
function isInert(action: Int32Array, c: number): boolean {
  return c < Char.NO_BREAK_SPACE && action[c] === c;
}

/**
 * The class of `c` when the plan writes it as a letter of that class without context (an
 * Arabic letter, or an ASCII Latin letter), else 0: cuts fall between two of one class.
 */
function plainLetter(action: Int32Array, c: number): number {
  const cls = BMP_CLASS[c]!;
  if (cls !== Class.ARABIC_LETTER && (cls !== Class.LATIN_LETTER || c >= ASCII_END)) return 0;
  const a = action[c]!;
  return a >= 0 && (a & Action.DELETE) === 0 && BMP_CLASS[a & MAX_CODE_UNIT] === cls ? cls : 0;
}

/**
 * Whether `c` always writes an Arabic letter: a plain letter, or a contextual one of the Arabic
 * block that is decided but never removed (ٱ ء ؤ ئ ہ ھ ی; not the small waw and yeh, which go
 * after ه, nor presentation forms, which may write only marks): a space before it stays apart
 * from any space after it.
 */
function writesLetter(action: Int32Array, c: number): boolean {
  if (plainLetter(action, c) === Class.ARABIC_LETTER) return true;
  return (
    action[c] === Action.CONTEXT &&
    BMP_CLASS[c] === Class.ARABIC_LETTER &&
    c < Char.SMALL_WAW &&
    c >= ARABIC_BLOCK_START
  );
}

const isPlainMark = (action: Int32Array, c: number) => BMP_CLASS[c] === Class.ARABIC_MARK && action[c]! >= 0;

/** Whether the last letter of `text` is Arabic; `otherwise` when it has no letter. */
export function lastLetterIsArabic(text: string, otherwise: boolean): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const unit = BMP_CLASS[String.prototype.charCodeAt.call(text, k)]!;
    if (unit !== Class.OTHER) {
      if (isLetterClass(unit)) return unit === Class.ARABIC_LETTER;
      continue;
    }
    k = codePointStart(text, k);
    const cp = String.prototype.codePointAt.call(text, k)!;
    const cls = classOf(cp);
    if (isLetterClass(cls)) return cls === Class.ARABIC_LETTER;
  }
  return otherwise;
}
