/**
 * Sentence segmentation: `sentenceSpans` and `sentences` on 4M code units of Arabic news, against
 * `Intl.Segmenter('ar', { granularity: 'sentence' })` fed line by line and the charCodeAt loop.
 */
import { sentenceSpans, sentences } from '../dist/index.js';
import { charCodeAtLoop, checkCharCodeAtLoop, intlSegments } from './baselines.ts';
import { expectEqual, type Case } from './harness.ts';

const KNOWN = 'قال د. أحمد إن النمو بلغ 3.5%. هل هذا كافٍ؟ «نعم.»\nزوروا https://example.com/a.b الآن';
const KNOWN_SENTENCES = [
  'قال د. أحمد إن النمو بلغ 3.5%.',
  'هل هذا كافٍ؟',
  '«نعم.»',
  'زوروا https://example.com/a.b الآن',
];

/** The sentence cases on one named input. */
export function sentenceCases(name: string, text: string): Case[] {
  const count = (t: string) => sentenceSpans(t).length / 2;
  return [
    {
      group: 'sentences',
      name: 'sentenceSpans',
      input: name,
      text,
      run: (t) => sentenceSpans(t),
      items: count,
      check: (t) => {
        expectEqual(
          'sentences',
          sentences(KNOWN).map((s) => s.text),
          KNOWN_SENTENCES,
        );
        expectEqual('spans = objects', count(t), sentences(t).length);
      },
    },
    {
      group: 'sentences',
      name: 'sentences',
      input: name,
      text,
      run: (t) => sentences(t),
      items: count,
      check: () => expectEqual('sentences', sentences(KNOWN).length, 4),
    },
    {
      group: 'sentences',
      name: 'Intl.Segmenter sentence (per line)',
      input: name,
      text,
      baseline: true,
      run: (t) => intlSegments(t, 'sentence'),
      items: (t) => intlSegments(t, 'sentence').length,
      check: () => expectEqual('Intl sentence', intlSegments('نعم. لا.', 'sentence').length, 2),
    },
    {
      group: 'sentences',
      name: 'charCodeAt loop',
      input: name,
      text,
      run: charCodeAtLoop,
      baseline: true,
      check: checkCharCodeAtLoop,
    },
  ];
}
