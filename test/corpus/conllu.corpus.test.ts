import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../src/eval/conllu.ts';
import { CONLLU_PATH, hasGold, loadGold } from './ud.ts';

describe.skipIf(!hasGold)('the CoNLL-U reader behind `arabic-text eval`', () => {
  it("reproduces ../shared's gold view of UD Arabic-PUD exactly: texts, sentences, tokens, words", () => {
    const treebank = readConllu(readFileSync(CONLLU_PATH, 'utf8'));
    const gold = loadGold();
    expect(treebank.mismatches).toEqual([]);
    expect(treebank.sentenceCount).toBe(1000);
    expect(treebank.docs.length).toBe(gold.length);
    treebank.docs.forEach((d, k) => {
      const { id, text, sentences, tokens, words } = gold[k]!;
      expect(d).toEqual({ id, text, sentences, tokens, words });
    });
  });
});
