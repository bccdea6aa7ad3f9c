/**
 * Transliteration (docs/transliteration.md, X1–X4): one row per code point for each scheme,
 * words written by hand, the copy policy, errors; and the generator's checks on bad rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROWS, SCHEMES, type Row } from '../../../scripts/data/transliteration.ts';
import {
  DOC_FILE,
  SCHEMES_FILE,
  SchemeDataError,
  buildSchemes,
  schemesSource,
  transliterationDoc,
} from '../../../scripts/generate-transliteration.ts';
import { tokenize, transliterate, transliterateWithOffsets, untransliterate } from '../../../src/index.ts';

describe.each(SCHEMES.map((scheme, column) => [scheme, column] as const))('%s', (scheme, column) => {
  const rows = ROWS.map((row) => [row[0], row[column + 1] as string | null] as const);

  it.each(rows.map(([cp, code]) => [`U+${cp.toString(16).toUpperCase()}`, String.fromCharCode(cp), code]))(
    'X1/X2: %s %s ↔ %j',
    (_, ch, code) => {
      expect(transliterate(ch, scheme)).toBe(code ?? ch);
      expect(untransliterate(code ?? ch, scheme)).toBe(ch);
    },
  );

  it('X2: every other code point of the Arabic block is copied unchanged, both ways', () => {
    const listed = new Set(rows.filter(([, code]) => code !== null).map(([cp]) => cp));
    for (let cp = 0x0600; cp <= 0x06ff; cp++) {
      if (listed.has(cp)) continue;
      const ch = String.fromCharCode(cp);
      expect(transliterate(ch, scheme), ch).toBe(ch);
      expect(untransliterate(ch, scheme)).toBe(ch);
    }
  });
});

describe('words', () => {
  it.each([
    ['buckwalter', 'كَتَبَ الطَّالِبُ', 'kataba AlTa~Alibu'],
    ['buckwalter', 'مُؤْتَمَرٌ، إِسْلَام؟', 'mu&otamarN, <isolaAm?'],
    ['buckwalter', 'سنة ٢٠٢٤', 'snp 2024'],
    ['buckwalter', 'ٱلرَّحْمَـٰنِ', '{lra~Homa_`ni'],
    ['safe-buckwalter', 'ذَهَبَ شَيْءٌ', 'Vahaba cayoCN'],
    ['xml-buckwalter', 'أَنَا وَأَنْتَ', 'OanaA waOanota'],
    ['hsb', 'ثَلَاثَةُ عُيُونٍ', 'θalaAθaħu ςuyuwnĩ'],
    ['hsb', 'مَدْرَسَة', 'mad.rasaħ'],
  ] as const)('%s: %s → %s', (scheme, arabic, code) => {
    expect(transliterate(arabic, scheme)).toBe(code);
    expect(untransliterate(code, scheme)).toBe(arabic);
  });

  it('X2: Latin, spaces, emoji and unlisted Arabic letters are copied; X3: collisions are counted', () => {
    expect(transliterate('قال JD 👍 کتاب', 'buckwalter')).toBe('qAl JD 👍 کtAb');
    expect(transliterateWithOffsets('قال JD 👍', 'buckwalter').collisions).toBe(2);
    expect(transliterateWithOffsets('سلام 2024', 'buckwalter').collisions).toBe(4);
    expect(transliterateWithOffsets('سلام', 'buckwalter').collisions).toBe(0);
    expect(transliterateWithOffsets('ktb ب', 'buckwalter', { reverse: true })).toEqual({
      text: 'كتب ب',
      offsets: Int32Array.from([0, 1, 2, 3, 4, 5]),
      collisions: 1,
    });
  });

  it('X4: no escape syntax; transliterating only the Arabic words keeps Latin text through a round trip', () => {
    const text = 'قال JD Vance إن Apple تربح';
    const arabicOnly = (s: string, convert: (w: string) => string) => {
      let out = '';
      let last = 0;
      for (const t of tokenize(s)) {
        if (t.script !== 'arabic') continue;
        out += s.slice(last, t.start) + convert(t.text);
        last = t.end;
      }
      return out + s.slice(last);
    };
    const bw = arabicOnly(text, (w) => transliterate(w, 'buckwalter'));
    expect(bw).toBe('qAl JD Vance <n Apple trbH');
    // Whole-string untransliterate would turn the Latin into Arabic; the same per-word pass does not.
    expect(untransliterate(bw, 'buckwalter')).not.toBe(text);
    expect(transliterateWithOffsets(text, 'buckwalter').collisions).toBeGreaterThan(0);
  });

  it('refuses an unknown scheme or option, and a non-string text, with a TypeError', () => {
    expect(() => transliterate('x', 'bw' as never)).toThrow(
      /invalid value 'bw' for option "scheme"; allowed values: 'buckwalter'/,
    );
    expect(() => transliterateWithOffsets('x', 'hsb', { back: true } as never)).toThrow(
      /unknown transliterateWithOffsets option "back"/,
    );
    expect(() => untransliterate(null as never, 'hsb')).toThrow(/untransliterate: argument "text" must be a string/);
  });
});

describe('the transliteration generator', () => {
  it('writes the committed table and doc (run npm run generate when this fails)', () => {
    expect(readFileSync(SCHEMES_FILE, 'utf8')).toBe(schemesSource());
    expect(readFileSync(DOC_FILE, 'utf8')).toBe(transliterationDoc());
  });

  const without = (cp: number) => ROWS.filter((r) => r[0] !== cp);
  const replace = (cp: number, row: Row) => ROWS.map((r) => (r[0] === cp ? row : r));
  it.each([
    ['a code point twice', [...ROWS, ROWS[0]!], /listed twice/],
    [
      'a code point outside the Arabic block',
      [...ROWS, [0x0041, 'x', 'x', 'x', 'x', 'project'] as Row],
      /outside the Arabic block/,
    ],
    ['a code of two characters', replace(0x0628, [0x0628, 'bb', 'b', 'b', 'b', 'camel']), /not one BMP code unit/],
    ['an Arabic character as a code', replace(0x0628, [0x0628, 'ب', 'b', 'b', 'b', 'camel']), /is an Arabic character/],
    ['two code points with one code', replace(0x0628, [0x0628, 't', 'b', 'b', 'b', 'camel']), /share the code "t"/],
    ['a required code point without a code', without(0x0652), /U\+0652 has no code/],
    [
      'a required code point unmapped in one scheme',
      replace(0x0670, [0x0670, '`', null, '`', 'á', 'camel']),
      /safe-buckwalter: U\+0670 has no code/,
    ],
  ])('refuses %s', (_, rows, message) => {
    expect(() => buildSchemes(rows as Row[])).toThrow(SchemeDataError);
    expect(() => buildSchemes(rows as Row[])).toThrow(message);
  });
});
