/**
 * N7 under `tatweel: 'decorative'` (the `clean` preset): a run of tatweel is removed when it only
 * stretches a word (جمـــيل), and kept when it carries meaning. A tatweel is kept, as one, when
 * - it seats a hamza or madda (ٱلْـَٔاخِرَةِ: without it the hamza lands on the lam's sukun), or
 *   a mark after a letter that already carries one;
 * - it ends a detached prefix before a space, a Latin word, a digit or punctuation (بـ #حلب,
 *   الـ NBA, الـ16), or the Hijri year sign هـ (١٤٣٧هـ);
 * and a run with no letter on either side is a dash (١٤٣٦ ــ ١٤٣٧هـ) and stays as it is.
 * `tatweel: true` (`search`, `lucene`) removes every tatweel, as Lucene does.
 */
import { classAt, classOf, isLetterClass, isMarkClass, hasRole, Char, Class, Role } from '../chars/index.ts';
import type { Context } from './context.ts';
import { Action } from './plan.ts';

/**
 * The letters before a tatweel that make it a detached prefix: the proclitics and the article
 * as a writer detaches them from a foreign word or a number (بـ، لـ، كـ، وـ، فـ، سـ، الـ، بالـ،
 * والـ، فالـ، كالـ، للـ and their pairs), and ه, the Hijri year sign. From Arabic typing
 * practice in news and social text (e.g. "الـ NBA", "بـ 5 أهداف", "١٤٣٧هـ").
 */
const DETACHED = new Set([
  'ب',
  'ل',
  'ك',
  'و',
  'ف',
  'س',
  'ه',
  'ال',
  'لل',
  'بال',
  'وال',
  'فال',
  'كال',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'فب',
  'فل',
  'وك',
  'فك',
]);
/** The longest DETACHED entry: the most letters the handler looks back at. */
const LONGEST_DETACHED = 3;
/** How far back the handler walks over the marks of those letters, in code units. */
const MAX_WALK = 32;
/** How far from a tatweel the handler reads (the walk back, and the units after the run): streams cut no nearer. */
export const DECORATIVE_REACH = MAX_WALK + LONGEST_DETACHED + 8;

/** Handles the tatweel run that starts at input index `i`; returns the index after it. */
export function decorativeTatweel(ctx: Context, i: number): number {
  const { text, out } = ctx;
  let end = i + 1;
  while (end < text.length && String.prototype.charCodeAt.call(text, end) === Char.ARABIC_TATWEEL) end++;
  const rest = text.length - end;
  // N18: what follows is the next character that will be written (a bidi isolate goes).
  let after = end;
  while (after < text.length && vanishes(ctx, String.prototype.charCodeAt.call(text, after))) after++;
  const next = ctx.nextOutputClass(after); // a ligature writes letters (ـ﷼ is ـريال)
  const prev = out.len > 0 ? classOf(out.codePointBefore(out.len)) : -1;
  let keep: 'one' | 'all' | 'none' = 'none';
  if (isMarkClass(next)) {
    if (seatsKeptMark(ctx, after, isMarkClass(prev))) keep = 'one';
  } else if (!isLetterClass(next) && next !== Class.TATWEEL) {
    if (!isLetterClass(prev) && !isMarkClass(prev)) keep = 'all';
    else if (DETACHED.has(wordBefore(ctx))) keep = 'one';
  }
  for (let k = i; k < end; k++) {
    if (keep === 'all' || (keep === 'one' && k === end - 1)) out.push(Char.ARABIC_TATWEEL, k, text.length - k - 1);
    else out.drop(rest);
  }
  return end;
}

/**
 * Whether the marks from `k` include one that the output keeps and that needs the tatweel: a
 * combining hamza or madda (U+0653–U+0655), or, when the letter before already carries a mark
 * (`afterMark`), any mark. A mark the options remove needs no seat (N18: a second pass would
 * then remove the tatweel).
 */
function seatsKeptMark(ctx: Context, k: number, afterMark: boolean): boolean {
  const { text, plan } = ctx;
  const o = plan.options;
  for (; k < text.length && isMarkClass(classAt(text, k)); k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (hasRole(c, Role.COMBINING_HAMZA)) {
      // Under `hamza` or diacritics 'all' a hamza that composes with nothing goes (context.ts).
      if (!o.hamza && o.diacritics !== 'all' && !(o.uthmani && c === Char.MADDA_ABOVE)) return true;
    } else if (afterMark && plan.action[c] !== Action.DELETE) return true;
  }
  return false;
}

/** The Arabic letters of the output's last word when it has at most LONGEST_DETACHED of them (marks skipped), else ''. */
function wordBefore(ctx: Context): string {
  const out = ctx.out;
  let word = '';
  // The walk is capped, so that a letter with a long run of marks costs no more per tatweel.
  for (let k = out.len - 1; k >= 0 && out.len - k <= MAX_WALK; k--) {
    const c = out.unitAt(k);
    const cls = classOf(c);
    if (isMarkClass(cls)) continue;
    if (cls !== Class.ARABIC_LETTER) break;
    if (word.length === LONGEST_DETACHED) return '';
    word = String.fromCharCode(c) + word;
  }
  return word;
}

/**
 * Whether the code unit is not written next to a tatweel: deleted by the plan, or a ZWNJ or ZWJ
 * under `invisibles`, which stays only between letters (or inside emoji), where the tatweel's
 * neighbour is a letter either way.
 */
function vanishes(ctx: Context, c: number): boolean {
  if (ctx.plan.action[c] === Action.DELETE) return true;
  return ctx.plan.options.invisibles && (c === Char.ZERO_WIDTH_NON_JOINER || c === Char.ZERO_WIDTH_JOINER);
}
