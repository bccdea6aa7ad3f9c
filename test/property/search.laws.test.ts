import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, findMatches, isStopword, normalize, stem } from '../../src/index.ts';
import { lightStem } from '../../src/search/light-stem.ts';
import { anyString, arabicText, runs } from './arbitraries.ts';

const text = fc.oneof(arabicText, anyString);
const preset = fc.constantFrom('light' as const, 'lucene' as const);

describe('search laws', () => {
  it('a remembered word gives what computing it gives: normalize by name and by options, analyze and its parts', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('clean' as const, 'search' as const, 'lucene' as const, 'none' as const),
        (t, preset) => {
          for (const { term, start, end } of analyze(t, { stopwords: false })) {
            const word = t.slice(start, end);
            expect(normalize(word, preset)).toBe(normalize(word, { preset }));
            expect(stem(word)).toBe(term);
            expect(term).toBe(lightStem(word)); // the stemmer itself, not remembered
          }
          const kept = analyze(t).map((x) => x.start);
          const notStop = analyze(t, { stopwords: false }).filter((x) => !isStopword(t.slice(x.start, x.end)));
          expect(notStop.map((x) => x.start)).toEqual(kept);
        },
      ),
      runs(),
    );
  });

  it('analyze: terms are non-empty, in text order, each inside the text', () => {
    fc.assert(
      fc.property(text, preset, (t, p) => {
        let last = 0;
        for (const term of analyze(t, { preset: p })) {
          expect(term.term).not.toBe('');
          expect(term.start).toBeGreaterThanOrEqual(last);
          expect(term.end).toBeGreaterThan(term.start);
          expect(term.end).toBeLessThanOrEqual(t.length);
          last = term.start;
        }
      }),
      runs(),
    );
  });

  it('findMatches: hits are in order, do not overlap, and each is a word of the text that gives a query term', () => {
    fc.assert(
      fc.property(text, text, preset, (t, q, p) => {
        const queryTerms = new Set(
          [analyze(q, { preset: p }), analyze(q, { preset: p, stopwords: false })].flat().map((x) => x.term),
        );
        let last = 0;
        for (const hit of findMatches(t, q, { preset: p })) {
          expect(hit.start).toBeGreaterThanOrEqual(last);
          expect(hit.end).toBeGreaterThan(hit.start);
          last = hit.end;
          const inText = analyze(t, { preset: p, stopwords: false }).find(
            (x) => x.start === hit.start && x.end === hit.end,
          );
          expect(inText && queryTerms.has(inText.term)).toBe(true);
        }
      }),
      runs(),
    );
  });

  it('findMatches: a run of the text’s terms, as a phrase query, is found where it was cut from or earlier', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (t, a, b) => {
        const terms = analyze(t);
        if (terms.length === 0) return;
        const i = a % terms.length;
        const j = i + (b % Math.min(4, terms.length - i));
        const phrase = t.slice(terms[i]!.start, terms[j]!.end);
        const wanted = terms.slice(i, j + 1).map((x) => x.term);
        // Cut out of its context a piece may analyze otherwise (a hashtag's word without its #).
        if (
          analyze(phrase)
            .map((x) => x.term)
            .join(' ') !== wanted.join(' ')
        )
          return;
        const hits = findMatches(t, phrase, { phrase: true });
        expect(hits.length).toBeGreaterThan(0);
        expect(hits[0]!.start).toBeLessThanOrEqual(terms[i]!.start);
        for (const hit of hits) expect(hit.end).toBeGreaterThan(hit.start);
      }),
      runs(),
    );
  });
});
