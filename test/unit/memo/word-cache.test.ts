/** The word memo of `normalize`, `stem`, `isStopword` and `analyze` (src/memo/word-cache.ts). */
import { describe, expect, it } from 'vitest';
import { Fact, factsOf, SpanCache } from '../../../src/memo/word-cache.ts';

/** A function that counts its calls. */
function counted<T>(f: (w: string) => T) {
  const calls: string[] = [];
  const call = (w: string) => {
    calls.push(w);
    return f(w);
  };
  return { calls, f: call };
}

describe('factsOf', () => {
  it('gives one word the same facts each time, and other words others', () => {
    const facts = factsOf('المدرسة');
    facts[Fact.STEM] = 1;
    expect(factsOf('المدرسة')[Fact.STEM]).toBe(1);
    expect(factsOf('المدرسه')[Fact.STEM]).toBeUndefined();
    expect(factsOf('x'.repeat(12).slice(0, 12))).toBe(factsOf('xxxxxxxxxxxx'));
  });

  it('does not hold long words: a document gets facts that are forgotten at once', () => {
    const long = 'ب'.repeat(13);
    factsOf(long)[Fact.STEM] = 1;
    expect(factsOf(long)[Fact.STEM]).toBeUndefined();
    expect(factsOf('ب'.repeat(12))).toBe(factsOf('ب'.repeat(12)));
  });

  it('starts again empty when full, and stays right', () => {
    factsOf('first')[Fact.STEM] = 1;
    for (let i = 0; i < 40_000; i++) {
      const facts = factsOf(`w${i}`);
      expect(facts[Fact.STEM]).toBeUndefined();
      facts[Fact.STEM] = i;
    }
    expect(factsOf('first')[Fact.STEM]).toBeUndefined();
    expect(factsOf('w39999')[Fact.STEM]).toBe(39_999);
  });
});

describe('SpanCache', () => {
  it('looks a word up where it stands in a text', () => {
    const { calls, f } = counted((w) => `<${w}>`);
    const cache = new SpanCache(f);
    const text = 'في المدرسة والمدرسة المدرسة';
    expect(cache.get(text, 3, 10)).toBe('<المدرسة>');
    expect(cache.get(text, 20, 27)).toBe('<المدرسة>');
    expect(cache.get(text, 11, 19)).toBe('<والمدرسة>');
    expect(cache.get(text, 0, 2)).toBe('<في>');
    expect(calls).toEqual(['المدرسة', 'والمدرسة', 'في']);
  });

  it('tells apart words of one hash class and length, and stays right past its capacity', () => {
    const cache = new SpanCache((w) => w);
    const text = Array.from({ length: 40_000 }, (_, i) => `k${i}`).join(' ');
    let at = 0;
    for (const w of text.split(' ')) {
      expect(cache.get(text, at, at + w.length)).toBe(w);
      at += w.length + 1;
    }
    const long = `${'ت'.repeat(50)} `;
    expect(cache.get(long, 0, 50)).toBe('ت'.repeat(50));
  });
});
