/**
 * Character classes: one small integer per code point, the only character knowledge the
 * normalizer and the tokenizer need. The classes are mutually exclusive; where Unicode
 * properties overlap, the more specific class wins (an emoji property over its general
 * category, U+0640 TATWEEL over "Arabic letter"). The exact derivation of each class from the
 * Unicode Character Database is in `scripts/generate-tables.ts`, and `test/unit/chars` checks
 * every BMP code point against an equivalent `\p{…}` regular expression.
 *
 * An enum: esbuild inlines its members across modules, so the built package and the hot loops
 * hold the numbers themselves (no variable, no property load).
 */

export enum Class {
  /** Unassigned, controls other than white space, private use, surrogates, noncharacters. */
  OTHER = 0,
  /** A letter of the Arabic script (Script=Arabic, General_Category=L*), tatweel excepted. */
  ARABIC_LETTER = 1,
  /** A combining mark used with Arabic (Script_Extensions∋Arabic, M*): harakat, shadda, sukun, dagger alef, Quranic marks. */
  ARABIC_MARK = 2,
  /** U+0640 ARABIC TATWEEL, the elongation character. */
  TATWEEL = 3,
  /** U+0660–U+0669 ARABIC-INDIC DIGIT ZERO…NINE. */
  ARABIC_INDIC_DIGIT = 4,
  /** U+06F0–U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO…NINE, the Persian and Urdu digits. */
  PERSIAN_DIGIT = 5,
  /** U+0030–U+0039. */
  ASCII_DIGIT = 6,
  /** Any other decimal digit (General_Category=Nd). */
  OTHER_DIGIT = 7,
  /** A letter of the Latin script (Script=Latin, L*), fullwidth forms included. */
  LATIN_LETTER = 8,
  /** A letter of any other script. */
  OTHER_LETTER = 9,
  /** A combining mark not used with Arabic. */
  OTHER_MARK = 10,
  /** White space that does not break a line: space, tab, NBSP, the U+2000 spaces, U+3000… */
  SPACE = 11,
  /** LF, VT, FF, CR, NEL, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
  LINE_BREAK = 12,
  /** Format controls (Cf) other than ZWNJ, ZWJ and emoji tags: bidi controls, ZWSP, BOM, soft hyphen, word joiner… */
  FORMAT = 13,
  /** U+200C ZERO WIDTH NON-JOINER. */
  ZWNJ = 14,
  /** U+200D ZERO WIDTH JOINER. */
  ZWJ = 15,
  /** Punctuation (P*), Arabic ، ؛ ؟ included. */
  PUNCT = 16,
  /** Symbols (S*), other numbers (No, Nl) and the Arabic number signs U+0600–U+0605. */
  SYMBOL = 17,
  /** Extended_Pictographic with emoji presentation by default (Emoji_Presentation, or not yet assigned). */
  EMOJI = 18,
  /** Extended_Pictographic with text presentation by default (© ® ™ ‼ ☺ …): an emoji only with VS16, a modifier or a ZWJ. */
  EMOJI_TEXT = 19,
  /** U+1F3FB–U+1F3FF, the skin-tone modifiers. */
  EMOJI_MODIFIER = 20,
  /** U+1F1E6–U+1F1FF, two of which make a flag. */
  REGIONAL_INDICATOR = 21,
  /** U+FE0F VARIATION SELECTOR-16, emoji presentation. */
  VS16 = 22,
  /** U+20E3 COMBINING ENCLOSING KEYCAP. */
  KEYCAP = 23,
  /** U+E0020–U+E007F, the tag characters of subdivision flags. */
  EMOJI_TAG = 24,
}

/** Number of classes; class values are `0 … CLASS_COUNT - 1`. */
export const CLASS_COUNT = 25;

/** Class names, indexed by class value, for messages, docs and tests. */
export const CLASS_NAMES: readonly string[] = /* @__PURE__ */ (() =>
  Array.from({ length: CLASS_COUNT }, (_, k) => Class[k]!))();
