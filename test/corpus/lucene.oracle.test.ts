/**
 * `stem(·, { algorithm: 'lucene' })` against the real Lucene 8.8.1 (Debian's liblucene8-java,
 * installed by .ci/run): every UD Arabic-PUD token, every string of up to three code units over
 * the letters Lucene's affixes are made of, and a seeded random corpus of Arabic-ish strings
 * (prefixes and suffixes Lucene strips, short words, harakat, tatweel, hamza seats, Latin and
 * digits). Zero differences. Skipped with a visible notice where Java or Lucene is absent.
 */
import { describe, expect, it } from 'vitest';
import { analyze, STOPWORDS, stem } from '../../src/index.ts';
import { lucene } from './lucene.ts';
import { hasGold, loadGold } from './ud.ts';

/** A small seeded generator (mulberry32), so that a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The letters of Lucene's prefixes and suffixes (ا ل و ب ك ف ه ن ت ة ي). */
const AFFIX_LETTERS = [...'الوبكفهنتةي'];
/** What else a word may hold: letters Lucene's normalizer folds, harakat, tatweel, other letters, Latin, digits. */
const OTHER = [
  ...'أإآىءئؤمسردعحخجقصضطظشثذزغ',
  ...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670',
  ...'aZ9٣ ',
];
/** Whole affixes, so that the random strings meet them often. */
const AFFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

function corpus(): string[] {
  const out: string[] = [];
  // Every string of one to three affix letters: the length conditions at their edges.
  for (const a of AFFIX_LETTERS) {
    out.push(a);
    for (const b of AFFIX_LETTERS) {
      out.push(a + b);
      for (const c of AFFIX_LETTERS) out.push(a + b + c);
    }
  }
  const next = random(18);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  for (let k = 0; k < 100_000; k++) {
    let s = next() < 0.6 ? pick(AFFIXES) : '';
    const n = 1 + Math.floor(next() * 6);
    for (let i = 0; i < n; i++) s += next() < 0.6 ? pick(AFFIX_LETTERS) : pick(OTHER);
    if (next() < 0.6) s += pick(AFFIXES);
    if (next() < 0.3) s += pick(AFFIXES);
    out.push(s);
  }
  if (hasGold) for (const d of loadGold()) for (const [s, e] of d.tokens) out.push(d.text.slice(s, e));
  return out.filter((s) => s.length > 0 && !/[\r\n]/.test(s));
}

describe.skipIf(lucene === null)("stem(·, { algorithm: 'lucene' }) against Lucene 8.8.1", () => {
  it("gives Lucene's output for every string of the corpus (L1–L3)", () => {
    const words = corpus();
    const expected = lucene!('stem', words);
    expect(expected).toHaveLength(words.length);
    const differences = words
      .map((w, i) => [w, stem(w, { algorithm: 'lucene' }), expected[i]!] as const)
      .filter(([, ours, theirs]) => ours !== theirs);
    console.log(`[oracle] Lucene stemmer: ${words.length} strings, ${differences.length} differences`);
    expect(differences.slice(0, 20)).toEqual([]);
  });
});

describe.skipIf(lucene === null || !hasGold)("analyze(·, { preset: 'lucene' }) against Lucene's ArabicAnalyzer", () => {
  it('gives the same terms on ≥ 99.5% of the UD Arabic-PUD sentences (A4)', () => {
    const lines = loadGold().flatMap((d) => d.sentences.map(([s, e]) => d.text.slice(s, e).replace(/[\r\n]+/g, ' ')));
    const expected = lucene!('analyze', lines, STOPWORDS);
    const ours = lines.map((l) =>
      analyze(l, { preset: 'lucene' })
        .map((t) => t.term)
        .join(' '),
    );
    const differing = lines.map((l, i) => [l, ours[i]!, expected[i]!] as const).filter(([, a, b]) => a !== b);
    const share = 1 - differing.length / lines.length;
    console.log(
      `[oracle] ArabicAnalyzer: ${lines.length - differing.length} of ${lines.length} PUD sentences give the same terms (${(share * 100).toFixed(2)}%)`,
    );
    for (const [line, a, b] of differing.slice(0, 8))
      console.log(`  ${line.slice(0, 80)}\n    ours   ${a.slice(0, 160)}\n    lucene ${b.slice(0, 160)}`);
    expect(share).toBeGreaterThanOrEqual(0.995);
  });
});

describe.skipIf(lucene === null)("analyze(·, { preset: 'lucene' }) on social and mixed text (A5)", () => {
  it("cuts URLs, e-mail addresses, mentions and hashtags as Lucene's StandardTokenizer does", () => {
    const lines = [
      'زوروا https://t.co/abc123 الآن',
      '@user_1 مرحبا #المدرسة_الجديدة',
      'رائع 🙂 جدا ❤️',
      'a:b و:ب ق.م 6:30',
      'كتب 3.5% و٣٫٥ و2006 الـ84 ب15000',
      'info@site.com www.example.org/path?q=1',
      "l'homme ABC-DEF x_y 1_2",
    ];
    const expected = lucene!('analyze', lines, STOPWORDS);
    expect(
      lines.map((l) =>
        analyze(l, { preset: 'lucene' })
          .map((t) => t.term)
          .join(' '),
      ),
    ).toEqual(expected);
  });
});
