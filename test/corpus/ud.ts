/**
 * The UD Arabic-PUD development set, read from ../shared/data/ud when it is there. Tests that
 * need it are skipped with a visible notice when it is absent; they never fetch anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type { GoldDoc } from '../../src/eval/conllu.ts';
import type { GoldDoc } from '../../src/eval/conllu.ts';

export const GOLD_PATH = fileURLToPath(new URL('../../../shared/data/ud/ar_pud-test.gold.json', import.meta.url));
export const CONLLU_PATH = fileURLToPath(new URL('../../../shared/data/ud/ar_pud-ud-test.conllu', import.meta.url));
export const hasGold = existsSync(GOLD_PATH);

if (!hasGold) {
  console.warn(`\n[corpus] NOTICE: ${GOLD_PATH} is absent; the UD Arabic-PUD corpus tests are SKIPPED.\n`);
}

/** The gold documents, with a guard against a truncated or different file. */
export function loadGold(): GoldDoc[] {
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8'));
  if (
    gold.format !== 'ud-ar-seg-gold/1' ||
    gold.docs.length !== 397 ||
    gold.stats.sentences !== 1000 ||
    gold.stats.tokens !== 18187
  ) {
    throw new Error(`unexpected gold file ${GOLD_PATH}: format ${gold.format}, ${gold.docs.length} docs`);
  }
  return gold.docs;
}
