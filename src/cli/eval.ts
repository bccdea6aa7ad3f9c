/**
 * `arabic-text eval FILE.conllu`: scores the tokenizer, the sentence splitter and clitic
 * segmentation against a Universal Dependencies treebank.
 */
import { readFile } from 'node:fs/promises';
import { readConllu } from '../eval/conllu.ts';
import { boundaryScore, tokenScore, wordScore, type Score } from '../eval/score.ts';
import type { Format } from './args.ts';
import { InputError } from './input.ts';

/**
 * The report, or `InputError` naming the file and line of the first line that is not CoNLL-U
 * (with `lenient`, such lines are skipped and counted in a warning).
 */
export async function evaluate(
  file: string,
  format: Format,
  lenient: boolean,
): Promise<{ report: string; warnings: string }> {
  let conllu: string;
  try {
    conllu = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`arabic-text: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const { docs, sentenceCount, mismatches, malformed } = readConllu(conllu);
  if (malformed !== null && !lenient) {
    throw new InputError(
      `arabic-text: ${file}:${malformed.line}: not CoNLL-U (${malformed.reason}); --lenient skips such lines`,
    );
  }
  const tokens = tokenScore(docs);
  const sentences = boundaryScore(docs);
  const words = wordScore(docs, true);
  const unsplit = wordScore(docs, false);
  const warnings =
    (mismatches.length === 0
      ? ''
      : `arabic-text: ${mismatches.length} token forms not found in their sentence's text (first: ${mismatches[0]})\n`) +
    (malformed === null
      ? ''
      : `arabic-text: ${file}:${malformed.line}: skipped lines that are not CoNLL-U (first: ${malformed.reason})\n`);
  const counts = { documents: docs.length, sentences: sentenceCount, tokens: tokens.gold, words: words.gold };
  if (format === 'jsonl') {
    const round = (s: Score) => ({
      precision: s.precision,
      recall: s.recall,
      f1: s.f1,
      tp: s.tp,
      predicted: s.predicted,
      gold: s.gold,
    });
    return {
      report: `${JSON.stringify({ file, ...counts, tokens: round(tokens), sentenceBoundaries: round(sentences), words: round(words), wordsUnsplit: round(unsplit) })}\n`,
      warnings,
    };
  }
  const row = (name: string, s: Score) =>
    `${name.padEnd(22)}${s.precision.toFixed(4).padStart(10)}${s.recall.toFixed(4).padStart(10)}${s.f1.toFixed(4).padStart(10)}${String(s.gold).padStart(9)}\n`;
  return {
    report:
      `${file}: ${counts.documents} documents, ${counts.sentences} sentences, ${counts.tokens} tokens, ${counts.words} words\n` +
      `${''.padEnd(22)}${'P'.padStart(10)}${'R'.padStart(10)}${'F1'.padStart(10)}${'gold'.padStart(9)}\n` +
      row('tokens', tokens) +
      row('sentence boundaries', sentences) +
      row('words (clitics)', words) +
      row('words (no splitting)', unsplit),
    warnings,
  };
}
