/** Table-driven: `[input, texts, kinds]` rows, one per rule (see docs/tokenization.md). */
import { describe, expect, it } from 'vitest';
import { TokenKind, tokenSpans, tokenize, tokens } from '../../../src/index.ts';

type Row = [input: string, texts: string[], kinds: string];
const K: Record<string, string> = {
  w: 'word',
  n: 'number',
  p: 'punct',
  s: 'symbol',
  e: 'emoji',
  u: 'url',
  m: 'email',
  '@': 'mention',
  '#': 'hashtag',
  _: 'space',
};

const RULES: Array<[string, Row[]]> = [
  [
    'words keep their diacritics, tatweel and ZWNJ',
    [
      ['سَلَامٌ', ['سَلَامٌ'], 'w'],
      ['العـــربية', ['العـــربية'], 'w'],
      ['می‌خواهم', ['می‌خواهم'], 'w'],
      ['هٰذَا', ['هٰذَا'], 'w'],
      ['كَتَبَ الوَلَدُ', ['كَتَبَ', 'الوَلَدُ'], 'ww'],
      ['ب\u200dب', ['ب\u200dب'], 'w'],
      ['كل\u00adمة', ['كل\u00adمة'], 'w'],
      ['\u064eب', ['\u064e', 'ب'], 'sw'], // a stray mark is never the start of a word
      ['ـــ', ['ـــ'], 's'], // tatweel alone is not a word
      ['ﻻ ﺳﻼﻡ', ['ﻻ', 'ﺳﻼﻡ'], 'ww'], // presentation forms are Arabic letters
    ],
  ],
  [
    'script boundaries',
    [
      ['بالـiPhone', ['بالـ', 'iPhone'], 'ww'],
      ['iPhoneبال', ['iPhone', 'بال'], 'ww'],
      ['2024م', ['2024', 'م'], 'nw'],
      ['ال3', ['ال', '3'], 'wn'],
      ['الـ16', ['الـ', '16'], 'wn'],
      ['٢٠٢٤م', ['٢٠٢٤', 'م'], 'nw'],
      ['G7 mp3 3D', ['G7', 'mp3', '3D'], 'www'],
      ['COVID-19', ['COVID', '-', '19'], 'wpn'],
      ["don't O'Brien rock’n’roll", ["don't", "O'Brien", 'rock’n’roll'], 'www'],
      ['U.S. e.g.', ['U.S', '.', 'e.g', '.'], 'wpwp'],
      ['שלום עולם', ['שלום', 'עולם'], 'ww'],
      ['الواي-فاي', ['الواي', '-', 'فاي'], 'wpw'],
      ['Ünïcode naïve', ['Ünïcode', 'naïve'], 'ww'],
      ['iPhoneً', ['iPhoneً'], 'w'], // regression: a mark stays with its base
    ],
  ],
  [
    'numbers',
    [
      ['3.5', ['3.5'], 'n'],
      ['٣٫٥', ['٣٫٥'], 'n'],
      ['١٬٠٠٠', ['١٬٠٠٠'], 'n'],
      ['2,500,000', ['2,500,000'], 'n'],
      ['10:30', ['10:30'], 'n'],
      ['1,5', ['1,5'], 'n'],
      ['۱۲۳', ['۱۲۳'], 'n'],
      ['50% ٥٠٪', ['50', '%', '٥٠', '٪'], 'npnp'],
      ['3. 5', ['3', '.', '5'], 'npn'],
      ['3,', ['3', ','], 'np'],
      ['3.5GHz', ['3.5', 'GHz'], 'nw'],
      ['-5', ['-', '5'], 'pn'],
      ['𝟙𝟚', ['𝟙𝟚'], 'n'],
    ],
  ],
  [
    'URLs, emails, mentions, hashtags',
    [
      ['https://example.com/a?b=1', ['https://example.com/a?b=1'], 'u'],
      ['http://example.com.', ['http://example.com', '.'], 'up'],
      [
        '(see https://en.wikipedia.org/wiki/Foo_(bar))',
        ['(', 'see', 'https://en.wikipedia.org/wiki/Foo_(bar)', ')'],
        'pwup',
      ],
      ['www.example.org/x) و', ['www.example.org/x', ')', 'و'], 'upw'],
      ['زوروا www.b.com.eg الآن', ['زوروا', 'www.b.com.eg', 'الآن'], 'wuw'],
      ['WWW.EXAMPLE.ORG', ['WWW.EXAMPLE.ORG'], 'u'],
      ['user_1@example.com 42@example.org', ['user_1@example.com', '42@example.org'], 'mm'],
      ['https://ar.wikipedia.org/wiki/مصر،', ['https://ar.wikipedia.org/wiki/مصر', '،'], 'up'],
      ['«https://a.org»', ['«', 'https://a.org', '»'], 'pup'],
      ['info@example.com', ['info@example.com'], 'm'],
      ['a.b-c+d@mail.example.co.uk.', ['a.b-c+d@mail.example.co.uk', '.'], 'mp'],
      ['user@host', ['user', '@host'], 'w@'],
      ['@economy_news', ['@economy_news'], '@'],
      ['@محمد', ['@محمد'], '@'],
      ['#مصر_اليوم', ['#مصر_اليوم'], '#'],
      ['#AI2024', ['#AI2024'], '#'],
      ['#1', ['#', '1'], 'pn'],
      ['@ #', ['@', '#'], 'pp'],
      ['example.com', ['example.com'], 'w'],
    ],
  ],
  [
    'emoji sequences',
    [
      ['👍', ['👍'], 'e'],
      ['👍🏽', ['👍🏽'], 'e'],
      ['👨‍👩‍👧', ['👨‍👩‍👧'], 'e'],
      ['🇸🇦🇪🇬', ['🇸🇦', '🇪🇬'], 'ee'],
      ['1️⃣ #️⃣ *⃣', ['1️⃣', '#️⃣', '*⃣'], 'eee'],
      ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', ['🏴󠁧󠁢󠁳󠁣󠁴󠁿'], 'e'],
      ['❤️', ['❤️'], 'e'],
      ['© ❤', ['©', '❤'], 'ee'],
      ['©️', ['©️'], 'e'],
      ['🌱.', ['🌱', '.'], 'ep'],
      ['رائع😂😂', ['رائع', '😂', '😂'], 'wee'],
      ['🏽', ['🏽'], 'e'],
    ],
  ],
  [
    'punctuation and symbols',
    [
      ['ماذا؟!', ['ماذا', '؟!'], 'wp'],
      ['!!!', ['!!!'], 'p'],
      ['...', ['...'], 'p'],
      ['…', ['…'], 'p'],
      ['،؛', ['،', '؛'], 'pp'],
      ['«قال»', ['«', 'قال', '»'], 'pwp'],
      ['“هو”', ['“', 'هو', '”'], 'pwp'],
      ['"نص"', ['"', 'نص', '"'], 'pwp'],
      ['$5 + €', ['$', '5', '+', '€'], 'snss'],
      ['ﷺ ﷲ', ['ﷺ', 'ﷲ'], 'ww'],
      ['\u0000x', ['\u0000', 'x'], 'sw'],
      ['\ud800ب\udc00', ['\ud800', 'ب', '\udc00'], 'sws'],
      ['𑂻𑂻', ['𑂻', '𑂻'], 'pp'], // regression: astral punctuation is one code point
    ],
  ],
  [
    'white space and invisible controls separate tokens',
    [
      ['أ  ب\tج\nد', ['أ', 'ب', 'ج', 'د'], 'wwww'],
      ['قال \u2066JD Vance\u2069 إن', ['قال', 'JD', 'Vance', 'إن'], 'wwww'],
      ['أ\u200bب', ['أ', 'ب'], 'ww'],
      ['\ufeffنص', ['نص'], 'w'],
    ],
  ],
];

describe.each(RULES)('%s', (_rule, rows) => {
  it.each(rows)('%j', (input, texts, kinds) => {
    const got = tokenize(input);
    expect(got.map((t) => t.text)).toEqual(texts);
    expect(got.map((t) => t.kind)).toEqual(Array.from(kinds, (k) => K[k]));
  });
});

describe('token objects', () => {
  it('carry UTF-16 offsets into the input and, on words, the script', () => {
    expect(tokenize('👍 سلام iPhone ש')).toEqual([
      { text: '👍', start: 0, end: 2, kind: 'emoji' },
      { text: 'سلام', start: 3, end: 7, kind: 'word', script: 'arabic' },
      { text: 'iPhone', start: 8, end: 14, kind: 'word', script: 'latin' },
      { text: 'ש', start: 15, end: 16, kind: 'word', script: 'other' },
    ]);
    expect(tokenize('3D')[0]!.script).toBe('latin');
  });

  it('with { whitespace: true } include space tokens that tile the input', () => {
    const t = ' قال\u200f  نعم\n';
    const got = tokenize(t, { whitespace: true });
    expect(got.map((x) => [x.text, x.kind])).toEqual([
      [' ', 'space'],
      ['قال', 'word'],
      ['\u200f  ', 'space'],
      ['نعم', 'word'],
      ['\n', 'space'],
    ]);
    expect(got.map((x) => x.text).join('')).toBe(t);
  });

  it('tokenSpans packs [start, end, kind] with the TokenKind codes', () => {
    expect(Array.from(tokenSpans('قال: نعم'))).toEqual([
      0,
      3,
      TokenKind.word,
      3,
      4,
      TokenKind.punct,
      5,
      8,
      TokenKind.word,
    ]);
    expect(TokenKind.names[TokenKind.hashtag]).toBe('hashtag');
    expect(tokenSpans('')).toEqual(new Int32Array(0));
  });

  it('tokens() is lazy', () => {
    const it = tokens('أ ب ج');
    expect(it.next().value).toEqual({ text: 'أ', start: 0, end: 1, kind: 'word', script: 'arabic' });
    expect([...it].map((t) => t.text)).toEqual(['ب', 'ج']);
  });

  it('two lazy iterators on different texts do not disturb each other', () => {
    const a = tokens('a.a.a.a.a info@example.com');
    const b = tokens('x@y.org b.b');
    const first = a.next().value!;
    expect([...b].map((t) => t.kind)).toEqual(['email', 'word']);
    expect([first, ...a].map((t) => t.kind)).toEqual(['word', 'email']);
  });
});

describe('invalid options', () => {
  it.each([
    [{ whitespace: 'yes' }, /"whitespace".*true, false/],
    [{ spaces: true }, /unknown tokenize option "spaces"/],
    [7, /tokenize options must be a plain object, got 7/],
  ])('%j throws a TypeError naming the option', (options, message) => {
    expect(() => tokenize('نص', options as never)).toThrow(TypeError);
    expect(() => tokenSpans('نص', options as never)).toThrow(message);
  });
});
