/** Stop words (W1, W2). */
import { describe, expect, it } from 'vitest';
import { isStopword, normalize, STOPWORDS } from '../../../src/index.ts';

describe('isStopword', () => {
  it.each([
    ['W1', 'في', true],
    ['W1', 'إلى', true],
    ['W1', 'الى', true],
    ['W1', 'إلي', true],
    ['W1', 'هَذَا', true],
    ['W1', 'هـذا', true],
    ['W1', 'المدرسة', false],
    ['W1', 'قال', false],
    ['W2', 'وفي', true],
    ['W2', 'ولكن', true],
    ['W2', 'بهذا', true],
    ['W2', 'فإن', true],
    ['W2', 'ولهذا', true],
    ['W2', 'وأ', false],
    ['W2', 'بك', false],
    ['W2', 'وزير', false],
    ['W2', 'والمدرسة', false],
  ])('%s: %s → %s', (_rule, word, expected) => {
    expect(isStopword(word)).toBe(expected);
  });

  it('names its argument', () => {
    expect(() => isStopword(null as unknown as string)).toThrow(/isStopword: argument "word" must be a string/);
  });
});

describe('STOPWORDS', () => {
  it('is frozen, sorted, without repeats, and holds every entry as written and as folded', () => {
    expect(Object.isFrozen(STOPWORDS)).toBe(true);
    expect([...STOPWORDS].sort()).toEqual(STOPWORDS);
    expect(new Set(STOPWORDS).size).toBe(STOPWORDS.length);
    expect(STOPWORDS).toContain('إلى');
    expect(STOPWORDS).toContain('الي');
    for (const w of STOPWORDS) {
      expect(STOPWORDS).toContain(normalize(w, 'search'));
      expect(isStopword(w)).toBe(true);
    }
  });
});
