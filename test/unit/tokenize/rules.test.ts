/** One row per tokenization rule of docs/tokenization.md (T1…T19): input → `text/kind` tokens. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/index.ts';

const show = (text: string, whitespace = false) => tokenize(text, { whitespace }).map((t) => `${t.text}/${t.kind}`);

const ROWS: ReadonlyArray<readonly [string, string, string[]]> = [
  ['T1', 'سَلَامٌ می‌خواهم', ['سَلَامٌ/word', 'می‌خواهم/word']],
  // Laughter and elongated words are one word (issue 14).
  ['T1', 'ههههه شكرااااا جـــداااا', ['ههههه/word', 'شكرااااا/word', 'جـــداااا/word']],
  ['T2', 'ـــ \u064eب', ['ـــ/symbol', '\u064e/symbol', 'ب/word']],
  ['T3', 'كتاب\u200bقلم', ['كتاب/word', 'قلم/word']],
  ['T4', 'بالـiPhone و2006', ['بالـ/word', 'iPhone/word', 'و/word', '2006/number']],
  ['T5', 'G7 mp3 3D', ['G7/word', 'mp3/word', '3D/word']],
  ['T6', '3.5 ٣٫٥ ١٬٠٠٠ 10:30', ['3.5/number', '٣٫٥/number', '١٬٠٠٠/number', '10:30/number']],
  ['T7', 'Привет мир', ['Привет/word', 'мир/word']],
  ['T8', 'COVID-19 الواي-فاي', ['COVID/word', '-/punct', '19/number', 'الواي/word', '-/punct', 'فاي/word']],
  ['T9', "don't U.S.", ["don't/word", 'U.S/word', './punct']],
  ['T10', 'a.b info@x.org', ['a.b/word', 'info@x.org/email']],
  [
    'T11',
    'https://t.co/s7BDUACi4e#فيسبوك https://t.co/xyzمرحبا https://a.org/wiki/مصر https://a.org/p#sec https://m.com/@u',
    [
      'https://t.co/s7BDUACi4e/url',
      '#فيسبوك/hashtag',
      'https://t.co/xyz/url',
      'مرحبا/word',
      'https://a.org/wiki/مصر/url',
      'https://a.org/p#sec/url',
      'https://m.com/@u/url',
    ],
  ],
  [
    'T11',
    '(see https://a.org/x_(y)). https://a.org/‘x',
    ['(/punct', 'see/word', 'https://a.org/x_(y)/url', ')/punct', './punct', 'https://a.org//url', '‘/punct', 'x/word'],
  ],
  ['T12', 'info@example.co.uk a@b', ['info@example.co.uk/email', 'a/word', '@b/mention']],
  ['T13', '@user_1 #مصر_اليوم #1', ['@user_1/mention', '#مصر_اليوم/hashtag', '#/punct', '1/number']],
  ['T14', '... ؟! ،،', ['.../punct', '؟!/punct', '،/punct', '،/punct']],
  ['T15', '👨‍👩‍👧 👍🏽 🇸🇦 1️⃣', ['👨‍👩‍👧/emoji', '👍🏽/emoji', '🇸🇦/emoji', '1️⃣/emoji']],
  ['T16', '© ©️ ❤ ❤️', ['©/emoji', '©️/emoji', '❤/emoji', '❤️/emoji']],
  [
    'T20',
    "شكرا :) :-( :D ;) <3 xD ^_^ :'( :)))",
    [
      'شكرا/word',
      ':)/emoticon',
      ':-(/emoticon',
      ':D/emoticon',
      ';)/emoticon',
      '<3/emoticon',
      'xD/emoticon',
      '^_^/emoticon',
      ":'(/emoticon",
      ':)))/emoticon',
    ],
  ],
  [
    'T20',
    '3:30 a:b 2:1 :Dear x<3',
    [
      '3:30/number',
      'a/word',
      ':/punct',
      'b/word',
      '2:1/number',
      ':/punct',
      'Dear/word',
      'x/word',
      '</symbol',
      '3/number',
    ],
  ],
  [
    'T21',
    'Storehttps://t.co/abc #إسرائيلhttps://t.co/Ewut2lEyB1#سوريا',
    ['Store/word', 'https://t.co/abc/url', '#إسرائيل/hashtag', 'https://t.co/Ewut2lEyB1/url', '#سوريا/hashtag'],
  ],
  ['T17', '$ € \u0000', ['$/symbol', '€/symbol', '\u0000/symbol']],
  ['T19', 'x\u0301 1\ufe0f', ['x\u0301/word', '1\ufe0f/number']],
];

describe('tokenization rules (docs/tokenization.md)', () => {
  it.each(ROWS)('%s: %j', (_, input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  it('T18: white space and invisible format controls separate tokens; { whitespace: true } keeps them', () => {
    expect(show('قال \u2066JD\u2069')).toEqual(['قال/word', 'JD/word']);
    expect(show('قال  \u2066JD', true)).toEqual(['قال/word', '  \u2066/space', 'JD/word']);
  });
});
