import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenKind, tokenSpans, tokenize, tokens } from '../../src/index.ts';
import { anyString, arabicText, isGapChar, runs } from './arbitraries.ts';

const text = fc.oneof(arabicText, anyString);
const isGap = isGapChar;
const isMark = (cp: number) => /\p{M}/u.test(String.fromCodePoint(cp)) || cp === 0xfe0f || cp === 0x20e3;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

describe('tokenization laws', () => {
  it('tokens are ordered, non-overlapping and in range', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const tok of tokenize(t)) {
          expect(tok.start).toBeGreaterThanOrEqual(last);
          expect(tok.end).toBeGreaterThan(tok.start);
          expect(tok.end).toBeLessThanOrEqual(t.length);
          last = tok.end;
        }
      }),
      runs(),
    );
  });

  it('text.slice(start, end) === token.text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
      }),
      runs(),
    );
  });

  it('tokens plus the white-space gaps between them rebuild the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        let rebuilt = '';
        let last = 0;
        for (const tok of tokenize(t)) {
          const gap = t.slice(last, tok.start);
          for (const ch of gap) expect(isGap(ch), `gap char U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
          rebuilt += gap + tok.text;
          last = tok.end;
        }
        for (const ch of t.slice(last)) expect(isGap(ch)).toBe(true);
        expect(rebuilt + t.slice(last)).toBe(t);
      }),
      runs(),
    );
  });

  it('with { whitespace: true } the tokens tile the input exactly', () => {
    fc.assert(
      fc.property(text, (t) => {
        let at = 0;
        for (const tok of tokenize(t, { whitespace: true })) {
          expect(tok.start).toBe(at);
          at = tok.end;
        }
        expect(at).toBe(t.length);
        const nonSpace = tokenize(t, { whitespace: true }).filter((x) => x.kind !== 'space');
        expect(nonSpace).toEqual(tokenize(t));
      }),
      runs(),
    );
  });

  it('tokenize, tokens and tokenSpans agree', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, whitespace) => {
        const objects = tokenize(t, { whitespace });
        expect([...tokens(t, { whitespace })]).toEqual(objects);
        const spans = tokenSpans(t, { whitespace });
        expect(spans.length).toBe(objects.length * 3);
        objects.forEach((o, k) => {
          expect([spans[3 * k], spans[3 * k + 1], TokenKind.names[spans[3 * k + 2]!]]).toEqual([
            o.start,
            o.end,
            o.kind,
          ]);
        });
      }),
      runs(),
    );
  });

  it('a token never starts or ends inside a surrogate pair or between a base and its combining mark', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const tok of tokenize(t)) {
          for (const edge of [tok.start, tok.end]) {
            if (edge <= 0 || edge >= t.length) continue;
            expect(isHigh(t.charCodeAt(edge - 1)) && isLow(t.charCodeAt(edge)), `pair split at ${edge}`).toBe(false);
          }
          // A mark right after a token belongs to it, unless white space stands before it.
          if (tok.end < t.length)
            expect(isMark(t.codePointAt(tok.end)!), `mark after ${JSON.stringify(tok.text)}`).toBe(false);
          if (tok.start > 0 && isMark(t.codePointAt(tok.start)!)) expect(isGap(t[tok.start - 1]!)).toBe(true);
        }
      }),
      runs(),
    );
  });

  it('tokenizing never throws on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), (t, whitespace) => {
        tokenSpans(t, { whitespace });
        tokenize(t);
      }),
      runs(),
    );
  });

  it("on text without Arabic script, word boundaries agree with Intl.Segmenter's where UAX #29 and our rules coincide (letters and digits)", () => {
    const seg = new Intl.Segmenter('en', { granularity: 'word' });
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ0-9]{1,8}$/);
    const sep = fc.constantFrom(' ', '  ', '\n', '\t');
    const latin = fc
      .array(fc.tuple(word, sep), { minLength: 1, maxLength: 12 })
      .map((a) => a.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(latin, (t) => {
        const ours = tokenize(t).map((x) => [x.start, x.end]);
        const theirs = [...seg.segment(t)]
          .filter((s) => s.isWordLike)
          .map((s) => [s.index, s.index + s.segment.length]);
        expect(ours).toEqual(theirs);
      }),
      runs(),
    );
  });
});

describe('tokenization on large and hostile input', () => {
  it('handles a 10M-character word, 1M harakat, 100K dots and a 1 MB URL-like string', () => {
    expect(tokenSpans('ك'.repeat(10_000_000))).toEqual(Int32Array.from([0, 10_000_000, TokenKind.word]));
    expect(tokenSpans(`ب${'\u064e'.repeat(1_000_000)}`).length).toBe(3);
    expect(tokenSpans('.'.repeat(100_000)).length).toBe(3);
    const url = `https://a.org/${'x/'.repeat(500_000)}${')'.repeat(1000)}`;
    expect(Array.from(tokenSpans(url).subarray(0, 3))).toEqual([0, 1_000_014, TokenKind.url]);
    expect(tokenSpans(`${'a.'.repeat(500_000)}@`).length).toBeGreaterThan(0);
    // Skin-tone modifiers extend the cluster before them (UAX #29 GB9), so a run is one token.
    expect(Array.from(tokenSpans('\u{1F3FD}'.repeat(100_000)))).toEqual([0, 200_000, TokenKind.emoji]);
  });
});
