/**
 * Decodes the generated presentation-form and ligature data (`forms.generated.ts`) into maps.
 * Done on first use by a plan that needs them, never at import time.
 */
import { ASCII_END } from '../chars/index.ts';
import { PRESENTATION_FORMS, WORD_LIGATURES } from './forms.generated.ts';

export { SPACING_HARAKAT, DIGIT_ZEROS } from './forms.generated.ts';

/**
 * A decomposition. `final` tells, for the forms that decompose to FARSI YEH, whether the form
 * ends its word (isolated or final form) or not (initial or medial form).
 */
export interface Decomposition {
  text: string;
  final: boolean;
}

function decode(packed: string): Map<number, Decomposition> {
  const map = new Map<number, Decomposition>();
  let end = 0;
  for (const entry of packed.split('|')) {
    // "gap count replacement": the replacement itself may contain spaces (ﷺ).
    const a = entry.indexOf(' ');
    const b = entry.indexOf(' ', a + 1);
    const gap = entry.slice(0, a);
    const count = entry.slice(a + 1, b);
    const rep = entry.slice(b + 1);
    const start = end + parseInt(gap, 36);
    end = start + parseInt(count, 36);
    // Replacements are Arabic text; a leading Latin letter is the position tag (see the generator).
    const tag = String.prototype.charCodeAt.call(rep, 0) < ASCII_END ? rep[0] : '';
    const text = tag ? rep.slice(1) : rep;
    const final = tag === 'i' || tag === 'f';
    for (let cp = start; cp < end; cp++) map.set(cp, { text, final });
  }
  return map;
}

let forms: Map<number, Decomposition> | null = null;
let ligatures: Map<number, Decomposition> | null = null;

/** Contextual letter forms, lam-alef ligatures and Arabic mathematical letters → base letters. */
export const presentationForms = () => (forms ??= decode(PRESENTATION_FORMS));
/** Word ligatures ﷰ … ﷻ → their letters. */
export const wordLigatures = () => (ligatures ??= decode(WORD_LIGATURES));

/**
 * N9: the lam-alef ligatures (ﻵ ﻷ ﻹ ﻻ, isolated and final: U+FEF5–U+FEFC) and U+FDF2 ﷲ, after
 * which a text extracted from a PDF puts the marks of the ligature's letters (ﻻَ is لَا, ﷲَّ is
 * اللَّه): `context.ts` writes them back on the letters they belong to.
 */
export const LAM_ALEF_FIRST = 0xfef5; // ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE ISOLATED FORM
export const LAM_ALEF_LAST = 0xfefc; // ARABIC LIGATURE LAM WITH ALEF FINAL FORM
/** The first lam-alef pair has an alef with madda (ﻵ ﻶ), the last a bare alef (ﻻ ﻼ). */
export const MADDA_LAM_ALEF_LAST = 0xfef6; // ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE FINAL FORM
export const BARE_LAM_ALEF_FIRST = 0xfefb; // ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
export const ALLAH_LIGATURE = 0xfdf2; // ARABIC LIGATURE ALLAH ISOLATED FORM
