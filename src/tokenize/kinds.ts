/**
 * Token kinds, declared once: the names below, in code order. The numeric codes (as written in
 * `tokenSpans`), the `TokenKind` object and the `TokenKindName` type are all derived from it.
 * Adding a kind is one name here and the scanner branch that produces it (docs/architecture.md).
 */

const NAMES = ['word', 'number', 'punct', 'symbol', 'emoji', 'url', 'email', 'mention', 'hashtag', 'space'] as const;

/**
 * The name of a token kind.
 *
 * @example
 * ```ts
 * import { tokenize, type TokenKindName } from 'arabic-text';
 * const kinds: TokenKindName[] = tokenize('نما 3% 👍').map((t) => t.kind);
 * // ['word', 'number', 'punct', 'emoji']
 * ```
 */
export type TokenKindName = (typeof NAMES)[number];

type TokenKindCodes = { readonly [K in TokenKindName]: number } & {
  /** The kind names, indexed by code. */
  readonly names: typeof NAMES;
};

/**
 * The numeric code of each token kind, as `tokenSpans` writes it.
 *
 * @example
 * ```ts
 * import { TokenKind, tokenSpans } from 'arabic-text';
 * const spans = tokenSpans('عام 2024');
 * spans[2] === TokenKind.word;   // true
 * spans[5] === TokenKind.number; // true
 * TokenKind.names[spans[5]];      // 'number'
 * ```
 */
export const TokenKind: TokenKindCodes = /* @__PURE__ */ (() =>
  Object.freeze({
    ...(Object.fromEntries(NAMES.map((name, code) => [name, code])) as { [K in TokenKindName]: number }),
    names: Object.freeze(NAMES),
  }))();

// The scanner's constants: plain numbers read once from TokenKind, so that the hot loop
// compares against module constants rather than loading properties.
export const {
  word: WORD,
  number: NUMBER,
  punct: PUNCT_TOKEN,
  symbol: SYMBOL_TOKEN,
  emoji: EMOJI_TOKEN,
  url: URL,
  email: EMAIL,
  mention: MENTION,
  hashtag: HASHTAG,
  space: SPACE_TOKEN,
} = TokenKind;
