/**
 * The context handlers: the few code points whose normalization depends on their neighbours.
 * They run off the hot loop, one call per such code point.
 *
 * N18: every decision looks at the **output** before the code point (what was actually written, after
 * deletions) and at the next input code point that will not be deleted. Deciding on the output is
 * what makes normalization idempotent: `ا` + ZERO WIDTH SPACE + U+0654 composes to `أ` exactly as
 * `ا` + U+0654 does, because the invisible is already gone when the hamza is seen.
 */
import {
  ASCII_END,
  codePointWidth,
  hasRole,
  BMP_SIZE,
  MAX_CODE_UNIT,
  classAt,
  classOf,
  isArabicClass,
  isDigitClass,
  isLetterClass,
  isMarkClass,
  Char,
  Role,
  Class,
} from '../chars/index.ts';
import { latinRunSpans } from './latin-runs.ts';
import type { Output } from './output.ts';
import { type Plan, Action } from './plan.ts';
import { ALLAH_LIGATURE, BARE_LAM_ALEF_FIRST, LAM_ALEF_FIRST, LAM_ALEF_LAST, MADDA_LAM_ALEF_LAST } from './forms.ts';
import { decorativeTatweel } from './tatweel.ts';
import {
  alefWasla,
  composedHamza,
  hairSpace,
  hamzaOnLine,
  tatweelSeat,
  smallLetter,
  superscriptAlef,
} from './uthmani.ts';

/** N5: canonical compositions with U+0653 MADDA ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW. */
function compose(base: number, mark: number): number {
  switch (mark) {
    case Char.MADDA_ABOVE:
      return base === Char.ALEF ? Char.ALEF_WITH_MADDA_ABOVE : -1;
    case Char.HAMZA_ABOVE:
      switch (base) {
        case Char.ALEF:
          return Char.ALEF_WITH_HAMZA_ABOVE;
        case Char.WAW:
          return Char.WAW_WITH_HAMZA_ABOVE;
        case Char.YEH:
          return Char.YEH_WITH_HAMZA_ABOVE;
        case Char.AE:
          return Char.HEH_WITH_YEH_ABOVE;
        case Char.HEH_GOAL:
          return Char.HEH_GOAL_WITH_HAMZA_ABOVE;
        case Char.YEH_BARREE:
          return Char.YEH_BARREE_WITH_HAMZA_ABOVE;
        default:
          return -1;
      }
    case Char.HAMZA_BELOW:
      return base === Char.ALEF ? Char.ALEF_WITH_HAMZA_BELOW : -1;
    default:
      return -1;
  }
}

const isEmojiPart = (cls: number) =>
  cls === Class.EMOJI ||
  cls === Class.EMOJI_TEXT ||
  cls === Class.EMOJI_MODIFIER ||
  cls === Class.VS16 ||
  cls === Class.EMOJI_TAG ||
  cls === Class.KEYCAP;

/** One normalization's context: the text, its plan and output, and lazily computed facts. */
export class Context {
  private latinSpans: Int32Array | null = null;
  private latinCursor = 0;
  private letterScanPos = 0;
  private lastLetterArabic: boolean;
  /** The end of the line whose Urdu-ness `urdu` holds (-1: none measured yet). */
  private urduLineEnd = -1;
  private urdu = false;

  /**
   * `lastLetterArabic` is the script of the last letter before `text`, and `urduBefore` whether
   * the line `text` starts in had an Urdu letter before it, for a stream that normalizes its
   * input piece by piece (see stream/normalize-chunks.ts).
   */
  constructor(
    readonly text: string,
    readonly plan: Plan,
    readonly out: Output,
    lastLetterArabic = false,
    private readonly urduBefore = false,
  ) {
    this.lastLetterArabic = lastLetterArabic;
  }

  /** Handles the CONTEXT code unit `c` at input index `i`; returns the next input index. */
  handle(unit: number, i: number): number {
    const { out, text } = this;
    const c = this.plan.contextAs.get(unit) ?? unit;
    const rest = text.length - i - 1;
    const o = this.plan.options;
    if (c === Char.HAIR_SPACE && o.uthmani) {
      const next = hairSpace(this, i);
      if (next >= 0) return next;
    }
    if (c < BMP_SIZE && classOf(c) === Class.SPACE) return this.spaces(i);
    if (c >= LAM_ALEF_FIRST && c <= LAM_ALEF_LAST) return this.ligatureWithMarks(c, i);
    switch (c) {
      case Char.ARABIC_TATWEEL: {
        const next = o.uthmani ? tatweelSeat(this, i) : -1;
        if (next >= 0) return next;
        if (o.tatweel === 'decorative') return decorativeTatweel(this, i);
        // The whole run at once: tatweelSeat looked at all of it (one tatweel per call was
        // quadratic on a run).
        let end = i;
        for (; end < text.length && String.prototype.charCodeAt.call(text, end) === Char.ARABIC_TATWEEL; end++)
          if (o.tatweel) out.drop(text.length - end - 1);
          else out.push(c, end, text.length - end - 1);
        return end;
      }
      case ALLAH_LIGATURE:
        return this.ligatureWithMarks(c, i);
      case Char.LEFT_DOUBLE_QUOTATION_MARK:
        return this.leftQuote(i);
      case Char.SUPERSCRIPT_ALEF:
        return superscriptAlef(this, i);
      case Char.HAMZA:
      case Char.WAW_WITH_HAMZA_ABOVE:
      case Char.YEH_WITH_HAMZA_ABOVE:
        return hamzaOnLine(this, c, i);
      case Char.ALEF_WASLA:
        return alefWasla(this, i);
      case Char.SMALL_WAW:
      case Char.SMALL_YEH:
      case Char.SMALL_HIGH_YEH:
      case Char.SMALL_HIGH_NOON:
        return smallLetter(this, c, i);
      case Char.ZERO_WIDTH_NON_JOINER: {
        // ZWNJ: only between two letters.
        if (isLetterClass(this.nextOutputClass(i + 1)) && isLetterClass(classOf(this.baseBefore())))
          out.push(c, i, rest);
        else out.drop(rest);
        return i + 1;
      }
      case Char.ZERO_WIDTH_JOINER: {
        // ZWJ: only inside an emoji sequence.
        const nextCls = this.nextOutputClass(i + 1);
        if (
          (nextCls === Class.EMOJI || nextCls === Class.EMOJI_TEXT) &&
          isEmojiPart(classOf(out.codePointBefore(out.len)))
        )
          out.push(c, i, rest);
        else out.drop(rest);
        return i + 1;
      }
      case Char.MADDA_ABOVE:
      case Char.HAMZA_ABOVE:
      case Char.HAMZA_BELOW: {
        // N22: in Uthmani text the madda marks a prolonged vowel, not a hamza (جَآءَ is جاء).
        if (o.uthmani && c === Char.MADDA_ABOVE) {
          out.drop(rest);
          return i + 1;
        }
        const composed = out.len > 0 ? compose(out.unitAt(out.len - 1), c) : -1;
        if (
          o.uthmani &&
          o.hamza &&
          o.diacritics === 'keep' &&
          (composed === Char.WAW_WITH_HAMZA_ABOVE || composed === Char.YEH_WITH_HAMZA_ABOVE)
        ) {
          const next = composedHamza(this, i);
          if (next >= 0) return next;
        }
        if (composed >= 0)
          out.replaceAt(out.len - 1, String.prototype.charCodeAt.call(this.plan.fold(composed), 0), rest);
        else if (o.hamza || o.diacritics === 'all') out.drop(rest);
        else out.push(c, i, rest);
        return i + 1;
      }
      case Char.HEH_GOAL:
      case Char.HEH_DOACHASHMEE: {
        // N11: in an Urdu line ہ and ھ are letters of their own (کھا "ate" is not کہا "said"); ہ
        // stays too, so that the line is still Urdu on a second pass.
        out.pushString(this.inUrduLine(i) ? String.fromCharCode(c) : this.plan.fold(c), i, rest);
        return i + 1;
      }
      case Char.FARSI_YEH: {
        // FARSI YEH: ي inside a word, ى at its end.
        let next = i + 1;
        while (next < text.length) {
          const cls = classAt(text, next);
          if (
            isMarkClass(cls) ||
            cls === Class.TATWEEL ||
            this.plan.action[String.prototype.charCodeAt.call(text, next)] === Action.DELETE
          )
            next++;
          else break;
        }
        const medial = next < text.length && isLetterClass(classAt(text, next));
        out.pushString(this.plan.fold(medial ? Char.YEH : Char.ALEF_MAKSURA), i, rest);
        return i + 1;
      }
      case Char.ARABIC_DECIMAL_SEPARATOR:
      case Char.ARABIC_THOUSANDS_SEPARATOR: {
        // Arabic decimal and thousands separators: only between digits.
        const next = this.nextKept(i + 1);
        const between =
          isDigitClass(classOf(out.codePointBefore(out.len))) &&
          next < text.length &&
          isDigitClass(classAt(text, next));
        out.push(between ? (c === Char.ARABIC_DECIMAL_SEPARATOR ? Char.FULL_STOP : Char.COMMA) : c, i, rest);
        return i + 1;
      }
      case Char.COMMA:
      case Char.SEMICOLON:
      case Char.QUESTION_MARK: {
        out.push(
          this.toArabicPunct(i)
            ? c === Char.COMMA
              ? Char.ARABIC_COMMA
              : c === Char.SEMICOLON
                ? Char.ARABIC_SEMICOLON
                : Char.ARABIC_QUESTION_MARK
            : c,
          i,
          rest,
        );
        return i + 1;
      }
      default: {
        // An ASCII digit under digits 'arabic' or 'persian': stays ASCII inside a Latin run.
        const zero = o.digits === 'persian' ? Char.EXTENDED_ARABIC_INDIC_DIGIT_ZERO : Char.ARABIC_INDIC_DIGIT_ZERO;
        out.push(this.inLatinRun(i) ? c : zero + c - Char.DIGIT_ZERO, i, rest);
        return i + 1;
      }
    }
  }

  /**
   * The class of the first code unit that the input from `i` on will write, or -1 at the end.
   * Not the next input character's own class: a presentation form such as ﳲ is a letter, but it
   * writes tatweel + harakat, and under `clean` the tatweel goes (a fuzz counterexample, test/property/regressions.test.ts: a
   * ZWNJ kept before it was dropped on a second pass).
   */
  nextOutputClass(i: number): number {
    const next = this.nextKept(i);
    return next >= this.text.length ? -1 : this.outputClassAt(next);
  }

  /** The class of the first code point that the kept code unit at `next` becomes. */
  private outputClassAt(next: number): number {
    const { text, plan } = this;
    const c = String.prototype.charCodeAt.call(text, next);
    const a = plan.action[c]!;
    if (a === Action.EXPAND) return classOf(String.prototype.charCodeAt.call(plan.expansions.get(c)!, 0));
    if (a === Action.ASTRAL) {
      const cp = String.prototype.codePointAt.call(text, next)!;
      const to = plan.astral.get(cp);
      return to === undefined ? classOf(cp) : classOf(String.prototype.codePointAt.call(to, 0)!);
    }
    if (a < 0 || (a & MAX_CODE_UNIT) === c) return classAt(text, next); // kept as it is: the pair decodes
    return classOf(a & MAX_CODE_UNIT);
  }

  /** The index of the first input code unit at or after `i` that the plan does not delete. */
  private nextKept(i: number): number {
    const { text, plan } = this;
    while (i < text.length && plan.action[String.prototype.charCodeAt.call(text, i)] === Action.DELETE) i++;
    return i;
  }

  /**
   * Like nextKept, and also past what vanishes beside a space (and past spaces when asked): it
   * must not decide anything there (a fuzz counterexample in test/property/regressions.test.ts kept its comma, then
   * ",ا" lost it on a second pass).
   */
  private nextVisible(i: number, skipSpaces: boolean): number {
    const { text, plan } = this;
    for (; i < text.length; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      if (plan.action[c] === Action.DELETE || this.vanishesBesideSpace(c) || (skipSpaces && classOf(c) === Class.SPACE))
        continue;
      break;
    }
    return i;
  }

  /**
   * Code units that a space before them always removes: ZWNJ and ZWJ under `invisibles` (they
   * need letters or emoji on both sides), and the combining madda and hamzas under `hamza` or
   * diacritics 'all' (they cannot compose with a space, and are dropped when they do not
   * compose). Two fuzz counterexamples (test/property/regressions.test.ts) were not idempotent without it.
   */
  private vanishesBesideSpace(c: number): boolean {
    const o = this.plan.options;
    if (c === Char.ZERO_WIDTH_NON_JOINER || c === Char.ZERO_WIDTH_JOINER) return o.invisibles;
    return c >= Char.MADDA_ABOVE && c <= Char.HAMZA_BELOW && (o.hamza || o.diacritics === 'all');
  }

  /**
   * The last output code point that is not a combining mark (nor, with `skipSpaces`, a space),
   * or -1. Linear overall: a run is only walked back over by the one code point right after it.
   */
  private baseBefore(skipSpaces = false): number {
    const out = this.out;
    let end = out.len;
    for (;;) {
      const cp = out.codePointBefore(end);
      if (cp < 0) return cp;
      const cls = classOf(cp);
      if (!isMarkClass(cls) && !(skipSpaces && cls === Class.SPACE)) return cp;
      end -= codePointWidth(cp);
    }
  }

  /**
   * A run of spaces from `i`. Under `spacing`, the whole run goes when the next kept character
   * is one of ، ؛ ؟ ! . : , ; ? and follows a letter or digit in Arabic text; otherwise each
   * space is kept, or collapsed into the space the output already ends in.
   */
  private spaces(i: number): number {
    const { text, out, plan } = this;
    const o = plan.options;
    // The run takes deleted characters and those that vanish beside a space (see
    // vanishesBesideSpace): a run cut by one was not collapsed the same way twice (found by
    // a fuzz counterexample, test/property/regressions.test.ts).
    let end = i;
    while (end < text.length) {
      const c = String.prototype.charCodeAt.call(text, end);
      if (classOf(c) === Class.SPACE || plan.action[c] === Action.DELETE || this.vanishesBesideSpace(c)) end++;
      else break;
    }
    const punctAt = this.nextVisible(end, false);
    if (o.spacing && punctAt < text.length) {
      // Spaces the output already ends in: an earlier run, and between the two only what wrote
      // nothing (ب ـٔ ... under diacritics 'all' is ب  ... on the next pass). They decide as one run.
      let written = 0;
      while (written < out.len && classOf(out.unitAt(out.len - 1 - written)) === Class.SPACE) written++;
      if (this.spacesGo(i, punctAt, out.len - written)) {
        for (let k = 0; k < written; k++) out.removeLast(text.length - i);
        out.drop(text.length - i);
        return end;
      }
    }
    for (let k = i; k < end; k++) {
      const c = String.prototype.charCodeAt.call(text, k);
      const rest = text.length - k - 1;
      if (plan.action[c] === Action.DELETE || this.vanishesBesideSpace(c)) out.drop(rest);
      else if (o.whitespace !== 'collapse') out.push(c, k, rest);
      else if (out.len > 0 && out.unitAt(out.len - 1) === Char.ASCII_SPACE) out.drop(rest);
      else out.push(Char.ASCII_SPACE, k, rest);
    }
    return end;
  }

  /**
   * N13: whether the spaces from `i` go, before the character at `at`, after output index `before`:
   * - before ، ؛ ؟ ! . : , ; ? after a word or a closing quote (” ») in Arabic text
   *   (“سلام استسلام” ، → “سلام استسلام”،);
   * - in Latin text, before , ; : ? ! . after a letter when a space or the end follows the mark
   *   (Times , he → Times, he), which leaves numbers (3 , 5), emoticons (:)) and URLs alone;
   * - machine translation's spaced closing quote in Arabic text: between a word and a quote that
   *   punctuation follows (لنأخذها “. → لنأخذها”.), and between a terminator and a quote that
   *   ends its line (ممكن. ” → ممكن.”).
   */
  private spacesGo(i: number, at: number, before: number): boolean {
    const { text, out } = this;
    const next = String.prototype.charCodeAt.call(text, at);
    const prevCp = out.codePointBefore(before);
    const prev = classOf(prevCp);
    const wordBefore = isLetterClass(prev) || isDigitClass(prev) || isMarkClass(prev) || prev === Class.TATWEEL;
    const closerBefore = prevCp === Char.RIGHT_DOUBLE_QUOTATION_MARK || prevCp === Char.RIGHT_GUILLEMET;
    if (hasRole(next, Role.SPACING_PUNCT)) {
      if ((wordBefore || closerBefore) && (hasRole(next, Role.ARABIC_PUNCT) || this.lastLetterIsArabic(i))) return true;
      return prev === Class.LATIN_LETTER && next < ASCII_END && this.gapOrEndAt(at + 1);
    }
    if (next !== Char.LEFT_DOUBLE_QUOTATION_MARK && next !== Char.RIGHT_DOUBLE_QUOTATION_MARK) return false;
    if (!this.lastLetterIsArabic(i)) return false;
    const after = this.pastJoinControls(at + 1);
    if (wordBefore)
      return after < text.length && hasRole(String.prototype.charCodeAt.call(text, after), Role.SPACING_PUNCT);
    return hasRole(prevCp, Role.SENTENCE_TERMINATOR) && this.gapOrEndAt(at + 1);
  }

  /**
   * Whether input index `k` is the end, white space or a line break, after what a mark or quote
   * before `k` always drops: deleted code units, and ZWNJ and ZWJ, which need letters or emoji on
   * both sides (“ then ZWNJ at the end is “ at the end on the next pass).
   */
  private gapOrEndAt(k: number): boolean {
    k = this.pastJoinControls(k);
    if (k >= this.text.length) return true;
    const cls = classAt(this.text, k);
    return cls === Class.SPACE || cls === Class.LINE_BREAK;
  }

  /** The first index from `k` that is neither deleted nor a ZWNJ or ZWJ. */
  private pastJoinControls(k: number): number {
    const { text, plan } = this;
    for (; k < text.length; k++) {
      const c = String.prototype.charCodeAt.call(text, k);
      if (plan.action[c] !== Action.DELETE && c !== Char.ZERO_WIDTH_NON_JOINER && c !== Char.ZERO_WIDTH_JOINER) break;
    }
    return k;
  }

  /**
   * N13: a “ that closes, as machine translation writes it: right after a word (no space) and
   * before punctuation, white space or the end (لنأخذها“. → لنأخذها”.). After a space, or before
   * a letter, it opens and stays.
   */
  private leftQuote(i: number): number {
    const prev = classOf(this.out.codePointBefore(this.out.len));
    const wordBefore = isLetterClass(prev) || isMarkClass(prev) || prev === Class.TATWEEL;
    const k = this.pastJoinControls(i + 1);
    const closes =
      wordBefore &&
      this.lastLetterIsArabic(i) &&
      (this.gapOrEndAt(k) || hasRole(String.prototype.charCodeAt.call(this.text, k), Role.SPACING_PUNCT));
    this.out.push(
      closes ? Char.RIGHT_DOUBLE_QUOTATION_MARK : Char.LEFT_DOUBLE_QUOTATION_MARK,
      i,
      this.text.length - i - 1,
    );
    return i + 1;
  }

  /** Whether the last letter before input index `i` is Arabic. Scans forward once overall. */
  private lastLetterIsArabic(i: number): boolean {
    const text = this.text;
    let k = this.letterScanPos;
    while (k < i) {
      const cp = String.prototype.codePointAt.call(text, k)!;
      // What the code point becomes: ﷼ is ريال and ﭐ is ٱ, as the next pass will read them.
      if (this.plan.action[String.prototype.charCodeAt.call(text, k)] !== Action.DELETE) {
        const cls = this.outputClassAt(k);
        if (isLetterClass(cls)) this.lastLetterArabic = cls === Class.ARABIC_LETTER;
      }
      k += codePointWidth(cp);
    }
    this.letterScanPos = k;
    return this.lastLetterArabic;
  }

  /**
   * Whether ASCII , ; ? at `i` should become ، ؛ ؟: next to Arabic letters, never between
   * digits. The word before is found across spaces, so that the decision does not change when
   * `spacing` removes those spaces (which keeps normalization idempotent: "iPhone ,أ" keeps its
   * comma, as "iPhone,أ" does).
   */
  private toArabicPunct(i: number): boolean {
    const { text, out } = this;
    const prev = classOf(out.codePointBefore(out.len));
    let next = this.nextKept(i + 1);
    if (isDigitClass(prev) && next < text.length && isDigitClass(classAt(text, next))) return false;
    const base = classOf(this.baseBefore(true));
    if (base === Class.ARABIC_LETTER || base === Class.TATWEEL) return true;
    if (isLetterClass(base) || isDigitClass(base)) return false;
    next = this.nextVisible(next, true);
    const cls = next < text.length ? this.nextOutputClass(next) : -1;
    return isArabicClass(cls) && !isDigitClass(cls);
  }

  /**
   * N9: a bare lam-alef ligature or ﷲ followed by marks, as PDF text layers write them: the marks
   * go after the lam (ﻻَ → لَا) or the second lam of الله (ﷲَّ → اللَّه), so that they sit on the
   * letter they belong to. Without marks the ligature is written as the plan says (ﷲ stays under
   * `clean`). Every unit written takes the ligature's offset, which keeps offsets monotone.
   */
  private ligatureWithMarks(c: number, i: number): number {
    const { text, out, plan } = this;
    // The marks, and what is dropped among them: deleted code units, and ZWNJ and ZWJ, which a
    // mark after them always drops (ﷲ ZWNJ ًا under clean is ﷲًا on the next pass).
    let end = i + 1;
    let marksEnd = end;
    for (; end < text.length; end++) {
      const m = String.prototype.charCodeAt.call(text, end);
      if (hasRole(m, Role.HARAKAT)) marksEnd = end + 1;
      else if (this.pastJoinControls(end) === end) break;
    }
    end = marksEnd;
    const rest = text.length - i - 1;
    if (end === i + 1) {
      out.pushString(plan.fold(c), i, rest);
      return end;
    }
    // The letters, and the marks of the last two: the second lam and ه of الله, or lam and alef.
    const allah = c === ALLAH_LIGATURE;
    const spelled = allah ? 'الله' : plan.fold(c);
    let first = '';
    let second = '';
    const marks: number[] = [];
    for (let m = i + 1; m < end; m++)
      if (hasRole(String.prototype.charCodeAt.call(text, m), Role.HARAKAT))
        marks.push(String.prototype.charCodeAt.call(text, m));
    const split = secondVowelAt(marks);
    const lone = split < 0 ? onlyVowel(marks) : -1;
    // One vowel (with or without a shadda): on ﷲ's lam with the shadda, else on ه. On the lam
    // of a lam-alef when it is a sukun, or the alef is bare or carries a madda (آ takes no
    // vowel; a fathatan goes on the lam, as the Quran and classical editions write قَلِيلًا);
    // else it is the hamza alef's own (ﻷَ).
    const onLam = allah
      ? marks.includes(Char.SHADDA)
      : lone === Char.SUKUN || c <= MADDA_LAM_ALEF_LAST || c >= BARE_LAM_ALEF_FIRST;
    const onFirst = split >= 0 ? split : onLam ? marks.length : 0;
    for (let k = 0; k < marks.length; k++)
      if (k < onFirst) first += plan.fold(marks[k]!);
      else second += plan.fold(marks[k]!);
    const last = spelled.length - 1;
    let written = '';
    for (let k = 0; k < spelled.length; k++)
      written +=
        plan.fold(String.prototype.charCodeAt.call(spelled, k)) + (k === last - 1 ? first : k === last ? second : '');
    out.pushString(written, i, text.length - end);
    for (let m = i + 1; m < end; m++) out.drop(text.length - end);
    return end;
  }

  /**
   * Whether the line around input index `i` has an Urdu letter (ے ں ٹ ڈ ڑ ہ, role URDU_LETTER).
   * Queries come in increasing order: each line is read once.
   */
  private inUrduLine(i: number): boolean {
    if (i >= this.urduLineEnd) {
      const { text } = this;
      let start = i;
      while (start > 0 && classOf(String.prototype.charCodeAt.call(text, start - 1)) !== Class.LINE_BREAK) start--;
      let end = i;
      while (end < text.length && classOf(String.prototype.charCodeAt.call(text, end)) !== Class.LINE_BREAK) end++;
      let urdu = start === 0 && this.urduBefore;
      for (let k = start; k < end && !urdu; k++)
        urdu = hasRole(String.prototype.charCodeAt.call(text, k), Role.URDU_LETTER);
      this.urdu = urdu;
      this.urduLineEnd = end + 1;
    }
    return this.urdu;
  }

  /** Whether input index `i` lies inside a Latin run. Queries come in increasing order. */
  private inLatinRun(i: number): boolean {
    const spans = (this.latinSpans ??= latinRunSpans(this.text));
    while (this.latinCursor < spans.length && spans[this.latinCursor + 1]! <= i) this.latinCursor += 2;
    return this.latinCursor < spans.length && spans[this.latinCursor]! <= i;
  }
}

/** N9: where the second vowel of a run of harakat starts (a shadda rides with its vowel), or -1. */
function secondVowelAt(marks: readonly number[]): number {
  let vowel = false;
  for (let k = 0; k < marks.length; k++) {
    if (marks[k] === Char.SHADDA) continue;
    if (vowel) return k;
    vowel = true;
  }
  return -1;
}

/** N9: the one vowel of a run of harakat with at most one, or -1. */
function onlyVowel(marks: readonly number[]): number {
  for (const m of marks) if (m !== Char.SHADDA) return m;
  return -1;
}
