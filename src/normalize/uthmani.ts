/**
 * N22, the `uthmani` switch: Quranic Uthmani spelling → standard (imlāʾī) spelling. Uthmani
 * script writes a long ā as a superscript alef on the consonant (ٱلْكِتَـٰبُ), on a waw or an
 * alef maksura used as its seat (ٱلصَّلَوٰةَ, أَدْرَىٰكَ), a hamza on the line before alef where
 * standard spelling writes آ (ءَامَنُوا۟, ٱلْقُرْءَانُ), a hamza on a tatweel where standard
 * spelling gives it a seat by its vowels (يَسْـَٔلُونَ), small waw and yeh for letters that are
 * pronounced but not written (بِهِۦ, دَاوُۥدَ), and marks for recitation and pauses. Standard
 * spelling, and therefore the queries people type, writes all of these with letters.
 *
 * Each handler runs for one code point that plan.ts marks CONTEXT under `uthmani`, and returns
 * the next input index. Each looks at most WORD_REACH code units to either side, so the fold
 * stays linear however long a "word" of marks is.
 *
 * Measured on the Tanzil Quran (test/corpus/quran.test.ts): the share of words whose `search`
 * form equals that of the standard-orthography text rose from 87.9% to the figure that test
 * prints.
 */
import { classAt, classOf, isMarkClass, Char, Class, hasRole, Role } from '../chars/index.ts';
import type { Context } from './context.ts';
import { Action } from './plan.ts';

/** How far a handler looks for the rest of its word, in code units each way. */
const WORD_REACH = 40;

/**
 * The words that standard spelling, like Uthmani, writes without the alef that the superscript
 * alef stands for, as letter skeletons (marks, tatweel and the superscript alef left out; every
 * alef form written ا). The class is closed: the demonstratives (هذا هذه هذان هذين هؤلاء هكذا
 * ذلك ذلكم ذلكما ذلكن أولئك أولئكم), لكن with its pronoun suffixes, and the divine names الله
 * اللهم الرحمن and إله with its suffixes. Compiled from the grammars' list of words "written
 * without the alef that is pronounced" (the ḥadhf al-alif chapter of Arabic orthography manuals),
 * and checked against the Tanzil standard-orthography text, which writes exactly these with a
 * superscript alef and no alef. Any proclitic string of و ف ب ل ك ا may precede them (وكذلك,
 * فبذلك, للرحمن, الإله), and the interrogative hamza (أإله, and ءَأِلَـٰهٌ with Uthmani's hamza on the line:
 * skeletons write every alef and hamza form as ا).
 */
const UNWRITTEN_ALEF_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => {
  const words = ['هذا', 'هذه', 'هذان', 'هذين', 'هؤلاء', 'هكذا', 'اولئك', 'اولئكم', 'الله', 'لله', 'اللهم', 'رحمن'];
  for (const s of ['ك', 'كم', 'كما', 'كن']) words.push(`ذل${s}`);
  const pronouns = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا'];
  // لكنّا is لكن + نا with one noon written.
  for (const s of [...pronouns, 'ا']) words.push(`لكن${s}`);
  for (const s of [...pronouns, 'ا', 'ين', 'ان']) words.push(`اله${s}`);
  return new Set(
    words.map((w) => Array.from(w, (ch) => skeletonLetter(String.prototype.charCodeAt.call(ch, 0))).join('')),
  );
})();

/** Letters that may stand before an UNWRITTEN_ALEF_WORDS entry as proclitics (and the article's ا ل). */
const PROCLITIC_LETTERS = 'وفبلكا';
const MAX_PROCLITICS = 4;

/** Whether a word's letter skeleton is in the closed class, after any proclitics. */
function keepsAlefUnwritten(skeleton: string): boolean {
  for (let p = 0; p <= MAX_PROCLITICS && p < skeleton.length; p++) {
    if (p > 0 && !PROCLITIC_LETTERS.includes(skeleton[p - 1]!)) break;
    if (UNWRITTEN_ALEF_WORDS.has(skeleton.slice(p))) return true;
  }
  return false;
}

/**
 * A letter as skeletons compare it: every alef and hamza form as ا, alef maksura as ي. Applied to
 * the plan's fold of the letter, so that the skeleton of a word and of its normalized form are
 * one (N18: a second pass keeps the decision; ئ becomes ء under `hamza`, ى becomes ي under
 * `alefMaksura`).
 */
function skeletonLetter(c: number): string {
  switch (c) {
    case Char.ALEF_WASLA:
    case Char.ALEF_WITH_HAMZA_ABOVE:
    case Char.ALEF_WITH_HAMZA_BELOW:
    case Char.ALEF_WITH_MADDA_ABOVE:
    case Char.HAMZA:
    case Char.WAW_WITH_HAMZA_ABOVE:
    case Char.YEH_WITH_HAMZA_ABOVE:
      return 'ا';
    case Char.ALEF_MAKSURA:
      return 'ي';
  }
  return String.fromCharCode(c);
}

/** What a code unit adds to a word's skeleton: its letter, '' for a mark or what the plan deletes, or null past the word. */
function skeletonPart(ctx: Context, c: number): string | null {
  if (isOnLetter(c) || ctx.plan.action[c] === Action.DELETE) return '';
  if (classOf(c) !== Class.ARABIC_LETTER) return null;
  const folded = ctx.plan.fold(c);
  return folded.length === 1 ? skeletonLetter(String.prototype.charCodeAt.call(folded, 0)) : skeletonLetter(c);
}

/**
 * What the code unit at `k` adds to its word's skeleton (see skeletonPart), as a second pass
 * will read it (N18): a hair space before a superscript alef adds '', a small letter the letter
 * it writes, a tatweel that seats a hamza ا (for its seat), a ligature its letters.
 */
function partAt(ctx: Context, k: number): string | null {
  const { text, plan } = ctx;
  const c = String.prototype.charCodeAt.call(text, k);
  if (c >= Char.SMALL_WAW && c <= Char.SMALL_HIGH_NOON)
    return (c === Char.SMALL_WAW || c === Char.SMALL_YEH) && silentAfter(text, k)
      ? ''
      : String.fromCharCode(letterOf(ctx, k));
  if (c === Char.ARABIC_TATWEEL && isHamzaSeat(text, k)) return 'ا';
  if (plan.action[c] === Action.EXPAND)
    return Array.from(plan.expansions.get(c)!, (ch) =>
      ch === ' ' ? ' ' : skeletonLetter(String.prototype.charCodeAt.call(ch, 0)),
    ).join('');
  return isHairSpaceInWord(text, k) ? '' : skeletonPart(ctx, c);
}

/**
 * The letter skeleton of the word around input index `i`, or null when it reaches past
 * WORD_REACH. A ligature that spells several words (ﷺ) ends the word at its space.
 */
function skeletonAround(ctx: Context, i: number): string | null {
  const { text } = ctx;
  let before = '';
  for (let k = i - 1; ; k--) {
    if (i - k > WORD_REACH) return null;
    const part = k < 0 ? null : partAt(ctx, k);
    if (part === null) break;
    const space = part.lastIndexOf(' ');
    before = part.slice(space + 1) + before;
    if (space >= 0) break;
  }
  let after = '';
  for (let k = i + 1; ; k++) {
    if (k - i > WORD_REACH) return null;
    const part = k >= text.length ? null : partAt(ctx, k);
    if (part === null) break;
    const space = part.indexOf(' ');
    after += space < 0 ? part : part.slice(0, space);
    if (space >= 0) break;
  }
  return before + after;
}

const isJoinerControl = (c: number) => c === Char.ZERO_WIDTH_NON_JOINER || c === Char.ZERO_WIDTH_JOINER;

/** Whether input code unit `c` is passed over between a letter and the mark that sits on it. */
const isOnLetter = (c: number) => {
  const cls = classOf(c);
  return isMarkClass(cls) || cls === Class.TATWEEL || cls === Class.FORMAT || cls === Class.ZWNJ || cls === Class.ZWJ;
};

/**
 * Whether the code unit at `k` is a hair space that a superscript alef follows (see
 * `hairSpace`), across format controls and other marks: the decision does not depend on which
 * marks the options keep, so a second pass makes the same one (N18).
 */
function isHairSpaceInWord(text: string, k: number): boolean {
  if (String.prototype.charCodeAt.call(text, k) !== Char.HAIR_SPACE) return false;
  let j = k + 1;
  for (; j < text.length && j - k <= WORD_REACH; j++) {
    const c = String.prototype.charCodeAt.call(text, j);
    if (c === Char.SUPERSCRIPT_ALEF) return true;
    if (!isOnLetter(c) || c === Char.ARABIC_TATWEEL) return false;
  }
  return false;
}

/**
 * The input index of the letter that the marks before `i` sit on, or -1: a letter, a small
 * letter that writes one, or a ligature that ends in one.
 */
function letterBefore(ctx: Context, i: number): number {
  const { text, plan } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= WORD_REACH; k--) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (c === Char.SMALL_HIGH_YEH || c === Char.SMALL_HIGH_NOON) return k; // marks that write a letter
    if ((c === Char.SMALL_WAW || c === Char.SMALL_YEH) && silentAfter(text, k)) continue;
    if (c === Char.ARABIC_TATWEEL && isHamzaSeat(text, k)) return k; // becomes the hamza's seat
    if (isOnLetter(c) || isHairSpaceInWord(text, k)) continue;
    if (plan.action[c] === Action.EXPAND) return classOf(letterOf(ctx, k)) === Class.ARABIC_LETTER ? k : -1;
    return classAt(text, k) === Class.ARABIC_LETTER ? k : -1;
  }
  return -1;
}

/**
 * The letter that the input at `k` writes, as a second pass reads it (N18): the small letters
 * stand for و ي ن (see `smallLetter`), a ligature for its last letter, a letter with a combining
 * hamza that the plan composes for the composition (ا + ◌ٔ is أ), every other letter for itself.
 */
function letterOf(ctx: Context, k: number): number {
  const { text, plan } = ctx;
  const c = String.prototype.charCodeAt.call(text, k);
  if (c === Char.SMALL_WAW) return Char.WAW;
  if (c === Char.SMALL_YEH || c === Char.SMALL_HIGH_YEH) return Char.YEH;
  if (c === Char.SMALL_HIGH_NOON) return Char.NOON;
  if (c === Char.ARABIC_TATWEEL) return Char.HAMZA; // a hamza seat (see letterBefore)
  if (plan.action[c] === Action.EXPAND) {
    const spelled = plan.expansions.get(c)!;
    return String.prototype.charCodeAt.call(spelled, spelled.length - 1);
  }
  const o = plan.options;
  const mark = String.prototype.charCodeAt.call(text, k + 1);
  if ((o.composeHamza || o.hamza) && (mark === Char.HAMZA_ABOVE || mark === Char.HAMZA_BELOW)) {
    if (c === Char.ALEF) return mark === Char.HAMZA_ABOVE ? Char.ALEF_WITH_HAMZA_ABOVE : Char.ALEF_WITH_HAMZA_BELOW;
    if (mark === Char.HAMZA_ABOVE && c === Char.WAW) return Char.WAW_WITH_HAMZA_ABOVE;
    if (mark === Char.HAMZA_ABOVE && c === Char.YEH) return Char.YEH_WITH_HAMZA_ABOVE;
  }
  return c;
}

/**
 * Whether the small waw or yeh at `k` follows the pronoun ه, across its marks, where it is not
 * written (بِهِۦ). Not through letterBefore: a run of small letters would make that recursion
 * exponential.
 */
function silentAfter(text: string, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= WORD_REACH && isOnLetter(String.prototype.charCodeAt.call(text, j))) j--;
  return j >= 0 && String.prototype.charCodeAt.call(text, j) === Char.HEH;
}

/** The input index of the first code unit at or after `i` that is not a mark, tatweel or format control. */
function pastMarks(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i <= WORD_REACH && isOnLetter(String.prototype.charCodeAt.call(text, k))) k++;
  return k;
}

/** The vowel among the marks from `from` to `to`: a haraka or tanwin, folded to fatha, damma or kasra; 0 if none. */
function vowelIn(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (c === Char.FATHA || c === Char.FATHATAN || c === Char.OPEN_FATHATAN) return Char.FATHA;
    if (c === Char.DAMMA || c === Char.DAMMATAN || c === Char.OPEN_DAMMATAN) return Char.DAMMA;
    if (c === Char.KASRA || c === Char.KASRATAN || c === Char.OPEN_KASRATAN) return Char.KASRA;
  }
  return 0;
}

/**
 * The output index of the letter last written (before its marks), or -1. The marks that
 * follow a letter in the output are few (bounded by WORD_REACH in the input), so the walk is short.
 */
function lastLetterOut(ctx: Context): number {
  const out = ctx.out;
  let k = out.len - 1;
  while (k >= 0 && out.len - k <= WORD_REACH && isOnLetter(out.unitAt(k))) k--;
  return k >= 0 && classOf(out.unitAt(k)) === Class.ARABIC_LETTER ? k : -1;
}

/** Writes the plan's context-free fold of `cp` for input index `i` (what the switch would do without `uthmani`). */
function pushFold(ctx: Context, cp: number, i: number): void {
  const to = ctx.plan.fold(cp);
  const rest = ctx.text.length - i - 1;
  if (to.length === 0) ctx.out.drop(rest);
  else if (to.length === 1) ctx.out.push(String.prototype.charCodeAt.call(to, 0), i, rest);
  else ctx.out.pushString(to, i, rest);
}

/**
 * U+0670 SUPERSCRIPT ALEF (N22): in a word of the closed class it stays what the other
 * switches make of it (a mark); on a waw or alef maksura that carries no vowel of its own, and
 * the maksura is not word-final, the seat becomes ا (ٱلصَّلَوٰةَ → الصلاة, أَدْرَىٰكَ → أدراك); at
 * the end of a word after ى it goes (عَلَىٰ → على); otherwise it becomes ا (ٱلْكِتَـٰبُ → الكتاب).
 */
export function superscriptAlef(ctx: Context, i: number): number {
  const { text, out } = ctx;
  const seat = letterBefore(ctx, i);
  const skeleton = seat < 0 ? null : skeletonAround(ctx, i);
  if (seat < 0 || skeleton === null || keepsAlefUnwritten(skeleton)) {
    pushFold(ctx, Char.SUPERSCRIPT_ALEF, i);
    return i + 1;
  }
  const seatLetter = letterOf(ctx, seat);
  // The seat carries no vowel of its own: only the superscript alef (and silent marks) follow it.
  const bareSeat = vowelIn(text, seat + 1, i) === 0;
  // A yeh seat is decided as an alef maksura: `alefMaksura` writes ى as ي, and a second pass
  // must decide alike (N18).
  const maksura = seatLetter === Char.ALEF_MAKSURA || seatLetter === Char.YEH;
  if ((seatLetter === Char.WAW || maksura) && bareSeat) {
    const next = pastMarks(text, i + 1);
    // A letter follows, or a mark that writes one (another superscript alef, a small letter, a
    // hamza seat): what a second pass finds there (N18).
    let wordFinal = next >= text.length || classAt(text, next) !== Class.ARABIC_LETTER;
    for (let k = i + 1; k < next && wordFinal; k++) {
      const c = String.prototype.charCodeAt.call(text, k);
      if (
        c === Char.SUPERSCRIPT_ALEF ||
        (c >= Char.SMALL_HIGH_YEH && c <= Char.SMALL_HIGH_NOON) ||
        (c === Char.ARABIC_TATWEEL && isHamzaSeat(text, k))
      )
        wordFinal = false;
    }
    if (maksura && wordFinal) {
      pushFold(ctx, Char.SUPERSCRIPT_ALEF, i);
      return i + 1;
    }
    const at = lastLetterOut(ctx);
    if (at >= 0) {
      out.replaceAt(at, String.prototype.charCodeAt.call(ctx.plan.fold(Char.ALEF), 0), text.length - i - 1);
      out.drop(text.length - i - 1);
      // ٱلرِّبَوٰا۟: the silent alef after the new one goes with the seat.
      if (
        next < text.length &&
        String.prototype.charCodeAt.call(text, next) === Char.ALEF &&
        hasRole(String.prototype.charCodeAt.call(text, next + 1), Role.QURANIC_ANNOTATION)
      )
        return skipTo(ctx, i + 1, next);
      return i + 1;
    }
  }
  pushFold(ctx, Char.ALEF, i);
  return i + 1;
}

/** Writes the input from `from` up to `to` (marks only) as the plan says, then drops the code unit at `to`. */
function skipTo(ctx: Context, from: number, to: number): number {
  for (let k = from; k < to; k++) pushFold(ctx, String.prototype.charCodeAt.call(ctx.text, k), k);
  ctx.out.drop(ctx.text.length - to - 1);
  return to + 1;
}

/**
 * The seat that standard spelling gives a hamza, from its own vowel and that of the letter
 * before (the rule of the spelling manuals for a medial hamza): kasra on either, or a yeh
 * before → ئ; else damma on either → ؤ; else أ. A hamza that starts its word (after nothing, or
 * after a one-letter proclitic or the interrogative أ) sits on an alef: إ with a kasra, else أ.
 * Returns 0 for a hamza that stays on the line: after a long vowel or a sukun, or with no vowel
 * known, when `onLine` says the text wrote it there.
 */
function seatOf(ctx: Context, before: number, own: number, onLine: boolean): number {
  const { text } = ctx;
  if (before < 0 || startsStem(ctx, before, onLine))
    return own === Char.KASRA ? Char.ALEF_WITH_HAMZA_BELOW : Char.ALEF_WITH_HAMZA_ABOVE;
  const prev = vowelIn(text, before + 1, pastMarks(text, before + 1));
  const prevLetter = letterOf(ctx, before);
  if (own === Char.KASRA || prev === Char.KASRA || prevLetter === Char.YEH || prevLetter === Char.ALEF_MAKSURA)
    return Char.YEH_WITH_HAMZA_ABOVE;
  if (onLine && prev === 0) return 0;
  if (own === Char.DAMMA || prev === Char.DAMMA) return Char.WAW_WITH_HAMZA_ABOVE;
  return Char.ALEF_WITH_HAMZA_ABOVE;
}

/**
 * Whether the letter at `k` is all that precedes a stem: a word-initial interrogative أ, or (for
 * a hamza on a tatweel, `onLine` false) a one-letter proclitic. A hamza on the line after a
 * proclitic is left to the vowel rule: MSA writes لئن and فئة so, and Uthmani puts the hamza of a
 * stem after a proclitic on a tatweel (بِـَٔايَـٰتِنَا).
 */
function startsStem(ctx: Context, k: number, onLine: boolean): boolean {
  const c = letterOf(ctx, k);
  const proclitic = c === Char.ALEF_WITH_HAMZA_ABOVE || (!onLine && STEM_PROCLITICS.includes(String.fromCharCode(c)));
  return proclitic && letterBefore(ctx, k) < 0;
}
const STEM_PROCLITICS = 'وفبلكس';

/** Writes `seat` for the hamza at `i` (آ when it is أ before the alef at `alef`); returns where the input goes on. */
function writeSeat(ctx: Context, i: number, seat: number, alef: number): number {
  if (seat === Char.ALEF_WITH_HAMZA_ABOVE && alef >= 0) {
    pushFold(ctx, Char.ALEF_WITH_MADDA_ABOVE, i);
    const rest = ctx.text.length - alef - 1;
    for (let k = i + 1; k <= alef; k++) ctx.out.drop(rest);
    return alef + 1;
  }
  pushFold(ctx, seat, i);
  return i + 1;
}

/**
 * Whether the input at `k` is written as a bare alef: ا, or أ إ آ under `alef` (N1), so that a
 * second pass, which finds ا there, decides alike (N18).
 */
function writesAlef(ctx: Context, k: number): boolean {
  if (k >= ctx.text.length) return false;
  const c = String.prototype.charCodeAt.call(ctx.text, k);
  return c === Char.ALEF || (classOf(c) === Class.ARABIC_LETTER && ctx.plan.fold(c) === ctx.plan.fold(Char.ALEF));
}

/**
 * The alef (or superscript alef) that makes a hamza at `i` the Uthmani spelling of آ, or -1
 * (`literal`: only ا itself, else any letter the plan writes as ا): not
 * at the end of a word (جُزْءًا, the accusative) nor after a long ā (إجراءات, سَوَآءً), where
 * standard spelling writes ءا too.
 */
function alefAfterHamza(ctx: Context, i: number, marksEnd: number, literal: boolean): number {
  const { text } = ctx;
  for (let k = i + 1; k < marksEnd; k++)
    if (String.prototype.charCodeAt.call(text, k) === Char.SUPERSCRIPT_ALEF) return k;
  if (literal ? String.prototype.charCodeAt.call(text, marksEnd) !== Char.ALEF : !writesAlef(ctx, marksEnd)) return -1;
  const after = pastMarks(text, marksEnd + 1);
  if (after >= text.length || classAt(text, after) !== Class.ARABIC_LETTER) return -1;
  const before = letterBefore(ctx, i);
  return before >= 0 && letterOf(ctx, before) === Char.ALEF ? -1 : marksEnd;
}

/**
 * U+0621 HAMZA on the line (N22): Uthmani writes on the line hamzas that standard spelling
 * seats: before an alef it is آ (ءَامَنُوا۟ → آمنوا, ٱلْقُرْءَانُ → القرآن), at the start of a stem it
 * is أ or إ (ءَأَنتُمْ → أأنتم, أَءِذَا → أإذا), after a short vowel or a yeh it takes the seat of
 * `seatOf` (أَرَءَيْتُمْ → أرأيتم). After a long vowel or a sukun, and at the end of a word, it
 * stays (سَوْءَةَ, شَىْءٌ).
 *
 * Under `hamza` (N4), which writes ؤ and ئ as ء, with the marks kept (diacritics 'keep'), those
 * two are decided here too, so that a second pass finds nothing to change (N18): `c` is the code
 * point at `i`. Where the marks go, a second pass sees no vowel and changes nothing, so ؤ and ئ
 * are left to N4.
 */
export function hamzaOnLine(ctx: Context, c: number, i: number): number {
  const [seat, alef] = lineSeat(ctx, i, letterBefore(ctx, i));
  if (seat === 0) {
    pushFold(ctx, c, i);
    return i + 1;
  }
  return writeSeat(ctx, i, seat, alef);
}

/**
 * The seat of a hamza on the line whose marks follow input index `i`, with the letter before it
 * at `before` (see `hamzaOnLine`): [seat, the alef that makes it آ or -1]; seat 0 keeps ء.
 */
function lineSeat(ctx: Context, i: number, before: number): [number, number] {
  const { text } = ctx;
  const marksEnd = pastMarks(text, i + 1);
  const own = vowelIn(text, i + 1, marksEnd);
  // Uthmani text is fully vocalized: a hamza without a vowel is not Uthmani spelling, and is
  // kept; so is one that ends its word (شَىْءٌ, ٱلْمَرْءِ), which standard spelling writes so too.
  const final = marksEnd >= text.length || classAt(text, marksEnd) !== Class.ARABIC_LETTER;
  let seat = own === 0 || final ? 0 : seatOf(ctx, before, own, true);
  // A hamza that keeps no seat of its own before an alef that `alef` (N1) writes as ا (ءَأ): a
  // second pass finds ءَا there, so it is آ now (N18). One with a seat writes أا, which stays.
  const alef =
    own !== Char.FATHA
      ? -1
      : seat === 0
        ? alefAfterHamza(ctx, i, marksEnd, false)
        : seat === Char.ALEF_WITH_HAMZA_ABOVE
          ? alefAfterHamza(ctx, i, marksEnd, true)
          : -1;
  // After a sukun the hamza stays on the line, unless an alef follows: ٱلْقُرْءَانُ is القرآن.
  if (alef >= 0) seat = Char.ALEF_WITH_HAMZA_ABOVE;
  return [seat, alef];
}

/**
 * A combining hamza at `i` that composed with the letter before into ؤ or ئ, under `hamza`
 * (which writes both as ء): decided as a hamza on the line, so that a second pass, which finds
 * that ء, decides alike (N18). Returns the next input index, or -1 to compose as usual.
 */
export function composedHamza(ctx: Context, i: number): number {
  const base = letterBefore(ctx, i);
  const [seat, alef] = lineSeat(ctx, i, base < 0 ? -1 : letterBefore(ctx, base));
  if (seat === 0) return -1;
  const out = ctx.out;
  const rest = ctx.text.length - i - 1;
  if (seat === Char.ALEF_WITH_HAMZA_ABOVE && alef >= 0) {
    out.replaceAt(out.len - 1, String.prototype.charCodeAt.call(ctx.plan.fold(Char.ALEF_WITH_MADDA_ABOVE), 0), rest);
    for (let k = i; k <= alef; k++) out.drop(rest);
    return alef + 1;
  }
  out.replaceAt(out.len - 1, String.prototype.charCodeAt.call(ctx.plan.fold(seat), 0), rest);
  out.drop(rest);
  return i + 1;
}

/**
 * A tatweel that carries a hamza (N22): the hamza takes the seat of `seatOf` (ٱلْـَٔاخِرَةِ →
 * الآخرة, يَسْـَٔلُونَ → يسألون, شَيْـًٔا → شيئا, بِـَٔايَـٰتِنَا → بآياتنا). Returns -1 when the
 * tatweel carries no hamza. A tatweel that carries a superscript alef or a small letter goes (the
 * letter is written by `superscriptAlef` or `smallLetter`); -1 when it carries neither.
 */
export function tatweelSeat(ctx: Context, i: number): number {
  const { text } = ctx;
  // A run of tatweel is one seat, the last one; those before it only stretch the word.
  let last = i;
  while (last + 1 < text.length && String.prototype.charCodeAt.call(text, last + 1) === Char.ARABIC_TATWEEL) last++;
  const hamza = seatedHamza(text, last);
  if (hamza === -1) return -1;
  for (let k = i; k < last; k++) ctx.out.drop(text.length - k - 1);
  if (hamza === SEATS_LETTER) {
    // The seat of a superscript alef or a small letter, which becomes a letter of its own (or
    // stays a mark on the letter before).
    ctx.out.drop(text.length - last - 1);
    return last + 1;
  }
  let end = hamza + 1;
  while (
    end < text.length &&
    end - last <= WORD_REACH &&
    isOnLetter(String.prototype.charCodeAt.call(text, end)) &&
    String.prototype.charCodeAt.call(text, end) !== Char.ARABIC_TATWEEL
  )
    end++;
  const seat = seatOf(ctx, letterBefore(ctx, i), vowelIn(text, last + 1, end), false);
  const alef = writesAlef(ctx, end) ? end : -1;
  if (seat === Char.ALEF_WITH_HAMZA_ABOVE && alef >= 0) return writeSeat(ctx, last, seat, alef);
  pushFold(ctx, seat, last);
  // The marks before the hamza (context-free ones: see seatedHamza) are written here.
  for (let k = last + 1; k < hamza; k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (isJoinerControl(c) || c === Char.MADDA_ABOVE) ctx.out.drop(text.length - k - 1);
    else pushFold(ctx, c, k);
  }
  ctx.out.drop(text.length - hamza - 1);
  return hamza + 1;
}

/** Whether the tatweel at `k` is the last of its run and carries a hamza: it becomes a letter. */
const isHamzaSeat = (text: string, k: number) =>
  String.prototype.charCodeAt.call(text, k + 1) !== Char.ARABIC_TATWEEL && seatedHamza(text, k) >= 0;

/** What `seatedHamza` returns for a tatweel that carries a superscript alef or small letter. */
const SEATS_LETTER = -2;

/**
 * What the tatweel at `k` (the last of its run) carries, read over its marks up to the first
 * that decides: the index of a hamza (U+0654, U+0655) on it, SEATS_LETTER for a superscript alef
 * or small letter, or -1. The marks passed over are context-free, but for the madda and ZWNJ or
 * ZWJ, which go (the madda under `uthmani`, the joiners beside a mark).
 */
function seatedHamza(text: string, k: number): number {
  for (let j = k + 1; j < text.length && j - k <= WORD_REACH; j++) {
    const c = String.prototype.charCodeAt.call(text, j);
    if (c === Char.HAMZA_ABOVE || c === Char.HAMZA_BELOW) return j;
    if (c === Char.SUPERSCRIPT_ALEF || (c >= Char.SMALL_WAW && c <= Char.SMALL_HIGH_NOON)) return SEATS_LETTER;
    if (c === Char.ARABIC_TATWEEL || !isOnLetter(c)) return -1;
  }
  return -1;
}

/**
 * U+06E5 SMALL WAW, U+06E6 SMALL YEH (N22): after the pronoun ه they mark a long vowel that
 * standard spelling does not write (بِهِۦ → به, لَهُۥ → له); elsewhere they stand for a letter
 * that it does (دَاوُۥدَ → داوود, يَسْتَحْىِۦٓ → يستحيي). U+06E7 SMALL HIGH YEH and U+06E8 SMALL HIGH
 * NOON always do (ٱلنَّبِيِّـۧنَ → النبيين, نُـۨجِى → ننجي).
 */
export function smallLetter(ctx: Context, c: number, i: number): number {
  const letter = c === Char.SMALL_WAW ? Char.WAW : c === Char.SMALL_HIGH_NOON ? Char.NOON : Char.YEH;
  if ((c === Char.SMALL_WAW || c === Char.SMALL_YEH) && silentAfter(ctx.text, i)) ctx.out.drop(ctx.text.length - i - 1);
  else pushFold(ctx, letter, i);
  return i + 1;
}

/**
 * A hair space before a superscript alef (N22): some encodings put one (and a word joiner after)
 * so that the mark does not collide with the letter's own, as in ذَ ٰ⁠لِكَ; it is part of the word.
 * Returns -1 when the space is not one of these.
 */
export function hairSpace(ctx: Context, i: number): number {
  const { text } = ctx;
  if (isHairSpaceInWord(text, i) && letterBefore(ctx, i) >= 0) {
    ctx.out.drop(text.length - i - 1);
    return i + 1;
  }
  return -1;
}

/**
 * The words after the article whose lam Uthmani writes once with a shadda where standard
 * spelling writes two (ٱلَّيْلِ → الليل, ٱلَّـٰتِى → اللاتي, ٱلَّـٰٓـِٔى → اللائي), as their letters
 * after that lam, as skeletons (a superscript alef written ا, the hamza on a tatweel left out). From the spelling manuals' list of words written with two lams after the article
 * (الليل, اللائي, اللاتي, اللذان); Uthmani writes the last with two (ٱللَّذَانِ) too.
 */
const DOUBLED_LAM_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['يل', 'اتي', 'اي', 'ااي']);

/** U+0671 ALEF WASLA (N22): an alef, and the article's lam doubled before the words of DOUBLED_LAM_WORDS. */
export function alefWasla(ctx: Context, i: number): number {
  const { text, plan } = ctx;
  if (!doublesLam(ctx, i)) pushFold(ctx, Char.ALEF, i);
  // Two units for one: pushString makes room for them (push assumes one unit per input unit).
  else ctx.out.pushString(plan.fold(Char.ALEF) + plan.fold(Char.LAM), i, text.length - i - 1);
  return i + 1;
}

/** Whether the alef wasla at `i` starts ٱلَّ + one of DOUBLED_LAM_WORDS. */
function doublesLam(ctx: Context, i: number): boolean {
  const { text } = ctx;
  if (String.prototype.charCodeAt.call(text, i + 1) !== Char.LAM) return false;
  const marksEnd = pastMarks(text, i + 2);
  let shadda = false;
  for (let k = i + 2; k < marksEnd; k++) if (String.prototype.charCodeAt.call(text, k) === Char.SHADDA) shadda = true;
  if (!shadda) return false;
  let rest = '';
  for (let k = i + 2; k < text.length && k - i <= WORD_REACH; k++) {
    const part = String.prototype.charCodeAt.call(text, k) === Char.SUPERSCRIPT_ALEF ? 'ا' : partAt(ctx, k);
    if (part === null) break;
    rest += part;
  }
  return DOUBLED_LAM_WORDS.has(rest);
}
