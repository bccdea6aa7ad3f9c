/**
 * The single-pass normalizer: one typed-array lookup per code unit, with the rare contextual
 * code points handed to `Context`. See `plan.ts` for how options become the lookup table.
 */
import { MAX_CODE_UNIT, Char } from '../chars/index.ts';
import { requireString } from '../options/validate.ts';
import { Fact, factsOf } from '../memo/word-cache.ts';
import { Context } from './context.ts';
import { collapseElongation } from './elongation.ts';
import { PRESETS, resolveOptions, type NormalizeOptions, type PresetName } from './options.ts';
import { Output } from './output.ts';
import { planFor, type Plan, Action } from './plan.ts';

/**
 * Runs a plan over `text`. Two loops: the first walks the input while the output still equals
 * it, writing nothing; the second, from the first change on, writes into the output buffer held
 * in locals. Measured on 4 MB of news text (search preset): keeping `buf`/`len` in locals
 * instead of calling `Output.push` per code unit took the loop from 39 to over 300 Mchar/s.
 */
function run(text: string, plan: Plan, trackOffsets: boolean, lastLetterArabic = false, urduBefore = false): Output {
  let out = runPlan(text, plan, trackOffsets, lastLetterArabic, urduBefore);
  // N22 with marks kept: a decision of the Uthmani fold reads letters and marks that the same
  // pass rewrites (a hamza that takes a seat, a superscript alef that becomes ا), and a few
  // spellings that no real text has (ءَءُءَ, ۥٰٔ) read differently once rewritten. The fold
  // runs again on its own output until nothing changes (at most FOLD_PASSES), so that
  // `normalize` stays idempotent (N18). Under diacritics 'all' (`search`) every decision already
  // holds on a second pass (the fuzz laws check both).
  if (plan.options.uthmani && plan.options.diacritics !== 'all')
    for (let pass = 1; pass < FOLD_PASSES && out.buf !== null; pass++) {
      const again = runPlan(out.text_(), plan, trackOffsets, lastLetterArabic, urduBefore);
      if (again.buf === null) break;
      out = again.after(out);
    }
  if (plan.options.elongation) collapseElongation(out);
  return out;
}

/** How many times the Uthmani fold may run on its own output (see `run`). */
const FOLD_PASSES = 4;

/** The single pass itself (see `run`). */
function runPlan(
  text: string,
  plan: Plan,
  trackOffsets: boolean,
  lastLetterArabic: boolean,
  urduBefore: boolean,
): Output {
  const out = new Output(text, trackOffsets);
  const action = plan.action;
  const n = text.length;
  let context: Context | null = null;
  let i = 0;

  // Pending: nothing written yet. A contextual code point may leave the text as it is.
  while (i < n) {
    const c = String.prototype.charCodeAt.call(text, i);
    const a = action[c]!;
    if (a === c) {
      i++;
      continue;
    }
    if (
      a === Action.SPACE_RUN &&
      c === Char.ASCII_SPACE &&
      (i === 0 || String.prototype.charCodeAt.call(text, i - 1) !== Char.ASCII_SPACE)
    ) {
      i++;
      continue;
    }
    if (a === Action.CONTEXT) {
      out.len = i;
      i = (context ??= new Context(text, plan, out, lastLetterArabic, urduBefore)).handle(c, i);
      if (out.buf === null) continue;
    }
    break;
  }
  if (out.buf === null) {
    out.len = i;
    if (i >= n) return out;
    out.materialize(n - i);
  }

  // Writing: the fast path runs until a code unit needs the slow path, which goes through the
  // Output object and the context handlers.
  while (i < n) {
    i = writeFast(text, action, out, i);
    if (i >= n) break;
    const c = String.prototype.charCodeAt.call(text, i);
    const a = action[c]!;
    if (a === Action.EXPAND) {
      out.pushString(plan.expansions.get(c)!, i, n - i - 1);
      i++;
    } else if (a === Action.ASTRAL) {
      i = pushAstral(text, i, plan, out);
    } else {
      i = (context ??= new Context(text, plan, out, lastLetterArabic, urduBefore)).handle(c, i);
    }
  }
  return out;
}

/**
 * The hot loop: from input index `i`, writes every code unit whose action is a replacement (or
 * itself), a deletion or a collapsible space, and returns the index of the first one that needs
 * the slow path (or the text's length). Deletions and collapsed spaces are flags in the action
 * (see plan.ts), so the loop has one branch; a branch on deletions (2% of news under `search`,
 * unpredictable) cost about as much as the rest of the loop. A function of its own so that `buf` is a constant here:
 * as a variable reassigned after slow paths inside one big loop, the same code ran at half the
 * speed (95 vs 190 Mchar/s on 4 MB of news under `search`).
 *
 * Capacity invariant: `buf.length >= len + (n - i)`; only expansions grow the buffer, and they
 * go through `Output.pushString`.
 */
function writeFast(text: string, action: Int32Array, out: Output, i: number): number {
  const n = text.length;
  const buf = out.buf!;
  const offs = out.offs;
  let len = out.len;
  // 1 when the output ends in a space: a SPACE_RUN entry then writes nothing (see plan.ts).
  let prevSpace = len > 0 && buf[len - 1] === Char.ASCII_SPACE ? 1 : 0;
  // Two copies of the loop, with and without offsets: with the test inside one loop, `search`
  // ran 8% slower on 4M code units of news and 13% on social text (medians of 8 fresh-process
  // pairs, 2026-12-01), which paid for the elongation pass (N19).
  if (offs === null) {
    for (; i < n; i++) {
      const a = action[String.prototype.charCodeAt.call(text, i)]!;
      if (a < 0) break;
      // Replacement, identity, collapsible space (bit 16) or deletion (bit 17), without a branch:
      // the unit is written, and the output advances unless it is a deletion or a second space.
      buf[len] = a;
      const isSpace = (a >>> 16) & 1;
      const isDeleted = a >>> 17;
      len += 1 - ((isSpace & prevSpace) | isDeleted);
      prevSpace = (prevSpace & isDeleted) | (isSpace & (isDeleted ^ 1));
    }
  } else {
    for (; i < n; i++) {
      const a = action[String.prototype.charCodeAt.call(text, i)]!;
      if (a < 0) break;
      buf[len] = a;
      offs[len] = i;
      const isSpace = (a >>> 16) & 1;
      const isDeleted = a >>> 17;
      len += 1 - ((isSpace & prevSpace) | isDeleted);
      prevSpace = (prevSpace & isDeleted) | (isSpace & (isDeleted ^ 1));
    }
  }
  out.len = len;
  return i;
}

/** A surrogate pair whose code point the plan replaces (or a lone surrogate, kept). */
function pushAstral(text: string, i: number, plan: Plan, out: Output): number {
  const n = text.length;
  const cp = String.prototype.codePointAt.call(text, i)!;
  if (cp <= MAX_CODE_UNIT) {
    out.push(cp, i, n - i - 1);
    return i + 1;
  }
  const to = plan.astral.get(cp);
  if (to !== undefined) out.pushString(to, i, n - i - 2);
  else {
    out.push(String.prototype.charCodeAt.call(text, i), i, n - i - 1);
    out.push(String.prototype.charCodeAt.call(text, i + 1), i + 1, n - i - 2);
  }
  return i + 2;
}

/**
 * Normalizes Arabic text. With no options it applies the `clean` preset, which changes only how
 * the text is encoded (presentation forms, tatweel, invisible characters, white space, hamza
 * composition), never what it says. Returns the input string itself when nothing changes.
 *
 * @param text - Any string; lone surrogates and control characters are kept as they are.
 * @param options - A preset name (`'clean'`, `'search'`, `'lucene'`, `'none'`), or switches with
 *   an optional `preset` to start from. Throws a `TypeError` for an unknown option or value.
 *   Called with a preset name, as search engines call it word by word, the results for words of
 *   up to 12 code units are remembered (a bounded table, src/memo).
 *
 * @example
 * ```ts
 * import { normalize } from 'arabic-text';
 * normalize('العـــربية');                           // 'العربية'
 * normalize('إِنَّ المدرسةَ كبيرة', 'search');        // 'ان المدرسه كبيره'
 * normalize('أحمد', { preset: 'none', alef: true }); // 'احمد'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | PresetName): string {
  // Search engines normalize word by word, by preset name: those words are remembered.
  const fact = typeof options === 'string' ? PRESET_FACTS.get(options) : undefined;
  if (fact !== undefined) {
    const input = requireString('normalize', 'text', text);
    const facts = factsOf(input);
    return ((facts[fact] as string | undefined) ??= run(input, planFor(PRESETS[options as PresetName]), false).text_());
  }
  const plan = planFor(resolveOptions(options));
  return run(requireString('normalize', 'text', text), plan, false).text_();
}

/** Where each preset's result is remembered (src/memo). */
const PRESET_FACTS = new Map<string, Fact>([
  ['none', Fact.NONE],
  ['clean', Fact.CLEAN],
  ['search', Fact.SEARCH],
  ['lucene', Fact.LUCENE],
]);

/**
 * The result of `normalizeWithOffsets`.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets, type NormalizedText } from 'arabic-text';
 * const result: NormalizedText = normalizeWithOffsets('ﻻ', 'clean');
 * result.text; // 'لا'
 * result.offsets; // Int32Array [0, 0, 1]
 * ```
 */
export interface NormalizedText {
  /** The normalized text, equal to what `normalize` returns. */
  text: string;
  /**
   * `offsets[i]` is the index in the input where output code unit `i` came from, and
   * `offsets[text.length]` is the input's length. Non-decreasing, so any output span
   * `[a, b)` maps back to the input span `[offsets[a], offsets[b])`.
   */
  offsets: Int32Array;
}

/**
 * Normalizes like `normalize` and also returns, for every output code unit, the input index it
 * came from, so that matches found in normalized text can be highlighted in the original.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'arabic-text';
 * const input = 'مَدْرَسَة';
 * const { text, offsets } = normalizeWithOffsets(input, 'search');
 * text;                                       // 'مدرسه'
 * input.slice(offsets[1], offsets[3]);        // 'دْرَ'  (output 'در')
 * ```
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions | PresetName): NormalizedText {
  const plan = planFor(resolveOptions(options));
  const out = run(requireString('normalizeWithOffsets', 'text', text), plan, true);
  return { text: out.text_(), offsets: out.offsets() };
}

/**
 * Normalizes one piece of a longer text that was cut where normalization does not look across
 * (see stream/normalize-chunks.ts); `lastLetterArabic` carries the one fact that crosses the
 * cut. Internal: not exported from the package.
 */
export function normalizePiece(text: string, plan: Plan, lastLetterArabic: boolean, urduBefore = false): string {
  return run(text, plan, false, lastLetterArabic, urduBefore).text_();
}
