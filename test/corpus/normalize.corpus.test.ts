import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../src/index.ts';
import { hasGold, loadGold } from './ud.ts';

describe.skipIf(!hasGold)('normalization on UD Arabic-PUD', () => {
  const docs = hasGold ? loadGold() : [];
  const text = docs.map((d) => d.text).join('\n');

  it.each(['clean', 'search', 'lucene'] as const)(
    "'%s' is idempotent on all 397 documents, with offsets that map back",
    (preset) => {
      const once = normalize(text, preset);
      expect(normalize(once, preset)).toBe(once);
      const { text: out, offsets } = normalizeWithOffsets(text, preset);
      expect(out).toBe(once);
      // Every output letter that is an Arabic letter maps back to an Arabic letter or form.
      for (let i = 0; i < out.length; i++) {
        if (/\p{sc=Arabic}/u.test(out[i]!)) expect(text[offsets[i]!]).toMatch(/\p{scx=Arabic}/u);
      }
    },
  );

  it("'clean' leaves the treebank's text as it is apart from spaces, invisibles and decorative tatweel", () => {
    const changed = docs.filter((d) => normalize(d.text) !== d.text);
    const explained = changed.filter(
      (d) =>
        normalize(d.text) ===
        normalize(d.text, { preset: 'none', whitespace: 'collapse', invisibles: true, tatweel: 'decorative' }),
    );
    expect(explained.length).toBe(changed.length);
  });

  it("'search' folds every alef with hamza, teh marbuta and alef maksura of the corpus", () => {
    expect(normalize(text, 'search')).not.toMatch(/[أإآةى\u064b-\u0652]/u);
  });
});
