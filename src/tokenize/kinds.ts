/**
 * Token kinds: numeric codes (as written in `tokenSpans`) and their names (as in `Token.kind`).
 */

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
export const TokenKind = Object.freeze({
  word: 0,
  number: 1,
  punct: 2,
  symbol: 3,
  emoji: 4,
  url: 5,
  email: 6,
  mention: 7,
  hashtag: 8,
  space: 9,
  /** The kind names, indexed by code. */
  names: Object.freeze([
    'word',
    'number',
    'punct',
    'symbol',
    'emoji',
    'url',
    'email',
    'mention',
    'hashtag',
    'space',
  ] as const),
});

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
export type TokenKindName = (typeof TokenKind.names)[number];

// The scanner's own constants, equal to the codes above (plain numbers inline in the hot loop).
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT_TOKEN = 2;
export const SYMBOL_TOKEN = 3;
export const EMOJI_TOKEN = 4;
export const URL = 5;
export const EMAIL = 6;
export const MENTION = 7;
export const HASHTAG = 8;
export const SPACE_TOKEN = 9;
