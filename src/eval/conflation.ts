/**
 * Lemma conflation, the measure of a stemmer for search (docs/search.md): over the distinct
 * surface tokens of a treebank, the pairs that share a lemma are the gold, the pairs that share
 * a stem the system's; precision, recall and F1 are over pairs.
 *
 * A surface token is what a search engine sees between spaces: the treebank's words joined back
 * where they were written together (و + ب + الحكومة → وبالحكومة), punctuation and symbols
 * apart. A surface counts when exactly one of its words is a content word (NOUN, PROPN, VERB,
 * ADJ, ADV): that word's lemma is the surface's. A surface seen with several lemmas keeps the
 * first.
 */
import { score, type Score } from './score.ts';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
const APART = new Set(['PUNCT', 'SYM']);

interface Word {
  form: string;
  lemma: string;
  upos: string;
}

/** Each distinct surface token of a CoNLL-U treebank with one content word, and that word's lemma. */
export function surfaceLemmas(conllu: string): Map<string, string> {
  const lemmas = new Map<string, string>();
  let group: Word[] = [];
  const close = () => {
    const content = group.filter((w) => CONTENT.has(w.upos));
    const surface = group.map((w) => w.form).join('');
    if (content.length === 1 && !lemmas.has(surface)) lemmas.set(surface, content[0]!.lemma);
    group = [];
  };
  for (const line of conllu.split('\n')) {
    if (line === '' || line.startsWith('#')) {
      close();
      continue;
    }
    const [id, form, lemma, upos, , , , , , misc] = line.split('\t');
    if (id!.includes('-') || id!.includes('.')) continue; // multiword tokens and empty nodes
    if (APART.has(upos!)) {
      close();
      continue;
    }
    group.push({ form: form!, lemma: lemma!, upos: upos! });
    if (!misc!.split('|').includes('SpaceAfter=No')) close();
  }
  close();
  return lemmas;
}

/** Pair-counting conflation of `stem` against the lemmas (see the module comment). */
export function conflationScore(lemmas: ReadonlyMap<string, string>, stem: (surface: string) => string): Score {
  const byLemma = new Map<string, number>();
  const byStem = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const [surface, lemma] of lemmas) {
    const s = stem(surface);
    count(byLemma, lemma);
    count(byStem, s);
    count(byBoth, `${lemma}\u0000${s}`);
  }
  const pairs = (m: Map<string, number>) => {
    let n = 0;
    for (const k of m.values()) n += (k * (k - 1)) / 2;
    return n;
  };
  return score(pairs(byBoth), pairs(byStem), pairs(byLemma));
}
