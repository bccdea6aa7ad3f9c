/**
 * How records are written in each output format. `text` and `tsv` escape the characters that
 * would break their line structure (backslash, tab, CR, LF) as \\ \t \r \n, so that one record is
 * always one line; `jsonl` is one JSON object per line and loses nothing.
 */
import { Char } from '../chars/index.ts';
import type { Sentence } from '../segment/sentences.ts';
import type { Token } from '../tokenize/tokenize.ts';
import type { Format } from './args.ts';

/** A span record: a sentence or a Latin run. */
export type Span = Sentence;

/** The escapes of `escapeField` by ASCII code unit: the letter written after the backslash, or 0. */
export const FIELD_ESCAPES: Uint8Array = /* @__PURE__ */ (() => {
  const escapes = new Uint8Array(128);
  escapes[Char.REVERSE_SOLIDUS] = Char.REVERSE_SOLIDUS;
  escapes[Char.CHARACTER_TABULATION] = Char.LATIN_SMALL_LETTER_T;
  escapes[Char.CARRIAGE_RETURN] = Char.LATIN_SMALL_LETTER_R;
  escapes[Char.LINE_FEED] = Char.LATIN_SMALL_LETTER_N;
  return escapes;
})();

export function escapeField(s: string): string {
  if (!/[\\\t\r\n]/.test(s)) return s;
  return s.replace(/[\\\t\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\n'));
}

/** One sentence or Latin run as one line (without the line break). */
export function spanRecord(format: Format, s: Span): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify({ text: s.text, start: s.start, end: s.end });
    case 'tsv':
      return `${s.start}\t${s.end}\t${escapeField(s.text)}`;
    default:
      return escapeField(s.text);
  }
}

/** A normalized line as a record. */
export function normalizedRecord(format: Format, line: string): string {
  switch (format) {
    case 'jsonl':
      return JSON.stringify({ text: line });
    case 'tsv':
      return escapeField(line);
    default:
      return line;
  }
}

/**
 * Everything found on one input line, as one record (`--lines`): the items joined by a space
 * (tokens, text format) or a tab, or one JSON object with the items under `key`.
 */
export function lineRecord(
  format: Format,
  key: string,
  items: ReadonlyArray<{ text: string }>,
  space: boolean,
): string {
  if (format === 'jsonl') return JSON.stringify({ [key]: items });
  return items.map((item) => escapeField(item.text)).join(space && format === 'text' ? ' ' : '\t');
}

/** A FORM field: CoNLL-U columns cannot hold a tab or a line break. */
const conlluForm = (s: string) => s.replace(/[\t\n\r]/g, ' ');

/**
 * A sentence's tokens as a CoNLL-U block: comments, one line per token (or, with clitics, a
 * multiword line and one line per part), offsets in MISC as `TokenRange=start:end`.
 */
export function conlluBlock(id: number, sentence: Sentence, tokens: readonly Token[]): string {
  const lines = [`# sent_id = ${id}`, `# text = ${sentence.text.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ')}`];
  let n = 0;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    const misc = `${next !== undefined && next.start === t.end ? 'SpaceAfter=No|' : ''}TokenRange=${t.start}:${t.end}`;
    if (t.parts !== undefined && t.parts.length > 1) {
      lines.push(`${n + 1}-${n + t.parts.length}\t${conlluForm(t.text)}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
      for (const p of t.parts)
        lines.push(`${++n}\t${conlluForm(p.text)}\t_\t_\t_\t_\t_\t_\t_\tTokenRange=${p.start}:${p.end}`);
    } else {
      lines.push(`${++n}\t${conlluForm(t.text)}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
    }
  });
  return `${lines.join('\n')}\n\n`;
}
