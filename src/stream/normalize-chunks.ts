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
 *
 * The one fact that does cross a cut, the script of the last letter (for `spacing`), is carried
 * over. So `normalize(a + b)` is `normalize(a) + normalize(b)` at these cuts, which the stream
 * laws in test/property/streams.laws.test.ts check for every split.
 */
import { BMP_CLASS, MAX_CODE_UNIT, classOf, codePointStart, isLetterClass, Class } from '../chars/index.ts';
import { normalizePiece } from '../normalize/normalize.ts';
import { resolveOptions, type NormalizeOptions, type PresetName } from '../normalize/options.ts';
import { planFor, type Plan, Action } from '../normalize/plan.ts';
import { checkRecordLength, MAX_STRING_LENGTH } from './pending.ts';

export class NormalizeChunker {
  private readonly plan: Plan;
  private pending = '';
  /** Cut positions below this were already looked at, and were not cuts. */
  private searchedTo = 0;
  /** Look for a cut again once this much text is pending (see pending.ts: a rope is read only when it has doubled). */
  private rescanAt = 0;
  /** Code units already normalized and written (the stream offset of `pending`). */
  private written = 0;
  private lastLetterArabic: boolean;

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
    let out = '';
    if (this.pending.length + chunk.length > this.limit) {
      out = this.normalizeToCut();
      checkRecordLength(this.pending.length + chunk.length, this.limit, this.written);
    }
    this.pending += chunk;
    return this.pending.length >= this.rescanAt ? out + this.normalizeToCut() : out;
  }

  /** Ends the input; returns the rest of the normalized text. */
  end(): string {
    const piece = this.pending;
    this.pending = '';
    this.searchedTo = 0;
    this.rescanAt = 0;
    this.written += piece.length;
    return this.normalize(piece);
  }

  /** Normalizes the pending text up to its last cut, if it has one. */
  private normalizeToCut(): string {
    const cut = this.lastCut();
    this.searchedTo = this.pending.length - cut;
    this.rescanAt = 2 * (this.pending.length - cut);
    if (cut === 0) return '';
    const piece = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    this.written += cut;
    return this.normalize(piece);
  }

  private normalize(piece: string): string {
    const out = normalizePiece(piece, this.plan, this.lastLetterArabic);
    this.lastLetterArabic = lastLetterIsArabic(piece, this.lastLetterArabic);
    return out;
  }

  /** The last cut in the pending text (see the module comment), or 0. */
  private lastCut(): number {
    const { pending } = this;
    const action = this.plan.action;
    const isPlainLetter = (c: number) => {
      const a = action[c]!;
      return (
        BMP_CLASS[c] === Class.ARABIC_LETTER &&
        a >= 0 &&
        (a & Action.DELETE) === 0 &&
        BMP_CLASS[a & MAX_CODE_UNIT] === Class.ARABIC_LETTER
      );
    };
    const isPlainMark = (c: number) => BMP_CLASS[c] === Class.ARABIC_MARK && action[c]! >= 0;
    for (let k = pending.length; k >= Math.max(1, this.searchedTo); k--) {
      if (BMP_CLASS[pending.charCodeAt(k - 1)] === Class.LINE_BREAK) return k;
      if (k === pending.length || !isPlainLetter(pending.charCodeAt(k))) continue;
      // Before a letter, after a letter and its harakat (بَ|بَ): diacritized text has cuts too.
      let j = k - 1;
      while (j > 0 && isPlainMark(pending.charCodeAt(j))) j--;
      if (!isPlainLetter(pending.charCodeAt(j))) continue;
      // N19: under `elongation`, never inside a run of one letter (جدا|اا would keep the run).
      if (
        this.plan.options.elongation &&
        (action[pending.charCodeAt(j)]! & MAX_CODE_UNIT) === (action[pending.charCodeAt(k)]! & MAX_CODE_UNIT)
      )
        continue;
      return k;
    }
    return 0;
  }
}

/** Whether the last letter of `text` is Arabic; `otherwise` when it has no letter. */
export function lastLetterIsArabic(text: string, otherwise: boolean): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    k = codePointStart(text, k);
    const cp = text.codePointAt(k)!;
    const cls = classOf(cp);
    if (isLetterClass(cls)) return cls === Class.ARABIC_LETTER;
  }
  return otherwise;
}
