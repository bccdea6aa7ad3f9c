/**
 * Tokenization: `tokenSpans`, `tokens` and `tokenize` on 4M code units of Arabic news, against
 * the `charCodeAt` loop, a `matchAll` regex tokenizer and `Intl.Segmenter` (line by line).
 */
import { createCliticSplitter, splitClitics, TokenKind, tokenSpans, tokenize, tokens } from '../dist/index.js';
import { charCodeAtLoop, checkCharCodeAtLoop, intlSegments, regexTokenizer } from './baselines.ts';
import { expectEqual, type Case } from './harness.ts';

const KNOWN = 'قال د. أحمد: نما الاقتصاد ٣٫٥٪ في 2024م، انظر https://example.com 👍🏽';
const KNOWN_TOKENS = [
  'قال',
  'د',
  '.',
  'أحمد',
  ':',
  'نما',
  'الاقتصاد',
  '٣٫٥',
  '٪',
  'في',
  '2024',
  'م',
  '،',
  'انظر',
  'https://example.com',
  '👍🏽',
];
const texts = (spans: Int32Array, t: string) =>
  Array.from({ length: spans.length / 3 }, (_, k) => t.slice(spans[3 * k], spans[3 * k + 1]));

/** The Arabic word tokens of a text. */
/** How many of `words` are in `set`: the Set.has baseline. */
function countKnown(words: readonly string[], set: ReadonlySet<string>): number {
  let known = 0;
  for (const w of words) if (set.has(w)) known++;
  return known;
}

function arabicWordsOf(text: string): string[] {
  const spans = tokenSpans(text);
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const c = text.charCodeAt(spans[k]!);
    if (spans[k + 2] === TokenKind.word && c >= 0x0620 && c <= 0x06ff) words.push(text.slice(spans[k], spans[k + 1]));
  }
  return words;
}

function splitAll(words: readonly string[], split: (word: string) => unknown[] = splitClitics): number {
  let parts = 0;
  for (const w of words) parts += split(w).length;
  return parts;
}

const dialectSplitter = createCliticSplitter({ dialect: true });

function consume(it: Iterable<unknown>): number {
  let n = 0;
  for (const _ of it) n++;
  return n;
}

/** The tokenize cases on one named input. */
export function tokenizeCases(name: string, text: string): Case[] {
  const count = (t: string) => tokenSpans(t).length / 3;
  return [
    {
      group: 'tokenize',
      name: 'tokenSpans',
      input: name,
      text,
      run: (t) => tokenSpans(t),
      items: count,
      check: (t) => {
        expectEqual('tokenSpans', texts(tokenSpans(KNOWN), KNOWN), KNOWN_TOKENS);
        expectEqual('tokenSpans count = tokenize count', count(t), tokenize(t).length);
      },
    },
    {
      group: 'tokenize',
      name: 'tokens (iterator)',
      input: name,
      text,
      run: (t) => consume(tokens(t)),
      items: count,
      check: () =>
        expectEqual(
          'tokens',
          [...tokens(KNOWN)].map((x) => x.text),
          KNOWN_TOKENS,
        ),
    },
    {
      group: 'tokenize',
      name: 'tokenize',
      input: name,
      text,
      run: (t) => tokenize(t),
      items: count,
      check: () =>
        expectEqual(
          'tokenize',
          tokenize(KNOWN).map((x) => x.text),
          KNOWN_TOKENS,
        ),
    },
    {
      group: 'tokenize',
      name: 'tokenize + clitics',
      input: name,
      text,
      run: (t) => tokenize(t, { clitics: splitClitics }),
      items: count,
      check: () =>
        expectEqual(
          'clitics',
          tokenize('وبالحكومة', { clitics: splitClitics })[0]!.parts!.map((p) => p.text),
          ['و', 'ب', 'الحكومة'],
        ),
    },
    {
      group: 'tokenize',
      name: 'charCodeAt loop',
      input: name,
      text,
      run: charCodeAtLoop,
      baseline: true,
      check: checkCharCodeAtLoop,
    },
    {
      group: 'tokenize',
      name: 'regex matchAll tokenizer',
      input: name,
      text,
      run: regexTokenizer,
      baseline: true,
      items: (t) => regexTokenizer(t).length,
      check: () => expectEqual('regex', regexTokenizer('قال: ٣٫٥').length, 3),
    },
    {
      group: 'tokenize',
      name: 'Intl.Segmenter word (per line)',
      input: name,
      text,
      run: (t) => intlSegments(t, 'word'),
      baseline: true,
      items: (t) => intlSegments(t, 'word').length,
      check: () => expectEqual('Intl.Segmenter', intlSegments('قال: نعم', 'word').length, 3),
    },
  ];
}

/**
 * Clitic splitting on its own, in a group of its own: measured next to the tokenize cases it
 * paid for their garbage collection (16 instead of 28 Mchar/s).
 */
export function cliticCases(name: string, text: string): Case[] {
  const arabicWords = arabicWordsOf(text);
  if (arabicWords.length === 0) return [];
  const vocabulary = new Set(arabicWords);
  return [
    {
      // The words are found once, outside the timing: this row is the splitting alone, reported
      // per code unit of the whole text. The tokenizer's share is in the rows above.
      group: 'clitics',
      name: 'clitic splitting (splitClitics on every Arabic word)',
      input: name,
      text,
      run: () => splitAll(arabicWords),
      items: () => arabicWords.length,
      check: () =>
        expectEqual(
          'splitClitics',
          splitClitics('وبالحكومة').map((p) => p.text),
          ['و', 'ب', 'الحكومة'],
        ),
    },
    {
      group: 'clitics',
      name: 'clitic splitting, dialect rules (createCliticSplitter({ dialect: true }))',
      input: name,
      text,
      run: () => splitAll(arabicWords, dialectSplitter),
      items: () => arabicWords.length,
      check: () =>
        expectEqual(
          'dialect splitter',
          dialectSplitter('بيقولك').map((p) => p.text),
          ['بيقو', 'ل', 'ك'],
        ),
    },
    {
      // The work any dictionary-based splitter does at least once per word, on the same words:
      // the machine-independent unit of the splitter's target (issue 15). The charCodeAt loop
      // below varied 2× from one fresh process to the next (0.045-0.087 of it), this 10%.
      group: 'clitics',
      name: 'Set.has per word',
      input: name,
      text,
      run: () => countKnown(arabicWords, vocabulary),
      baseline: true,
      items: () => arabicWords.length,
      check: () => expectEqual('Set.has per word', countKnown(arabicWords.slice(0, 3), vocabulary), 3),
    },
    {
      group: 'clitics',
      name: 'charCodeAt loop',
      input: name,
      text,
      run: charCodeAtLoop,
      baseline: true,
      check: checkCharCodeAtLoop,
    },
  ];
}
