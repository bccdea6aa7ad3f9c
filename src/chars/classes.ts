/**
 * Character classes: one small integer per code point, the only character knowledge the
 * normalizer and the tokenizer need. The classes are mutually exclusive; where Unicode
 * properties overlap, the more specific class wins (an emoji property over its general
 * category, U+0640 TATWEEL over "Arabic letter"). The exact derivation of each class from the
 * Unicode Character Database is in `scripts/generate-tables.ts`, and `test/unit/chars` checks
 * every BMP code point against an equivalent `\p{…}` regular expression.
 *
 * Plain `const` numbers rather than an enum: they inline in the bundle and keep the hot loops
 * free of property loads.
 */

/** Unassigned, controls other than white space, private use, surrogates, noncharacters. */
export const OTHER = 0;
/** A letter of the Arabic script (Script=Arabic, General_Category=L*), tatweel excepted. */
export const ARABIC_LETTER = 1;
/** A combining mark used with Arabic (Script_Extensions∋Arabic, M*): harakat, shadda, sukun, dagger alef, Quranic marks. */
export const ARABIC_MARK = 2;
/** U+0640 ARABIC TATWEEL, the elongation character. */
export const TATWEEL = 3;
/** U+0660–U+0669 ARABIC-INDIC DIGIT ZERO…NINE. */
export const ARABIC_INDIC_DIGIT = 4;
/** U+06F0–U+06F9 EXTENDED ARABIC-INDIC DIGIT ZERO…NINE, the Persian and Urdu digits. */
export const PERSIAN_DIGIT = 5;
/** U+0030–U+0039. */
export const ASCII_DIGIT = 6;
/** Any other decimal digit (General_Category=Nd). */
export const OTHER_DIGIT = 7;
/** A letter of the Latin script (Script=Latin, L*), fullwidth forms included. */
export const LATIN_LETTER = 8;
/** A letter of any other script. */
export const OTHER_LETTER = 9;
/** A combining mark not used with Arabic. */
export const OTHER_MARK = 10;
/** White space that does not break a line: space, tab, NBSP, the U+2000 spaces, U+3000… */
export const SPACE = 11;
/** LF, VT, FF, CR, NEL, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
export const LINE_BREAK = 12;
/** Format controls (Cf) other than ZWNJ, ZWJ and emoji tags: bidi controls, ZWSP, BOM, soft hyphen, word joiner… */
export const FORMAT = 13;
/** U+200C ZERO WIDTH NON-JOINER. */
export const ZWNJ = 14;
/** U+200D ZERO WIDTH JOINER. */
export const ZWJ = 15;
/** Punctuation (P*), Arabic ، ؛ ؟ included. */
export const PUNCT = 16;
/** Symbols (S*), other numbers (No, Nl) and the Arabic number signs U+0600–U+0605. */
export const SYMBOL = 17;
/** Extended_Pictographic with emoji presentation by default (Emoji_Presentation, or not yet assigned). */
export const EMOJI = 18;
/** Extended_Pictographic with text presentation by default (© ® ™ ‼ ☺ …): an emoji only with VS16, a modifier or a ZWJ. */
export const EMOJI_TEXT = 19;
/** U+1F3FB–U+1F3FF, the skin-tone modifiers. */
export const EMOJI_MODIFIER = 20;
/** U+1F1E6–U+1F1FF, two of which make a flag. */
export const REGIONAL_INDICATOR = 21;
/** U+FE0F VARIATION SELECTOR-16, emoji presentation. */
export const VS16 = 22;
/** U+20E3 COMBINING ENCLOSING KEYCAP. */
export const KEYCAP = 23;
/** U+E0020–U+E007F, the tag characters of subdivision flags. */
export const EMOJI_TAG = 24;

/** Number of classes; class values are `0 … CLASS_COUNT - 1`. */
export const CLASS_COUNT = 25;

/** Class names, indexed by class value, for messages, docs and tests. */
export const CLASS_NAMES: readonly string[] = [
  'OTHER',
  'ARABIC_LETTER',
  'ARABIC_MARK',
  'TATWEEL',
  'ARABIC_INDIC_DIGIT',
  'PERSIAN_DIGIT',
  'ASCII_DIGIT',
  'OTHER_DIGIT',
  'LATIN_LETTER',
  'OTHER_LETTER',
  'OTHER_MARK',
  'SPACE',
  'LINE_BREAK',
  'FORMAT',
  'ZWNJ',
  'ZWJ',
  'PUNCT',
  'SYMBOL',
  'EMOJI',
  'EMOJI_TEXT',
  'EMOJI_MODIFIER',
  'REGIONAL_INDICATOR',
  'VS16',
  'KEYCAP',
  'EMOJI_TAG',
];
