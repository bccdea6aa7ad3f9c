import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../scripts/generate-tables.ts';
import { Class as C } from '../../../src/chars/classes.ts';
import { CLASS_NAMES, classOf, UNICODE_VERSION } from '../../../src/chars/index.ts';

const root = new URL('../../../', import.meta.url);
const up = createRequire(import.meta.url)('unicode-properties') as {
  getCategory(cp: number): string;
  getScript(cp: number): string;
};

describe('generated tables', () => {
  it('are fresh: regenerating them gives the committed files (UPDATE_TABLES=1 rewrites them)', async () => {
    const files = await buildTables();
    expect(Object.keys(files).length).toBeGreaterThan(0);
    for (const [path, content] of Object.entries(files)) {
      const url = new URL(path, root);
      if (process.env.UPDATE_TABLES === '1') writeFileSync(url, content);
      expect(readFileSync(url, 'utf8'), `${path} is stale: run npm run generate`).toBe(content);
    }
  });

  it('follow Unicode 17.0.0', () => {
    expect(UNICODE_VERSION).toBe('17.0.0');
  });
});

/** The classes, derived independently with the engine's own `\p{…}` (ICU, Unicode 17 on Node 20.20). */
const PREPENDED_CONCATENATION_MARKS = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
function oracle(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const is = (re: RegExp) => re.test(ch);
  if (cp === 0x0640) return C.TATWEEL;
  if (cp === 0x200c) return C.ZWNJ;
  if (cp === 0x200d) return C.ZWJ;
  if (cp === 0xfe0f) return C.VS16;
  if (cp === 0x20e3) return C.KEYCAP;
  if (cp >= 0xe0020 && cp <= 0xe007f) return C.EMOJI_TAG;
  if (is(/\p{Emoji_Modifier}/u)) return C.EMOJI_MODIFIER;
  if (is(/\p{Regional_Indicator}/u)) return C.REGIONAL_INDICATOR;
  if (is(/\p{Extended_Pictographic}/u)) return is(/\p{Emoji_Presentation}|\p{Cn}/u) ? C.EMOJI : C.EMOJI_TEXT;
  if (is(/[\n\v\f\r\u0085\u2028\u2029]/u)) return C.LINE_BREAK;
  if (is(/\p{White_Space}/u)) return C.SPACE;
  if (is(/[0-9]/u)) return C.ASCII_DIGIT;
  if (is(/[\u0660-\u0669]/u)) return C.ARABIC_INDIC_DIGIT;
  if (is(/[\u06F0-\u06F9]/u)) return C.PERSIAN_DIGIT;
  if (is(/\p{Nd}/u)) return C.OTHER_DIGIT;
  if (is(/\p{L}/u))
    return is(/\p{sc=Arabic}/u) ? C.ARABIC_LETTER : is(/\p{sc=Latin}/u) ? C.LATIN_LETTER : C.OTHER_LETTER;
  if (is(/\p{M}/u)) return is(/\p{scx=Arabic}/u) ? C.ARABIC_MARK : C.OTHER_MARK;
  if (is(PREPENDED_CONCATENATION_MARKS)) return C.SYMBOL;
  if (is(/\p{Cf}/u)) return C.FORMAT;
  if (is(/\p{P}/u)) return C.PUNCT;
  if (is(/\p{S}|\p{Nl}|\p{No}/u)) return C.SYMBOL;
  return C.OTHER;
}

describe('character classes', () => {
  it('agree with the \\p{…} regexes for every BMP code point, and for the Arabic and emoji astral blocks', () => {
    const wrong: string[] = [];
    const check = (cp: number) => {
      if (cp >= 0xd800 && cp <= 0xdfff) return;
      if (classOf(cp) !== oracle(cp))
        wrong.push(`U+${cp.toString(16)}: ${CLASS_NAMES[classOf(cp)]} vs ${CLASS_NAMES[oracle(cp)]}`);
    };
    for (let cp = 0; cp < 0x10000; cp++) check(cp);
    for (let cp = 0x10e60; cp < 0x10f00; cp++) check(cp); // Rumi numerals, Arabic Extended-C
    for (let cp = 0x1ee00; cp < 0x1ef00; cp++) check(cp); // Arabic mathematical letters
    for (let cp = 0x1f000; cp < 0x1fb00; cp++) check(cp); // emoji
    for (let cp = 0xe0000; cp < 0xe0100; cp++) check(cp); // tags
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('agree with unicode-properties (Unicode 12) for every code point Unicode 12 assigned', () => {
    // unicode-properties reports unassigned code points as Cc; real controls are \p{Cc} here too.
    const assignedIn12 = (cp: number) => up.getCategory(cp) !== 'Cc' || /\p{Cc}/u.test(String.fromCodePoint(cp));
    const expected = (cp: number): readonly number[] => {
      const gc = up.getCategory(cp);
      const sc = up.getScript(cp);
      switch (gc[0]) {
        // U+2139 ℹ INFORMATION SOURCE is a letter and Extended_Pictographic: the emoji class wins.
        case 'L':
          if (cp === 0x2139) return [C.EMOJI_TEXT];
          return cp === 0x0640
            ? [C.TATWEEL]
            : [sc === 'Arabic' ? C.ARABIC_LETTER : sc === 'Latin' ? C.LATIN_LETTER : C.OTHER_LETTER];
        case 'M':
          return sc === 'Arabic' || sc === 'Inherited' || sc === 'Common'
            ? [C.ARABIC_MARK, C.OTHER_MARK, C.VS16, C.KEYCAP]
            : [C.OTHER_MARK];
        case 'N':
          return gc === 'Nd'
            ? [C.ASCII_DIGIT, C.ARABIC_INDIC_DIGIT, C.PERSIAN_DIGIT, C.OTHER_DIGIT]
            : [C.SYMBOL, C.EMOJI, C.EMOJI_TEXT];
        case 'Z':
          return [C.SPACE, C.LINE_BREAK];
        case 'P':
          return [C.PUNCT, C.EMOJI, C.EMOJI_TEXT];
        case 'S':
          return [C.SYMBOL, C.EMOJI, C.EMOJI_TEXT, C.EMOJI_MODIFIER, C.REGIONAL_INDICATOR];
        case 'C':
          return gc === 'Cf'
            ? [C.FORMAT, C.ZWNJ, C.ZWJ, C.EMOJI_TAG, C.SYMBOL]
            : gc === 'Cc'
              ? [C.OTHER, C.SPACE, C.LINE_BREAK]
              : [C.OTHER];
        default:
          return [C.OTHER];
      }
    };
    const wrong: string[] = [];
    let checked = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || !assignedIn12(cp)) continue;
      checked++;
      if (!expected(cp).includes(classOf(cp))) {
        wrong.push(`U+${cp.toString(16)} ${up.getCategory(cp)}/${up.getScript(cp)}: ${CLASS_NAMES[classOf(cp)]}`);
      }
    }
    expect(checked).toBeGreaterThan(130_000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('pin the version gap: U+08BE is an Arabic letter to us and unassigned to unicode-properties', () => {
    expect(classOf(0x08be)).toBe(C.ARABIC_LETTER);
    expect(up.getCategory(0x08be)).toBe('Cc');
    expect(up.getScript(0x08be)).toBe('Common');
    expect(classOf(0x10ec5)).toBe(C.ARABIC_LETTER);
  });

  it.each([
    [0x0627, C.ARABIC_LETTER],
    [0x064e, C.ARABIC_MARK],
    [0x0670, C.ARABIC_MARK],
    [0x06d6, C.ARABIC_MARK],
    [0x0640, C.TATWEEL],
    [0x0663, C.ARABIC_INDIC_DIGIT],
    [0x06f4, C.PERSIAN_DIGIT],
    [0x37, C.ASCII_DIGIT],
    [0x0966, C.OTHER_DIGIT],
    [0x61, C.LATIN_LETTER],
    [0xff21, C.LATIN_LETTER],
    [0x05d0, C.OTHER_LETTER],
    [0x0301, C.OTHER_MARK],
    [0xa0, C.SPACE],
    [0x0a, C.LINE_BREAK],
    [0x200f, C.FORMAT],
    [0x200c, C.ZWNJ],
    [0x200d, C.ZWJ],
    [0x060c, C.PUNCT],
    [0x061f, C.PUNCT],
    [0xab, C.PUNCT],
    [0x066a, C.PUNCT],
    [0xfdfc, C.SYMBOL],
    [0x0600, C.SYMBOL],
    [0x1f600, C.EMOJI],
    [0xa9, C.EMOJI_TEXT],
    [0x1f3fd, C.EMOJI_MODIFIER],
    [0x1f1f8, C.REGIONAL_INDICATOR],
    [0xfe0f, C.VS16],
    [0x20e3, C.KEYCAP],
    [0xe0067, C.EMOJI_TAG],
    [0xfef5, C.ARABIC_LETTER],
    [0x0378, C.OTHER],
  ])('U+%s has class %i', (cp, cls) => {
    expect(CLASS_NAMES[classOf(cp)]).toBe(CLASS_NAMES[cls]);
  });
});
