/**
 * The API reference is the TSDoc in the built types: every export of the package must carry a
 * doc comment with an `@example`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dts = readFileSync(new URL('dist/index.d.ts', root), 'utf8');

/** Each declaration's name and the doc comment right before it. */
const docs = new Map<string, string>();
for (const m of dts.matchAll(
  /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:function|const|let|interface|type|class|enum)\s+(\w+)/g,
)) {
  if (!docs.has(m[2]!)) docs.set(m[2]!, m[1]!);
}
const exported = (/export\s*\{([^}]*)\}\s*;?\s*$/.exec(dts)?.[1] ?? '')
  .split(',')
  .map(
    (s) =>
      s
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!,
  )
  .filter(Boolean);

describe('API reference (TSDoc in dist/index.d.ts)', () => {
  it('lists the exports', () => {
    expect(exported).toEqual(
      expect.arrayContaining(['normalize', 'tokenize', 'sentences', 'createTokenStream', 'Token']),
    );
  });

  it.each(exported)('%s has a doc comment with an @example', (name) => {
    const doc = docs.get(name);
    expect(doc, `no doc comment on ${name}`).toBeDefined();
    expect(doc).toMatch(/@example/);
  });
});
