/**
 * Quotation mark pairs: which closer ends the quotation each opener starts. The roles say which
 * characters open or close (OPENING_QUOTE, CLOSING_QUOTE in scripts/data/roles.ts); this says
 * which go together, and test/unit/chars/roles.test.ts checks that the two agree.
 */
import { Char } from './code-points.ts';
import { Role } from './roles.generated.ts';
import { hasRole } from './roles.ts';

export interface QuotePair {
  readonly open_: number;
  readonly close_: number;
  /**
   * Whether a terminator inside a quotation of this pair waits for its closer later on the line
   * (S4). Not for the straight apostrophe, which stands alone far more often than it quotes.
   */
  readonly protects_: boolean;
}

/** The pairs, in the order a sentence scanner looks for an open one (straight quotes first). */
export const QUOTE_PAIRS: readonly QuotePair[] = [
  { open_: Char.QUOTATION_MARK, close_: Char.QUOTATION_MARK, protects_: true },
  { open_: Char.LEFT_GUILLEMET, close_: Char.RIGHT_GUILLEMET, protects_: true },
  { open_: Char.LEFT_DOUBLE_QUOTATION_MARK, close_: Char.RIGHT_DOUBLE_QUOTATION_MARK, protects_: true },
  { open_: Char.LEFT_SINGLE_QUOTATION_MARK, close_: Char.RIGHT_SINGLE_QUOTATION_MARK, protects_: true },
  { open_: Char.APOSTROPHE, close_: Char.APOSTROPHE, protects_: false },
];

/** The index in QUOTE_PAIRS of the pair `c` opens or closes, or -1. */
export function quotePairOf(c: number): number {
  // One role lookup first: the sentence scanner asks this of the character after every
  // terminator, which is seldom a quote.
  if (!hasRole(c, Role.OPENING_QUOTE | Role.CLOSING_QUOTE)) return -1;
  for (let k = 0; k < QUOTE_PAIRS.length; k++)
    if (QUOTE_PAIRS[k]!.open_ === c || QUOTE_PAIRS[k]!.close_ === c) return k;
  return -1;
}
