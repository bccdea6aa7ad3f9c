/**
 * Reads a Universal Dependencies treebank (CoNLL-U) into documents of raw text with gold spans:
 * sentences, surface tokens and their syntactic words, as UTF-16 offsets into the text. Used by
 * `arabic-text eval`; the corpus tests check that it reproduces ../shared's gold view exactly.
 *
 * - A document is a run of sentences under one `# newdoc id` (repeats of the same id continue
 *   it); its text is the sentences' `# text` joined by one space.
 * - A surface token is a multiword-token line (`4-5 وبالكتاب`) or a word outside any range.
 *   Treebanks such as PUD also write clitics as words of their own glued to the host with
 *   `SpaceAfter=No` (ل + أوباما): adjacent tokens made only of letters and marks are joined back
 *   into the one surface token that a tokenizer sees, and their words are kept; so is a
 *   one-letter proclitic glued to a number (و + 2006). On UD Arabic-PUD this gives exactly the
 *   gold view in ../shared/data/ud (18,187 tokens, 20,747 words).
 */

export interface GoldDoc {
  id: string;
  text: string;
  sentences: Array<[number, number]>;
  tokens: Array<[number, number]>;
  words: string[][];
}

/** What could not be aligned: a token form that was not found where expected. */
export interface Treebank {
  docs: GoldDoc[];
  sentenceCount: number;
  mismatches: string[];
  /** The first line that is not CoNLL-U (1-based number and why), or null; such lines are skipped. */
  malformed: { line: number; reason: string } | null;
}

interface RawToken {
  form: string;
  words: string[];
  spaceAfter: boolean;
}

const LETTERS_ONLY = /^[\p{L}\p{M}\u0640]+$/u;
const ONE_LETTER_PROCLITIC = /^[وبلفك]$/u;

/** Whether two adjacent tokens are one surface token: a word glued to a word, or و/ب/ل/ف/ك to a number (و2006). */
const gluedClitic = (before: string, after: string) =>
  LETTERS_ONLY.test(before) &&
  (LETTERS_ONLY.test(after) || (ONE_LETTER_PROCLITIC.test(before) && /^\p{Nd}/u.test(after)));
const isSpaceAfterNo = (misc: string | undefined) => misc?.split('|').includes('SpaceAfter=No') === true;

/** Parses CoNLL-U text. Never throws on malformed lines: they are skipped, and the first is reported. */
export function readConllu(conllu: string): Treebank {
  const docs: GoldDoc[] = [];
  const mismatches: string[] = [];
  let doc: GoldDoc | null = null;
  let sentenceCount = 0;
  let text: string | null = null;
  let words: Array<{ id: number; form: string; spaceAfter: boolean }> = [];
  let ranges: Array<{ from: number; to: number; form: string; spaceAfter: boolean }> = [];
  let malformed: Treebank['malformed'] = null;
  let lineNumber = 0;
  const skip = (reason: string) => {
    malformed ??= { line: lineNumber, reason };
  };

  const newDoc = (id: string) => {
    doc = { id, text: '', sentences: [], tokens: [], words: [] };
    docs.push(doc);
  };

  const endSentence = () => {
    if (words.length === 0) {
      text = null;
      return;
    }
    const raw = surfaceTokens(words, ranges);
    const sentenceText =
      text ??
      raw
        .map((t) => t.form + (t.spaceAfter ? ' ' : ''))
        .join('')
        .trimEnd();
    if (doc === null) newDoc('');
    const d = doc!;
    if (d.text.length > 0) d.text += ' ';
    const base = d.text.length;
    d.text += sentenceText;
    d.sentences.push([base, base + sentenceText.length]);
    sentenceCount++;
    let cursor = 0;
    let last: { span: [number, number]; words: string[]; form: string } | null = null;
    for (const t of raw) {
      let at = cursor;
      while (at < sentenceText.length && /\s/u.test(sentenceText[at]!)) at++;
      if (!sentenceText.startsWith(t.form, at)) {
        const found = sentenceText.indexOf(t.form, cursor);
        mismatches.push(`${d.id}: "${t.form}" not at ${base + at}`);
        if (found < 0) continue;
        at = found;
      }
      const span: [number, number] = [base + at, base + at + t.form.length];
      cursor = at + t.form.length;
      if (last !== null && last.span[1] === span[0] && gluedClitic(last.form, t.form)) {
        last.span[1] = span[1];
        last.words.push(...t.words);
        last.form += t.form;
        continue;
      }
      last = { span, words: [...t.words], form: t.form };
      d.tokens.push(span);
      d.words.push(last.words);
    }
    words = [];
    ranges = [];
    text = null;
  };

  for (const line of conllu.split(/\r?\n/u)) {
    lineNumber++;
    if (line.startsWith('#')) {
      const m = /^#\s*(newdoc(?:\s+id)?|text)\s*(?:=\s?(.*))?$/u.exec(line);
      if (m?.[1]?.startsWith('newdoc')) {
        const id = (m[2] ?? '').trim();
        if (id === '' || doc === null || (doc as GoldDoc).id !== id) newDoc(id);
      } else if (m?.[1] === 'text') text = m[2] ?? '';
      continue;
    }
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      skip(`${cols.length} tab-separated columns, not 10`);
      continue;
    }
    const [id, form, , , , , , , , misc] = cols;
    const range = /^(\d+)-(\d+)$/u.exec(id!);
    if (range)
      ranges.push({ from: Number(range[1]), to: Number(range[2]), form: form!, spaceAfter: !isSpaceAfterNo(misc) });
    else if (/^\d+$/u.test(id!)) words.push({ id: Number(id), form: form!, spaceAfter: !isSpaceAfterNo(misc) });
    else if (!/^\d+\.\d+$/u.test(id!)) skip(`the ID "${id!.slice(0, 20)}" is not a number, a range or an empty node`);
  }
  endSentence();
  if (sentenceCount === 0 && malformed === null) malformed = { line: 1, reason: 'no sentence' };
  return { docs: docs.filter((d) => d.sentences.length > 0), sentenceCount, mismatches, malformed };
}

/** The sentence's surface tokens: multiword ranges and the words outside them. */
function surfaceTokens(
  words: Array<{ id: number; form: string; spaceAfter: boolean }>,
  ranges: Array<{ from: number; to: number; form: string; spaceAfter: boolean }>,
): RawToken[] {
  const out: RawToken[] = [];
  let r = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    while (r < ranges.length && ranges[r]!.to < w.id) r++;
    const range = ranges[r];
    if (range !== undefined && range.from === w.id) {
      const inside: string[] = [];
      while (k < words.length && words[k]!.id <= range.to) inside.push(words[k++]!.form);
      k--;
      out.push({ form: range.form, words: inside, spaceAfter: range.spaceAfter });
    } else {
      out.push({ form: w.form, words: [w.form], spaceAfter: w.spaceAfter });
    }
  }
  return out;
}
