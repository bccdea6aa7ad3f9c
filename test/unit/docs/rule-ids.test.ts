/**
 * Rules have IDs (T… tokenization, S… sentences, N… normalization, C… clitics, X…
 * transliteration, M… masking, L… stemming, W… stop words, A… analysis), defined in docs
 * as **T1** and cited by the code branch that implements each and by its test row. This test
 * fails when a documented ID is cited by no code or no test, or when code or tests cite an ID the
 * docs do not define.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = [
  'docs/tokenization.md',
  'docs/sentences.md',
  'docs/normalization.md',
  'docs/clitics.md',
  'docs/transliteration.md',
  'docs/search.md',
];
const DEFINITION = /\*\*([TSNCXMLWAH]\d{1,2})\*\*/g;
const CITATION = /\b([TSNCXMLWAH]\d{1,2})\b/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.generated.ts') ? [path] : [];
  });
}
const ids = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));

/** The problems with a set of definitions and citations (empty when everything agrees). */
function ruleIdProblems(defined: Set<string>, code: Set<string>, tests: Set<string>): string[] {
  const problems: string[] = [];
  for (const id of defined) {
    if (!code.has(id)) problems.push(`${id} is documented but no code cites it`);
    if (!tests.has(id)) problems.push(`${id} is documented but no test cites it`);
  }
  for (const id of code) if (!defined.has(id)) problems.push(`code cites ${id}, which the docs do not define`);
  for (const id of tests) if (!defined.has(id)) problems.push(`a test cites ${id}, which the docs do not define`);
  return problems;
}

describe('rule IDs', () => {
  const defined = ids(DOCS.map((d) => readFileSync(join(root, d), 'utf8')).join('\n'), DEFINITION);
  const cited = (dir: string) =>
    ids(
      files(join(root, dir))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n'),
      CITATION,
    );
  const code = new Set([...cited('src'), ...cited('scripts')]);
  // This file names IDs only in its own fixtures below; it does not count as a citation.
  const tests = ids(
    files(join(root, 'test'))
      .filter((f) => !f.endsWith('rule-ids.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n'),
    CITATION,
  );

  it('every family is defined in the docs', () => {
    for (const family of ['T', 'S', 'N', 'C', 'X', 'M'])
      expect(
        [...defined].some((id) => id.startsWith(family)),
        family,
      ).toBe(true);
    expect(defined.size).toBeGreaterThanOrEqual(50);
  });

  it('every documented ID is cited by code and by a test, and nothing else is cited', () => {
    expect(ruleIdProblems(defined, code, tests)).toEqual([]);
  });

  it('the check fires on a missing or undefined ID', () => {
    const problems = ruleIdProblems(new Set(['T1', 'T2']), new Set(['T1', 'T9']), new Set(['T1']));
    expect(problems).toEqual([
      'T2 is documented but no code cites it',
      'T2 is documented but no test cites it',
      'code cites T9, which the docs do not define',
    ]);
  });
});
