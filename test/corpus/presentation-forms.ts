/**
 * A presentation-form encoder, as the text layer of a PDF holds Arabic: every letter in its
 * contextual form (U+FE80–U+FEF4: isolated, final, initial, medial), lam + alef as one ligature
 * (ﻻ ﻷ ﻹ ﻵ, U+FEF5–U+FEFC), the word الله as ﷲ, and the marks of a ligature's letters after
 * the ligature, in their order (ﻻَ, ﷲَّ), which is where PDF extraction leaves them.
 *
 * The forms are derived from Unicode itself, not from a table copied here: each code point of
 * U+FE80–U+FEF4 decomposes (NFKC) to its letter, and a letter's forms stand in the order
 * isolated, final, initial, medial; a letter with four is dual-joining, with two right-joining.
 * Test code only: the round trip of test/corpus/presentation-forms.corpus.test.ts.
 */

const FORMS = new Map<number, number[]>();
for (let c = 0xfe80; c <= 0xfef4; c++) {
  const base = String.fromCharCode(c).normalize('NFKC').charCodeAt(0);
  const forms = FORMS.get(base) ?? [];
  forms.push(c);
  FORMS.set(base, forms);
}
/** lam + alef ligatures by alef: [isolated, final]. */
const LAM_ALEF = new Map<number, number[]>();
for (let c = 0xfef5; c <= 0xfefc; c += 2)
  LAM_ALEF.set(String.fromCharCode(c).normalize('NFKC').charCodeAt(1), [c, c + 1]);

const LAM = 0x0644;
const TATWEEL = 0x0640;
const ALLAH = '\ufdf2';
const isMark = (c: number) => /\p{M}/u.test(String.fromCharCode(c));
const joinsBoth = (c: number) => c === TATWEEL || FORMS.get(c)?.length === 4;
const joins = (c: number) => c === TATWEEL || FORMS.has(c);

/** The letters of `word` (each with the marks after it). */
function letters(word: string): Array<{ letter: number; marks: string }> {
  const out: Array<{ letter: number; marks: string }> = [];
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if (isMark(c) && out.length > 0) out[out.length - 1]!.marks += ch;
    else out.push({ letter: c, marks: '' });
  }
  return out;
}

/** One word (no spaces) in presentation forms. */
function encodeWord(word: string): string {
  const ls = letters(word);
  if (ls.map((l) => String.fromCodePoint(l.letter)).join('') === 'الله') return ALLAH + ls.map((l) => l.marks).join('');
  let out = '';
  for (let k = 0; k < ls.length; k++) {
    const { letter, marks } = ls[k]!;
    const joinPrev = k > 0 && joinsBoth(ls[k - 1]!.letter) && joins(letter);
    const next = ls[k + 1];
    const ligature = letter === LAM && next !== undefined ? LAM_ALEF.get(next.letter) : undefined;
    if (ligature !== undefined) {
      out += String.fromCharCode(ligature[joinPrev ? 1 : 0]!) + marks + next!.marks;
      k++;
      continue;
    }
    const forms = FORMS.get(letter);
    if (forms === undefined) {
      out += String.fromCodePoint(letter) + marks;
      continue;
    }
    const joinNext = joinsBoth(letter) && next !== undefined && joins(next.letter);
    const form = forms.length === 4 ? (joinPrev ? (joinNext ? 3 : 1) : joinNext ? 2 : 0) : joinPrev ? 1 : 0;
    out += String.fromCharCode(forms[form] ?? forms[0]!) + marks;
  }
  return out;
}

/** `text` as a PDF text layer holds it: each word in presentation forms. */
export function toPresentationForms(text: string): string {
  return text.replace(/\S+/gu, encodeWord);
}
