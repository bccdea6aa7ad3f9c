/**
 * Character roles: the punctuation and character sets that the scanners share, written once.
 *
 * Character classes (src/chars/classes.ts) partition the code points: every code point has one.
 * Roles are the overlapping sets on top of them: "." is a sentence terminator, a number
 * separator, a URL's trailing character and spacing punctuation at once. Each role is written here
 * once, as the characters themselves (or code point ranges where a character cannot be written
 * in source), and `scripts/generate-roles.ts` turns this file into src/chars/roles.generated.ts: one
 * bit per role, a 64K-entry table at run time. Scanners ask that table; they do not repeat sets.
 *
 * The generator checks this file: known role names only, BMP code points only, no character
 * twice in a role, the exclusions and inclusions below. test/unit/chars/roles.test.ts shows that
 * each check fires on bad input. Rule IDs (S…, T…, N…) name where docs describe a role's use.
 */

/** A role: what it means, and its characters (a string, or strings, code points and `[first, last]` ranges). */
export interface RoleSpec {
  readonly doc: string;
  readonly chars: string | readonly (string | number | readonly [number, number])[];
}

export const ROLES = {
  SENTENCE_TERMINATOR: {
    doc: 'Ends a sentence unless a number, URL, abbreviation, quotation or bracket claims it (S1).',
    chars: '.!?؟…۔',
  },
  TERMINATOR_RUN: {
    doc: 'Consecutive characters of this role are one punctuation token (T14: ؟! ?!!).',
    chars: '!?؟',
  },
  OPTIONAL_TERMINATOR: {
    doc: 'Ends a sentence only under { semicolon: true } (S7): the Arabic semicolon.',
    chars: '؛',
  },
  OPENING_QUOTE: {
    doc: 'Opens a quotation (S4). " and \' both open and close; “ and ‘ also close in machine-translated text.',
    chars: '"\'“«‘',
  },
  CLOSING_QUOTE: {
    doc: 'Closes a quotation and is taken into the sentence after a terminator (S5).',
    chars: '"\'”»’',
  },
  WORD_APOSTROPHE: {
    doc: "An apostrophe when between two letters (don’t, O'Brien): then neither a quote nor a break (T9, S4).",
    chars: "'’",
  },
  VERSE_MARK: {
    doc: 'Marks a verse number (S14): ۝ before its digits, or the ornate parentheses ﴿ ﴾ around them.',
    chars: [0x06dd, 0xfd3e, 0xfd3f],
  },
  LIST_BULLET: {
    doc: "Starts a list item at the start of a line; under `lineBreaks: 'wrapped'` the line break before it ends a sentence (S17).",
    chars: '•◦▪‣⁃·-–—*',
  },
  LIST_NUMBER_END: {
    doc: 'Ends the number of a numbered list item at the start of a line (1. ١) ٢-), for S17.',
    chars: '.)-',
  },
  OPENING_BRACKET: { doc: 'Opens a bracket that protects the terminators inside it (S6).', chars: '([' },
  CLOSING_BRACKET: { doc: 'Closes a bracket; taken into the sentence after a terminator (S5, S6).', chars: ')]' },
  URL_END: {
    doc: 'Ends a URL (T11): controls and space, quotes, and characters that cannot stand in one unescaped.',
    chars: [[0x00, 0x20], '"<>\\^`{|}«»“”‘،؛'],
  },
  URL_TRAILING: {
    doc: "Left out of a URL's end: it belongs to the sentence (T11).",
    chars: ".,;:!?'’…؟",
  },
  URL_SCHEME_PUNCT: { doc: 'May stand in a URL scheme besides ASCII letters and digits (T11).', chars: '+-.' },
  LINK_CONTINUE: {
    doc: 'After a Latin word or number, may continue a URL or email (T10: "https:", "info@").',
    chars: ':@._-+%/',
  },
  EMAIL_LOCAL_PUNCT: {
    doc: "May stand in an email's local part besides ASCII letters and digits (T12).",
    chars: '._%+-',
  },
  NUMBER_SEPARATOR: { doc: 'Stays inside a number between two digits (T6: 3.5, ١٬٠٠٠, 10:30).', chars: '.,٫٬:' },
  SPACING_PUNCT: {
    doc: 'The `spacing` switch removes the spaces before it after a word (N13).',
    chars: '،؛؟!.:,;?',
  },
  ARABIC_PUNCT: {
    doc: 'The Arabic comma, semicolon and question mark (N13, N14).',
    chars: '،؛؟',
  },
  INVISIBLE: {
    doc: 'Removed by the `invisibles` switch (N12): bidi controls, ZWSP, BOM, soft hyphen, word joiner.',
    chars: [0x061c, 0x200e, 0x200f, [0x202a, 0x202e], [0x2066, 0x2069], 0x200b, 0xfeff, 0x00ad, 0x2060],
  },
  WORD_BREAK: {
    doc: 'A format control that never stands inside a word (T3): ZERO WIDTH SPACE.',
    chars: [0x200b],
  },
  LATIN_WORD_INNER: {
    doc: 'Stays inside a Latin word between two Latin letters (T9: don’t, U.S, e.g).',
    chars: "'’.",
  },
  LATIN_RUN_INNER: {
    doc: 'May stand between the words of one Latin run (N16), with the punctuation of URLs and emails.',
    chars: ".,-'’&/:_+‐‑–—?=%#@~",
  },
  TAG_CONNECTOR: { doc: 'Continues a hashtag or mention body besides letters, digits and marks (T13).', chars: '_' },
  KEYCAP_BASE: { doc: 'May start a keycap emoji sequence with U+20E3 (T15: 1️⃣ #️⃣).', chars: '0123456789#*' },
  HARAKAT: {
    doc: "The harakat, tanwin, shadda and sukun that `diacritics: 'harakat'` removes (N6), as Lucene does.",
    chars: [[0x064b, 0x0652]],
  },
  QURANIC_ANNOTATION: {
    doc: 'Quranic pause, recitation and silence marks that the `uthmani` switch removes (N22): standard spelling does not write them.',
    chars: [
      [0x06d6, 0x06dc],
      [0x06df, 0x06e0],
      [0x06e2, 0x06e4],
      [0x06ea, 0x06ed],
    ],
  },
  PERSIAN_URDU_LETTER: {
    doc: 'A letter of Persian or Urdu spelling that Arabic does not use (C20, C21): ی ک گ پ چ ژ ہ ے ں ٹ ڈ ڑ ۀ ھ ۓ ۂ.',
    chars: [
      0x06cc, 0x06a9, 0x06af, 0x067e, 0x0686, 0x0698, 0x06c1, 0x06d2, 0x06ba, 0x0679, 0x0688, 0x0691, 0x06c0, 0x06be,
      0x06d3, 0x06c2,
    ],
  },
  URDU_LETTER: {
    doc: 'A letter only Urdu writes (N11): ے ں ٹ ڈ ڑ ہ ۓ ۂ; in a line with one, ھ is not folded with ہ.',
    chars: [0x06d2, 0x06ba, 0x0679, 0x0688, 0x0691, 0x06c1, 0x06d3, 0x06c2],
  },
  ARABIC_ONLY_LETTER: {
    doc: 'A letter of Arabic spelling that Persian and Urdu write otherwise (C20): ي ك ة ى.',
    chars: [0x064a, 0x0643, 0x0629, 0x0649],
  },
  COMBINING_HAMZA: {
    doc: 'The combining madda above, hamza above and hamza below, composed by `composeHamza` (N5).',
    chars: [[0x0653, 0x0655]],
  },
} as const satisfies Record<string, RoleSpec>;

/** Roles that may not share a character. */
export const EXCLUSIVE: ReadonlyArray<readonly [string, string]> = [
  ['OPENING_BRACKET', 'CLOSING_BRACKET'],
  ['HARAKAT', 'COMBINING_HAMZA'],
  ['PERSIAN_URDU_LETTER', 'ARABIC_ONLY_LETTER'],
  ['SENTENCE_TERMINATOR', 'OPTIONAL_TERMINATOR'],
  ['URL_END', 'URL_TRAILING'],
  ['URL_END', 'LINK_CONTINUE'],
];

/**
 * `[sub, super]`: every character of `sub` must have role `super` (or, with a list, one of them);
 * a role may be written `A-B`, the characters of A that are not in B.
 */
export const INCLUDED: ReadonlyArray<readonly [string, string]> = [
  ['TERMINATOR_RUN', 'SENTENCE_TERMINATOR'],
  ['ARABIC_PUNCT', 'SPACING_PUNCT'],
  ['WORD_BREAK', 'INVISIBLE'],
  ['URDU_LETTER', 'PERSIAN_URDU_LETTER'],
  ['WORD_APOSTROPHE', 'CLOSING_QUOTE'],
  ['WORD_APOSTROPHE', 'URL_TRAILING'],
  ['WORD_APOSTROPHE', 'LATIN_WORD_INNER'],
  // A URL ends at every quote that is not also an apostrophe (U+2018 like “).
  ['OPENING_QUOTE-WORD_APOSTROPHE', 'URL_END'],
  ['CLOSING_QUOTE-WORD_APOSTROPHE', 'URL_END'],
];
