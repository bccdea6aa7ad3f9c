/**
 * The four transliteration schemes, written by hand as one row per Arabic code point, with
 * where each row's codes come from. `scripts/generate-transliteration.ts` checks these rows and
 * writes src/transliterate/schemes.generated.ts and the tables of docs/transliteration.md.
 *
 * Sources (read as facts, not copied):
 * - `camel`: the conversion table CAMeL Tools publishes for its `bw`, `safebw`, `xmlbw` and `hsb`
 *   charmaps (letters, hamza forms, harakat, shadda, sukun, dagger alef, wasla, tatweel, and the
 *   loanword letters پ چ ڤ گ).
 * - `buckwalter`: Tim Buckwalter's original table as Encode::Arabic::Buckwalter implements it (the
 *   oracle of test/corpus/transliterate.oracle.test.ts): the Arabic comma, semicolon and question
 *   mark, the Arabic-Indic digits, and ژ. Only the Buckwalter scheme writes punctuation; every
 *   scheme writes the digits, so that an Arabic-Indic digit always has a code.
 * - `quranic`: the extended Buckwalter of the Quranic Arabic Corpus, for the combining madda
 *   (`^`) and hamza above (`#`).
 * - `project`: codes this project chose where no published table assigns one (the combining hamza
 *   below, and the three combining marks in Safe Buckwalter and HSB); each is a character the
 *   scheme uses for nothing else.
 *
 * A code point with no row, or `null` in a scheme's column, is copied unchanged (see the policy
 * in docs/transliteration.md): the other Persian and Urdu letters (ک ی ہ ے ں ٹ ڈ ڑ ۃ ھ), the
 * extended Arabic-Indic digits and the Quranic annotation marks U+06D6–U+06ED.
 */

export const SCHEMES = ['buckwalter', 'safe-buckwalter', 'xml-buckwalter', 'hsb'] as const;

/** Where a row's codes come from (see above). */
type Source = 'camel' | 'buckwalter' | 'quranic' | 'project';

/** `[code point, Buckwalter, Safe Buckwalter, XML Buckwalter, HSB, source]`; `null`: not mapped. */
export type Row = readonly [number, string | null, string | null, string | null, string | null, Source];

// biome-ignore format: one row per code point reads best as a table
export const ROWS: readonly Row[] = [
  // Hamza and its seats
  [0x0621, "'", 'C', "'", "'", 'camel'],
  [0x0622, '|', 'M', '|', 'Ā', 'camel'],
  [0x0623, '>', 'O', 'O', 'Â', 'camel'],
  [0x0624, '&', 'W', 'W', 'ŵ', 'camel'],
  [0x0625, '<', 'I', 'I', 'Ă', 'camel'],
  [0x0626, '}', 'Q', '}', 'ŷ', 'camel'],
  // Letters
  [0x0627, 'A', 'A', 'A', 'A', 'camel'],
  [0x0628, 'b', 'b', 'b', 'b', 'camel'],
  [0x0629, 'p', 'p', 'p', 'ħ', 'camel'],
  [0x062a, 't', 't', 't', 't', 'camel'],
  [0x062b, 'v', 'v', 'v', 'θ', 'camel'],
  [0x062c, 'j', 'j', 'j', 'j', 'camel'],
  [0x062d, 'H', 'H', 'H', 'H', 'camel'],
  [0x062e, 'x', 'x', 'x', 'x', 'camel'],
  [0x062f, 'd', 'd', 'd', 'd', 'camel'],
  [0x0630, '*', 'V', '*', 'ð', 'camel'],
  [0x0631, 'r', 'r', 'r', 'r', 'camel'],
  [0x0632, 'z', 'z', 'z', 'z', 'camel'],
  [0x0633, 's', 's', 's', 's', 'camel'],
  [0x0634, '$', 'c', '$', 'š', 'camel'],
  [0x0635, 'S', 'S', 'S', 'S', 'camel'],
  [0x0636, 'D', 'D', 'D', 'D', 'camel'],
  [0x0637, 'T', 'T', 'T', 'T', 'camel'],
  [0x0638, 'Z', 'Z', 'Z', 'Ď', 'camel'],
  [0x0639, 'E', 'E', 'E', 'ς', 'camel'],
  [0x063a, 'g', 'g', 'g', 'γ', 'camel'],
  [0x0640, '_', '_', '_', '_', 'camel'],
  [0x0641, 'f', 'f', 'f', 'f', 'camel'],
  [0x0642, 'q', 'q', 'q', 'q', 'camel'],
  [0x0643, 'k', 'k', 'k', 'k', 'camel'],
  [0x0644, 'l', 'l', 'l', 'l', 'camel'],
  [0x0645, 'm', 'm', 'm', 'm', 'camel'],
  [0x0646, 'n', 'n', 'n', 'n', 'camel'],
  [0x0647, 'h', 'h', 'h', 'h', 'camel'],
  [0x0648, 'w', 'w', 'w', 'w', 'camel'],
  [0x0649, 'Y', 'Y', 'Y', 'ý', 'camel'],
  [0x064a, 'y', 'y', 'y', 'y', 'camel'],
  // Harakat, shadda, sukun
  [0x064b, 'F', 'F', 'F', 'ã', 'camel'],
  [0x064c, 'N', 'N', 'N', 'ũ', 'camel'],
  [0x064d, 'K', 'K', 'K', 'ĩ', 'camel'],
  [0x064e, 'a', 'a', 'a', 'a', 'camel'],
  [0x064f, 'u', 'u', 'u', 'u', 'camel'],
  [0x0650, 'i', 'i', 'i', 'i', 'camel'],
  [0x0651, '~', '~', '~', '~', 'camel'],
  [0x0652, 'o', 'o', 'o', '.', 'camel'],
  // Combining madda and hamzas
  [0x0653, '^', 'U', '^', '˜', 'quranic'],
  [0x0654, '#', 'X', '#', 'ˀ', 'quranic'],
  [0x0655, '=', 'R', '=', '˛', 'project'],
  // Dagger alef, alef wasla
  [0x0670, '`', 'e', '`', 'á', 'camel'],
  [0x0671, '{', 'L', '{', 'Ä', 'camel'],
  // Loanword letters
  [0x067e, 'P', 'P', 'P', 'p', 'camel'],
  [0x0686, 'J', 'J', 'J', 'c', 'camel'],
  [0x0698, 'R', null, 'R', null, 'buckwalter'],
  [0x06a4, 'V', 'B', 'V', 'v', 'camel'],
  [0x06af, 'G', 'G', 'G', 'g', 'camel'],
  // Punctuation (Buckwalter only)
  [0x060c, ',', null, null, null, 'buckwalter'],
  [0x061b, ';', null, null, null, 'buckwalter'],
  [0x061f, '?', null, null, null, 'buckwalter'],
  // Arabic-Indic digits
  [0x0660, '0', '0', '0', '0', 'buckwalter'],
  [0x0661, '1', '1', '1', '1', 'buckwalter'],
  [0x0662, '2', '2', '2', '2', 'buckwalter'],
  [0x0663, '3', '3', '3', '3', 'buckwalter'],
  [0x0664, '4', '4', '4', '4', 'buckwalter'],
  [0x0665, '5', '5', '5', '5', 'buckwalter'],
  [0x0666, '6', '6', '6', '6', 'buckwalter'],
  [0x0667, '7', '7', '7', '7', 'buckwalter'],
  [0x0668, '8', '8', '8', '8', 'buckwalter'],
  [0x0669, '9', '9', '9', '9', 'buckwalter'],
];
