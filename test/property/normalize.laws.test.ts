import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  isolateLatinRuns,
  latinRunSpans,
  normalize,
  normalizeWithOffsets,
  type NormalizeOptions,
  type ResolvedOptions,
} from '../../src/index.ts';
import { anyString, arabicText, latinText, normalizeOptions, presetOrOptions, runs } from './arbitraries.ts';

const resolve = (o: NormalizeOptions | string): ResolvedOptions =>
  typeof o === 'string'
    ? PRESETS[o as keyof typeof PRESETS]
    : ({ ...PRESETS[o.preset ?? 'clean'], ...o } as ResolvedOptions);

/** The line of `text` around index `at`. */
const lineAround = (text: string, at: number) => {
  const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
  const ends = [text.indexOf('\n', at), text.indexOf('\r', at)].filter((k) => k >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
};

/**
 * What each switch removes, written from the documentation, independently of the plan
 * compiler: the output may contain none of these code points.
 */
function forbidden(o: ResolvedOptions): (cp: number, at: number, out: string) => boolean {
  const rules: Array<(cp: number, at: number, out: string) => boolean> = [];
  if (o.alef)
    rules.push(
      (cp) => [0x622, 0x623, 0x625].includes(cp) || (o.alef === true && [0x671, 0x672, 0x673, 0x675].includes(cp)),
    );
  if (o.alefMaksura) rules.push((cp) => cp === 0x649);
  if (o.tehMarbuta) rules.push((cp) => cp === 0x629);
  if (o.hamza) rules.push((cp) => cp === 0x624 || cp === 0x626 || (cp >= 0x653 && cp <= 0x655));
  if (o.diacritics === 'harakat') rules.push((cp) => cp >= 0x64b && cp <= 0x652);
  if (o.diacritics === 'all')
    rules.push((cp) => /\p{M}/u.test(String.fromCodePoint(cp)) && /\p{scx=Arabic}/u.test(String.fromCodePoint(cp)));
  if (o.tatweel === true) rules.push((cp) => cp === 0x640);
  // N7 'decorative': a kept tatweel seats a mark or ends its word (a prefix, هـ, a dash), never stretches one.
  if (o.tatweel === 'decorative')
    rules.push((cp, at, out) => cp === 0x640 && /^[^\P{L}\u0640]/u.test(out.slice(at + 1)));
  // N22: the annotation marks, small letters, open tanwin, dotless head, alef wasla and madda go.
  if (o.uthmani)
    rules.push(
      (cp) =>
        (cp >= 0x6d6 && cp <= 0x6ed && ![0x6dd, 0x6de, 0x6e9].includes(cp)) ||
        (cp >= 0x8f0 && cp <= 0x8f2) ||
        cp === 0x671 ||
        cp === 0x653,
    );
  if (o.presentationForms)
    rules.push(
      (cp) =>
        (cp >= 0xfe80 && cp <= 0xfefc) ||
        (cp >= 0xfb50 && cp <= 0xfbb1) ||
        (cp >= 0x1ee00 && cp <= 0x1eebb && /\p{L}/u.test(String.fromCodePoint(cp))),
    );
  if (o.ligatures) rules.push((cp) => cp >= 0xfdf0 && cp <= 0xfdfb);
  // N11: ہ and ھ stay in a line with an Urdu letter.
  const urduLine = (at: number, out: string) =>
    /[\u06d2\u06ba\u0679\u0688\u0691\u06c1\u06d3\u06c2]/u.test(lineAround(out, at));
  if (o.persianLetters)
    rules.push(
      (cp, at, out) =>
        [0x6a9, 0x6d5, 0x6c3, 0x6cc].includes(cp) || ((cp === 0x6c1 || cp === 0x6be) && !urduLine(at, out)),
    );
  if (o.invisibles)
    rules.push(
      (cp) =>
        [0x61c, 0x200e, 0x200f, 0x200b, 0xfeff, 0xad, 0x2060].includes(cp) ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2066 && cp <= 0x2069),
    );
  if (o.digits !== 'keep') {
    const keep = { ascii: /[0-9]/u, arabic: /[\u0660-\u0669]/u, persian: /[\u06f0-\u06f9]/u }[o.digits];
    rules.push(
      (cp) => /\p{Nd}/u.test(String.fromCodePoint(cp)) && !keep.test(String.fromCodePoint(cp)) && !(cp <= 0x39),
    );
  }
  if (o.punctuation === 'ascii') rules.push((cp) => [0x60c, 0x61b, 0x61f, 0x66a].includes(cp));
  if (o.whitespace === 'collapse')
    rules.push(
      (cp, at, out) =>
        (/\p{White_Space}/u.test(String.fromCodePoint(cp)) &&
          !/[\n\v\f\r\u0085\u2028\u2029 ]/u.test(String.fromCodePoint(cp))) ||
        (cp === 0x20 && out.charCodeAt(at + 1) === 0x20),
    );
  if (o.latin === 'lowercase')
    rules.push(
      (cp) =>
        /\p{Lu}/u.test(String.fromCodePoint(cp)) &&
        /\p{sc=Latin}/u.test(String.fromCodePoint(cp)) &&
        String.fromCodePoint(cp).toLowerCase() !== String.fromCodePoint(cp),
    );
  return (cp, at, out) => rules.some((r) => r(cp, at, out));
}

describe('normalization laws', () => {
  it('normalize is idempotent for every preset and for random option sets', () => {
    fc.assert(
      fc.property(arabicText, presetOrOptions, (t, o) => {
        const once = normalize(t, o);
        expect(normalize(once, o)).toBe(once);
      }),
      runs(1000),
    );
  });

  it('normalizeWithOffsets(t).text === normalize(t)', () => {
    fc.assert(
      fc.property(anyString, presetOrOptions, (t, o) => {
        expect(normalizeWithOffsets(t, o).text).toBe(normalize(t, o));
      }),
      runs(),
    );
  });

  it('the offsets are non-decreasing, in range, and end with the input length', () => {
    fc.assert(
      fc.property(arabicText, presetOrOptions, (t, o) => {
        const { text, offsets } = normalizeWithOffsets(t, o);
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(t.length);
        for (let i = 0; i < text.length; i++) {
          expect(offsets[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : offsets[i - 1]!);
          expect(offsets[i]).toBeLessThan(t.length);
        }
      }),
      runs(),
    );
  });

  it('an output code unit that is kept as it is maps back to the same code unit', () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const { text, offsets } = normalizeWithOffsets(t, 'none');
        expect(text).toBe(t);
        expect(Array.from(offsets)).toEqual(Array.from({ length: t.length + 1 }, (_, i) => i));
      }),
      runs(100),
    );
  });

  it('the output never contains a code point that the chosen options remove', () => {
    fc.assert(
      fc.property(arabicText, presetOrOptions, (t, o) => {
        const bad = forbidden(resolve(o));
        const out = normalize(t, o);
        const spans = latinRunSpans(out);
        for (let i = 0; i < out.length; i++) {
          const cp = out.codePointAt(i)!;
          const inLatinRun = Array.from({ length: spans.length / 2 }, (_, k) => k).some(
            (k) => spans[2 * k]! <= i && i < spans[2 * k + 1]!,
          );
          if (bad(cp, i, out) && !(cp >= 0x30 && cp <= 0x39 && inLatinRun)) {
            throw new Error(`U+${cp.toString(16)} at ${i} in ${JSON.stringify(out)}`);
          }
          if (cp > 0xffff) i++;
        }
      }),
      runs(1000),
    );
  });

  it('text without Arabic script changes only through digits, invisibles, zwnj, whitespace, spacing and latin', () => {
    fc.assert(
      fc.property(latinText, normalizeOptions, (t, o) => {
        fc.pre(!/\p{scx=Arabic}/u.test(t));
        const r = resolve(o);
        const only: NormalizeOptions = {
          preset: 'none',
          digits: r.digits,
          invisibles: r.invisibles,
          zwnj: r.zwnj,
          spacing: r.spacing,
          whitespace: r.whitespace,
          latin: r.latin,
        };
        expect(normalize(t, o)).toBe(normalize(t, only));
      }),
      runs(),
    );
  });

  it('normalization never throws on any string', () => {
    fc.assert(
      fc.property(anyString, presetOrOptions, (t, o) => {
        normalize(t, o);
        normalizeWithOffsets(t, o);
      }),
      runs(),
    );
  });

  it("normalize(isolateLatinRuns(t), 'clean') === normalize(t, 'clean')", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        expect(normalize(isolateLatinRuns(t), 'clean')).toBe(normalize(t, 'clean'));
      }),
      runs(1000),
    );
  });
});

describe('elongation laws (N19)', () => {
  const elongation = { preset: 'none', elongation: true } as const;
  /** Arabic text with runs of repeated letters mixed in. */
  const elongated = fc
    .array(
      fc.oneof(
        arabicText,
        fc
          .tuple(fc.constantFrom('ا', 'ي', 'و', 'ه', 'م', 'ل'), fc.integer({ min: 1, max: 7 }))
          .map(([c, n]) => c.repeat(n)),
      ),
      {
        maxLength: 12,
      },
    )
    .map((a) => a.join(''));
  const hasRun = (s: string) => /(\p{Script=Arabic})\1\1/u.test(s);

  it('elongation is idempotent, and leaves no run of three but laughter', () => {
    fc.assert(
      fc.property(elongated, (t) => {
        const once = normalize(t, elongation);
        expect(normalize(once, elongation)).toBe(once);
        // Runs left: at most two of one letter, or three of ه (laughter).
        for (const [run] of once.matchAll(/(\p{Script=Arabic})\1*/gu)) {
          if (!/\p{L}/u.test(run[0]!)) continue;
          expect(run.length, run).toBeLessThanOrEqual(run[0] === 'ه' || run[0] === 'ي' || run[0] === 'و' ? 3 : 2);
        }
      }),
      runs(),
    );
  });

  it('a string without a run of 3+ of one Arabic letter is never changed', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, anyString), (t) => {
        if (!hasRun(t)) expect(normalize(t, elongation)).toBe(t);
      }),
      runs(),
    );
  });

  it('offsets map each kept letter to its first occurrence and stay monotone', () => {
    fc.assert(
      fc.property(elongated, (t) => {
        const { text, offsets } = normalizeWithOffsets(t, elongation);
        for (let k = 0; k < text.length; k++) {
          expect(t[offsets[k]!]).toBe(text[k]);
          if (k > 0) expect(offsets[k]!).toBeGreaterThan(offsets[k - 1]!);
        }
      }),
      runs(),
    );
  });
});

describe('normalization on large and hostile input', () => {
  it('handles 5M harakat, a 10M-character word and NUL without throwing', () => {
    expect(normalize(`ب${'\u064e'.repeat(5_000_000)}`, 'search')).toBe('ب');
    const word = 'ك'.repeat(10_000_000);
    // A 10M-letter run is one letter under search (N19, elongation); clean keeps it.
    expect(normalize(word, 'clean')).toBe(word);
    expect(normalize(word, 'search')).toBe('ك');
    expect(normalize('\u0000\u0000ة', 'search')).toBe('\u0000\u0000ه');
    expect(normalize(`${'\u200c'.repeat(100_000)}ب`, 'clean')).toBe('ب');
  });
});
