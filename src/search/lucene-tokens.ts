/**
 * A5: the words of Lucene's `StandardTokenizer` (UAX #29 word boundaries), built from this
 * library's tokens, for `analyze(·, { preset: 'lucene' })`. The tokenizer cuts where a search
 * for Arabic is better served (و2006 is و + 2006, ق.م is ق + . + م, 6:30 one number); UAX #29
 * does not cut between letters and digits, nor at a full stop or apostrophe between two letters
 * or a comma or full stop between two digits, and it cuts at a colon between digits. The
 * differences that remain are listed in docs/search.md.
 */
import { BMP_CLASS, Char, Class } from '../chars/index.ts';
import { Kind } from '../tokenize/kinds.ts';

/** UAX #29 MidNumLet and MidLetter between two letters: ق.م, l'homme, a:b. */
const BETWEEN_LETTERS = new Set(['.', "'", ':', '\u00b7', '\u2019']); // MIDDLE DOT, RIGHT SINGLE QUOTATION MARK
/** UAX #29 MidNum and MidNumLet between two digits: 1,5 and 3.14. */
const BETWEEN_DIGITS = new Set(['.', ',', ';', "'", '\u2019', '\u066c']); // ARABIC THOUSANDS SEPARATOR
/** UAX #29 ExtendNumLet: joins letters and digits on both sides (x_y, 1_2). */
const LOW_LINE = '_';

/** A decimal digit of any script (Lucene's DecimalDigitFilter folds them all): ٣٫٥ as 3.5. */
const isDigit = (c: number) => {
  const cls = BMP_CLASS[c]!;
  return (
    cls === Class.ASCII_DIGIT ||
    cls === Class.ARABIC_INDIC_DIGIT ||
    cls === Class.PERSIAN_DIGIT ||
    cls === Class.OTHER_DIGIT
  );
};
const isLetter = (c: number) => {
  const cls = BMP_CLASS[c]!;
  return cls === Class.ARABIC_LETTER || cls === Class.LATIN_LETTER || cls === Class.OTHER_LETTER;
};

/**
 * The `[start, end]` spans of Lucene's words over `text`, from this library's token spans: its
 * words, numbers and emoji, and the letters and digits of its hashtags, mentions, URLs and
 * e-mail addresses.
 */
export function luceneWordSpans(text: string, spans: Int32Array): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  const push = (start: number, end: number) => {
    // A colon between digits is a cut (6:30 is 6 and 30); between letters it is not (a:b).
    let from = start;
    for (let i = start; i < end; i++) {
      if (
        String.prototype.charCodeAt.call(text, i) !== Char.COLON ||
        !isDigit(String.prototype.charCodeAt.call(text, i - 1)) ||
        !isDigit(String.prototype.charCodeAt.call(text, i + 1))
      )
        continue;
      if (i > from) words.push([from, i]);
      from = i + 1;
    }
    if (end > from) words.push([from, end]);
  };
  let open: [number, number] | null = null;
  const word = (start: number, end: number) => {
    if (open !== null && joins(text, open[1], start)) {
      open[1] = end;
      return;
    }
    if (open !== null) push(open[0], open[1]);
    open = [start, end];
  };
  for (let k = 0; k < spans.length; k += 3) {
    const kind = spans[k + 2]!;
    const start = spans[k]!;
    const end = spans[k + 1]!;
    if (kind === Kind.word || kind === Kind.number || kind === Kind.emoji) word(start, end);
    // Lucene drops the # and @ and cuts URLs and e-mail addresses into their words.
    else if (kind === Kind.hashtag || kind === Kind.mention || kind === Kind.url || kind === Kind.email)
      alphanumericRuns(text, start, end, word);
  }
  if (open !== null) push(open[0], open[1]);
  return words;
}

/** The runs of letters and digits in `[start, end)`, given to `word` in order. */
function alphanumericRuns(text: string, start: number, end: number, word: (start: number, end: number) => void) {
  let from = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? String.prototype.charCodeAt.call(text, i) : -1;
    const inRun = c >= 0 && (isLetter(c) || isDigit(c));
    if (inRun && from < 0) from = i;
    else if (!inRun && from >= 0) {
      word(from, i);
      from = -1;
    }
  }
}

/** Whether UAX #29 keeps the word ending at `end` and the one starting at `start` together. */
function joins(text: string, end: number, start: number): boolean {
  const last = String.prototype.charCodeAt.call(text, end - 1);
  const first = String.prototype.charCodeAt.call(text, start);
  if (start === end) return true; // letters and digits written together: و2006, الـ84
  if (start !== end + 1) return false;
  const between = text[end]!;
  if (between === LOW_LINE) return true;
  if (isLetter(last) && isLetter(first)) return BETWEEN_LETTERS.has(between);
  return isDigit(last) && isDigit(first) && BETWEEN_DIGITS.has(between);
}
