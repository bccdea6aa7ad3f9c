/**
 * Token kinds, declared once: the enum below, in code order (new kinds go at the end, so that the
 * codes `tokenSpans` writes stay stable). The numeric codes (as written in
 * `tokenSpans`), the public `TokenKind` object and the `TokenKindName` type all derive from it.
 * An enum, so that esbuild inlines the codes into the scanner. Adding a kind is one member here
 * and the scanner branch that produces it (docs/architecture.md).
 */
export enum Kind {
  word,
  number,
  punct,
  symbol,
  emoji,
  url,
  email,
  mention,
  hashtag,
  space,
  emoticon,
}

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
export type TokenKindName = keyof typeof Kind;

type TokenKindCodes = { readonly [K in TokenKindName]: number } & {
  /** The kind names, indexed by code. */
  readonly names: readonly TokenKindName[];
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
export const TokenKind: TokenKindCodes = /* @__PURE__ */ (() => {
  const names = Object.keys(Kind).filter((k) => Number.isNaN(Number(k))) as TokenKindName[];
  return Object.freeze({
    ...(Object.fromEntries(names.map((name) => [name, Kind[name]])) as { [K in TokenKindName]: number }),
    names: Object.freeze(names),
  });
})();
