/**
 * The tokenizer's public API: three shapes over one scanner. `tokenSpans` is the fast path (a
 * packed Int32Array, no object per token); `tokens` is lazy; `tokenize` returns objects.
 */
import { LineLanguage } from '../clitics/language.ts';
import { classAt, isDigitClass, Class } from '../chars/index.ts';
import { BOOLEAN, readOptions, requireString, type OptionSchema } from '../options/validate.ts';
import { TokenKind, type TokenKindName, Kind } from './kinds.ts';
import { Scanner } from './scanner.ts';

/**
 * Options of `tokenize`, `tokens` and `tokenSpans`.
 *
 * @example
 * ```ts
 * import { tokenize } from 'arabic-text';
 * tokenize('قال  نعم', { whitespace: true }).map((t) => t.kind); // ['word', 'space', 'word']
 * ```
 */
export interface TokenizeOptions {
  /**
   * Also emit `space` tokens for the white space (and invisible format controls) between
   * tokens, so that the tokens tile the input exactly. @defaultValue `false`
   */
  whitespace?: boolean | undefined;
  /**
   * A clitic splitter, such as `splitClitics`: each Arabic word token of `tokenize` and `tokens`
   * then gets `parts` (proclitics, stem, enclitic) whose spans tile the word. Passing the
   * function, rather than a flag, keeps the splitter and its lexicons out of bundles that only
   * tokenize. `tokenSpans` ignores it. @defaultValue `false` (no parts)
   */
  clitics?: CliticSplitter | false | undefined;
}

/**
 * The role of a part of a word.
 *
 * @example
 * ```ts
 * import { splitClitics, type CliticRole } from 'arabic-text';
 * const roles: CliticRole[] = splitClitics('وكتابها').map((p) => p.role);
 * // ['proclitic', 'stem', 'enclitic']
 * ```
 */
export type CliticRole = 'proclitic' | 'stem' | 'enclitic';

/**
 * A part of a word: its syntactic `text`, its surface span `[start, end)` (relative to the word
 * for `splitClitics`, to the input for `tokenize`), and its role. The parts' spans tile the word.
 *
 * @example
 * ```ts
 * import { splitClitics, type Part } from 'arabic-text';
 * const [, stem]: Part[] = splitClitics('للسلطة');
 * stem; // { text: 'السلطة', start: 1, end: 6, role: 'stem' }
 * ```
 */
export interface Part {
  text: string;
  start: number;
  end: number;
  role: CliticRole;
}

/**
 * A clitic splitter: the parts of `word`, with spans offset by `offset` (the word's start in the
 * input; 0 when omitted). `splitClitics` is one.
 *
 * @example
 * ```ts
 * import { splitClitics, tokenize, type CliticSplitter } from 'arabic-text';
 * const split: CliticSplitter = splitClitics;
 * tokenize('قال وبالحكومة', { clitics: split })[1].parts!.map((p) => p.start); // [4, 5, 6]
 * ```
 */
export type CliticSplitter = (word: string, offset?: number) => Part[];

/**
 * The script of a word token.
 *
 * @example
 * ```ts
 * import { tokenize, type WordScript } from 'arabic-text';
 * const scripts: (WordScript | undefined)[] = tokenize('قال JD').map((t) => t.script);
 * // ['arabic', 'latin']
 * ```
 */
export type WordScript = 'arabic' | 'latin' | 'other';

/**
 * A token: its text, its `[start, end)` UTF-16 offsets in the input, its kind; words carry their
 * script, and Arabic words their clitic parts under `{ clitics: true }`.
 *
 * @example
 * ```ts
 * import { tokenize, type Token } from 'arabic-text';
 * const [first]: Token[] = tokenize('سلام');
 * first; // { text: 'سلام', start: 0, end: 4, kind: 'word', script: 'arabic' }
 * ```
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKindName;
  /** Only on `word` tokens. */
  script?: WordScript;
  /** Only on Arabic `word` tokens, under `{ clitics: true }`: the word's parts, offsets into the input. */
  parts?: Part[];
}

const TOKENIZE_SCHEMA: OptionSchema = {
  whitespace: BOOLEAN,
  clitics: { kind: 'function', what: 'a clitic splitter such as splitClitics', off: [false] },
};

export interface Resolved {
  whitespace: boolean;
  clitics: CliticSplitter | null;
}
const DEFAULTS: Resolved = { whitespace: false, clitics: null };

export function resolveTokenizeOptions(options: TokenizeOptions | undefined): Resolved {
  const given = readOptions('tokenize', options, TOKENIZE_SCHEMA);
  if (given === undefined) return DEFAULTS;
  return {
    whitespace: given.whitespace === true,
    clitics: typeof given.clitics === 'function' ? (given.clitics as CliticSplitter) : null,
  };
}

/** The script of the word at `start`: from its first character (a digit starts a Latin word: 3D). */
function scriptOf(text: string, start: number): WordScript {
  const cls = classAt(text, start);
  if (cls === Class.ARABIC_LETTER || cls === Class.TATWEEL) return 'arabic';
  if (cls === Class.LATIN_LETTER || isDigitClass(cls)) return 'latin';
  return 'other';
}

/**
 * The scanner's current token as an object; `base` is added to its offsets (for streams).
 * `lines` tells Persian and Urdu lines, whose words are not clitic-split (C20).
 */
export function makeToken(
  text: string,
  s: Scanner,
  clitics: CliticSplitter | null,
  base = 0,
  lines: LineLanguage | null = null,
): Token {
  const token: Token = {
    text: text.slice(s.start, s.end),
    start: base + s.start,
    end: base + s.end,
    kind: TokenKind.names[s.kind]!,
  };
  if (s.kind === Kind.word) {
    token.script = scriptOf(text, s.start);
    if (clitics !== null && token.script === 'arabic')
      token.parts =
        lines?.persianAt(text, s.start) === true
          ? [{ text: token.text, start: token.start, end: token.end, role: 'stem' }]
          : clitics(token.text, base + s.start);
  }
  return token;
}

/**
 * Splits text into typed tokens with their offsets: words (Arabic, Latin or other script),
 * numbers (3.5, ٣٫٥, ١٬٠٠٠), punctuation, symbols, emoji sequences, URLs, emails, mentions and
 * hashtags. Every character that is not white space belongs to exactly one token.
 *
 * @example
 * ```ts
 * import { tokenize } from 'arabic-text';
 * tokenize('زار 3 وزراء بالـiPhone 🇸🇦').map((t) => `${t.text}/${t.kind}`);
 * // ['زار/word', '3/number', 'وزراء/word', 'بالـ/word', 'iPhone/word', '🇸🇦/emoji']
 * tokenize('سلام')[0]; // { text: 'سلام', start: 0, end: 4, kind: 'word', script: 'arabic' }
 * ```
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  return tokenizeWith(requireString('tokenize', 'text', text), resolveTokenizeOptions(options));
}

/** `tokenize` with options resolved once (the CLI's `--lines` calls it for every line). */
export function tokenizeWith(text: string, o: Resolved): Token[] {
  const s = new Scanner(text, o.whitespace);
  const out: Token[] = [];
  const lines = o.clitics === null ? null : new LineLanguage();
  while (s.next()) out.push(makeToken(s.text, s, o.clitics, 0, lines));
  return out;
}

/**
 * The same tokens as `tokenize`, produced lazily: for long texts read token by token.
 *
 * @example
 * ```ts
 * import { tokens } from 'arabic-text';
 * for (const t of tokens('مرحبا بكم')) console.log(t.text, t.start);
 * // مرحبا 0
 * // بكم 6
 * ```
 */
export function* tokens(text: string, options?: TokenizeOptions): Generator<Token, void, undefined> {
  const input = requireString('tokens', 'text', text);
  const o = resolveTokenizeOptions(options);
  const s = new Scanner(input, o.whitespace);
  const lines = o.clitics === null ? null : new LineLanguage();
  while (s.next()) yield makeToken(s.text, s, o.clitics, 0, lines);
}

/**
 * The fast path: the tokens as packed `[start, end, kind]` triples in an `Int32Array`, with no
 * object per token. `kind` is a code of `TokenKind`.
 *
 * @example
 * ```ts
 * import { TokenKind, tokenSpans } from 'arabic-text';
 * const spans = tokenSpans('قال: نعم');
 * // Int32Array [0, 3, 0,  3, 4, 2,  5, 8, 0]
 * for (let k = 0; k < spans.length; k += 3) {
 *   console.log(TokenKind.names[spans[k + 2]], spans[k], spans[k + 1]);
 * }
 * ```
 */
export function tokenSpans(text: string, options?: TokenizeOptions): Int32Array {
  const input = requireString('tokenSpans', 'text', text);
  const s = new Scanner(input, resolveTokenizeOptions(options).whitespace);
  // Fixed-size chunks, joined once at the end: one copy per triple. Growing one array by doubling
  // and trimming it copied each triple three times, which dominated on one-character tokens.
  const chunks: Int32Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Int32Array(SPAN_CHUNK);
    const k = s.fillSpans_(chunk, 0);
    total += k;
    if (k < SPAN_CHUNK) {
      if (chunks.length === 0) return chunk.slice(0, k);
      chunks.push(chunk.subarray(0, k));
      break;
    }
    chunks.push(chunk);
  }
  const out = new Int32Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Triples per chunk of tokenSpans' output: 3 × 16K int32, 192 KB. */
const SPAN_CHUNK = 3 * 16384;
