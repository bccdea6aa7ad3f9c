/**
 * Search: `analyze` against `tokenSpans` on the same text, and the word-by-word calls of a search
 * engine (`normalize`, `isStopword` and `stem` on each word, sliced fresh from the text as an
 * engine's tokenizer gives it) against one whole-string `normalize`. Targets (issue 18, on the
 * UD Arabic-PUD text): `analyze` ≥ 0.35× `tokenSpans`, the word-by-word calls ≥ 0.25× the
 * whole-string `normalize`.
 */
import { analyze, isStopword, normalize, stem, TokenKind, tokenSpans } from '../dist/index.js';
import { expectEqual, type Case } from './harness.ts';

/** The spans of a text's word tokens, as [start, end] pairs. */
function wordSpans(text: string): Int32Array {
  const spans = tokenSpans(text);
  const words: number[] = [];
  for (let k = 0; k < spans.length; k += 3) if (spans[k + 2] === TokenKind.word) words.push(spans[k]!, spans[k + 1]!);
  return Int32Array.from(words);
}

/** What a search engine does with its own tokenizer: three calls per word, each word a fresh string. */
function wordByWord(text: string, words: Int32Array): number {
  let n = 0;
  for (let k = 0; k < words.length; k += 2) {
    const word = text.slice(words[k], words[k + 1]);
    n += normalize(word, 'search').length + stem(word).length + (isStopword(word) ? 1 : 0);
  }
  return n;
}

/** The search cases on one named input. */
export function searchCases(name: string, text: string): Case[] {
  const words = wordSpans(text);
  return [
    {
      group: 'search',
      name: 'tokenSpans',
      input: name,
      text,
      run: (t) => tokenSpans(t),
      baseline: true,
      check: () => expectEqual('tokenSpans', tokenSpans('في المدرسة').length, 6),
    },
    {
      group: 'search',
      name: 'normalize search (whole text)',
      input: name,
      text,
      run: (t) => normalize(t, 'search'),
      baseline: true,
      check: () => expectEqual('search', normalize('المدرسةُ', 'search'), 'المدرسه'),
    },
    {
      group: 'search',
      name: 'analyze',
      input: name,
      text,
      run: (t) => analyze(t),
      items: (t) => analyze(t).length,
      check: () =>
        expectEqual(
          'analyze',
          analyze('ذهبت إلى المدرسة').map((t) => t.term),
          ['ذهب', 'مدرس'],
        ),
    },
    {
      group: 'search',
      name: 'normalize + isStopword + stem, word by word',
      input: name,
      text,
      run: (t) => wordByWord(t, words),
      items: () => words.length / 2,
      check: () => {
        expectEqual('stem', [stem('وبالمدرسة'), isStopword('وفي'), normalize('إلى', 'search')], ['مدرس', true, 'الي']);
      },
    },
  ];
}
