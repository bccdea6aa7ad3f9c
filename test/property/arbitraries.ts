/**
 * Generators built from real Arabic material. Uniform random strings almost never produce a
 * hamza sequence, a lam-alef ligature or a Latin run inside Arabic, so the pieces below are
 * drawn from the cases the library must get right, mixed with arbitrary code units.
 */
import fc from 'fast-check';
import type { NormalizeOptions, SentenceOptions } from '../../src/index.ts';

const chars = (s: string) => fc.constantFrom(...Array.from(s));

export const arabicLetter = chars('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱپچژگکیۀہەھۃ');
export const haraka = chars(
  '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u0610\u06d6\u06e1\u08f0',
);
export const presentationForm = fc.oneof(
  fc.integer({ min: 0xfb50, max: 0xfdff }).map((cp) => String.fromCharCode(cp)),
  fc.integer({ min: 0xfe70, max: 0xfefc }).map((cp) => String.fromCharCode(cp)),
  chars('ﻻﻷﻵﻹﻼﻸﻶﻺﷲﷺﷻ﷼ﯼﯽﯾﯿ'),
);
const digits = chars('0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०𝟙');
const latinWord = fc.constantFrom(
  'iPhone',
  'JD',
  'Vance',
  'The',
  'Financial',
  'Times',
  'U.S.',
  'G7',
  "don't",
  'COVID-19',
  'Ünïcode',
  'ＡＢＣ',
  'mp3',
  'BBC',
  'e.g.',
);
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\n', '\r\n', '\n\n');
const punct = chars('،؛؟.,!:?;«»"\'()[]“”…٫٬٪%-_/@#۝﴿﴾');
const invisible = chars('\u200c\u200d\u200e\u200f\u061c\u202a\u202c\u2066\u2069\u200b\ufeff\u00ad\u2060');
const emoji = fc.constantFrom(
  '👍',
  '👍🏽',
  '👨\u200d👩\u200d👧',
  '🇸🇦',
  '1\ufe0f\u20e3',
  '❤\ufe0f',
  '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}',
  '©',
  '🌱',
  '\u{1f3fd}',
);
/** Social-media tokens (a tweet's tail, S12) and ellipses (S13). */
const social = fc.constantFrom(
  'https://t.co/Ewut2lEyB1',
  'www.example.com',
  '#الطقس',
  '#a_b',
  '@user_1',
  'a@b.co',
  ':)',
  ':-(',
  '<3',
  ' ...',
  ' …',
);
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const hamzaSequence = fc.constantFrom(
  'ا\u0654',
  'ا\u0655',
  'ا\u0653',
  'و\u0654',
  'ي\u0654',
  'ا\u0640\u0654',
  'ر\u0654',
  'ا\u064e\u0654',
  'ە\u0654',
);
const word = fc
  .array(fc.oneof({ weight: 6, arbitrary: arabicLetter }, haraka, chars('\u0640\u200c')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((a) => a.join(''));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/**
 * Quranic Uthmani spelling (N22): words from the Tanzil text, and random mixes of what the
 * Uthmani fold decides on (superscript alef, hamza on the line or on a tatweel, small letters,
 * a hair space before the superscript alef, annotation marks) with the letters it looks at.
 */
const uthmaniWord = fc.oneof(
  fc.constantFrom(
    'ٱلْكِتَـٰبُ',
    'بِهِۦ',
    'ءَامَنُوا۟',
    'ٱلصَّلَوٰةَ',
    'أَدْرَىٰكَ',
    'هَـٰذَا',
    'ذَ\u200a\u0670\u2060لِكَ',
    'وَبِٱلْـَٔاخِرَةِ',
    'شَيْـًٔا',
    'ٱلَّيْلِ',
    'ٱلْقُرْءَانُ',
    'دَاوُۥدَ',
    'ٱلنَّبِيِّـۧنَ',
    'ٱلرِّبَوٰا۟',
    'ءَأِلَـٰهٌ',
  ),
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: chars('ءاأوىيهلكذنبٱ') },
        { weight: 4, arbitrary: chars('\u064e\u064f\u0650\u0652\u0651\u064b\u0670\u0654\u0653\u0640') },
        { weight: 1, arbitrary: chars('\u06e5\u06e6\u06e7\u06e8\u06df\u06e2\u06ed\u200a\u2060\u08f0\u06e1') },
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((a) => a.join('')),
);

/** One piece of Arabic-looking text. */
export const piece = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 6, arbitrary: space },
  { weight: 3, arbitrary: punct },
  { weight: 3, arbitrary: digits },
  { weight: 3, arbitrary: latinWord },
  { weight: 2, arbitrary: presentationForm },
  { weight: 2, arbitrary: hamzaSequence },
  { weight: 2, arbitrary: uthmaniWord },
  { weight: 2, arbitrary: invisible },
  { weight: 2, arbitrary: emoji },
  { weight: 2, arbitrary: social },
  { weight: 1, arbitrary: haraka },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: anyUnit },
  { weight: 1, arbitrary: anyCodePoint },
);

/** Arabic text made of the pieces above. */
export const arabicText = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

/** Text of the Latin material only: no Arabic-script code point. */
export const latinText = fc
  .array(fc.oneof(latinWord, space, chars('.,!:?;"\'()-/@#'), chars('0123456789०'), invisible, emoji), {
    maxLength: 30,
  })
  .map((a) => a.join(''));

/** Any string at all, lone surrogates included. */
export const anyString = fc.oneof(
  arabicText,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: anyUnit, maxLength: 60 }),
);

/** A random option set, with or without a preset. */
export const normalizeOptions: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom('none', 'clean', 'search', 'lucene'),
    alef: fc.constantFrom(true, false, 'basic'),
    alefMaksura: fc.boolean(),
    tehMarbuta: fc.boolean(),
    hamza: fc.boolean(),
    composeHamza: fc.boolean(),
    diacritics: fc.constantFrom('keep', 'harakat', 'all'),
    tatweel: fc.constantFrom(true, false, 'decorative'),
    digits: fc.constantFrom('keep', 'ascii', 'arabic', 'persian'),
    presentationForms: fc.boolean(),
    ligatures: fc.boolean(),
    persianLetters: fc.boolean(),
    invisibles: fc.boolean(),
    spacing: fc.boolean(),
    punctuation: fc.constantFrom('keep', 'ascii', 'arabic'),
    whitespace: fc.constantFrom('keep', 'collapse'),
    latin: fc.constantFrom('keep', 'lowercase'),
    elongation: fc.boolean(),
    loanwordLetters: fc.boolean(),
    zwnj: fc.boolean(),
    uthmani: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

/** A preset name, or random options. */
export const presetOrOptions = fc.oneof(
  fc.constantFrom('clean' as const, 'search' as const, 'lucene' as const, 'none' as const),
  normalizeOptions,
);

/** How many runs each law gets: short in `npm test`, long in `npm run fuzz` (FUZZ_RUNS). */
export const runs = (n = 300): fc.Parameters<unknown> => {
  const fuzz = Number(process.env.FUZZ_RUNS ?? 0);
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  return { numRuns: fuzz > 0 ? fuzz : n, ...(seed === undefined ? {} : { seed }) };
};

/**
 * What separates tokens and sentences: white space and invisible format controls. Prepended
 * concatenation marks (؀ ARABIC NUMBER SIGN, ۝, U+070F…) are format controls that are visible:
 * they are symbols, not gaps.
 */
export const isGapChar = (ch: string): boolean =>
  /^[\p{White_Space}\p{Cf}]$/u.test(ch) &&
  !/^[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]$/u.test(ch);

/** Random sentence options. */
export const sentenceOptions: fc.Arbitrary<SentenceOptions> = fc.record(
  {
    lineBreaks: fc.constantFrom('sentence' as const, 'paragraph' as const, 'wrapped' as const, 'space' as const),
    semicolon: fc.boolean(),
    abbreviations: fc.array(fc.constantFrom('د', 'Prof.', 'ش.م.م', 'مهندس'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
