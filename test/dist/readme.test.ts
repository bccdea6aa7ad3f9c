/**
 * The TypeScript examples of the README and of the rule documents in docs/, run against the built
 * package, so that the docs cannot drift. In each ```ts block, a statement followed by a comment shows its result:
 *
 *   expression;          // expected value (a JS literal; `Int32Array [1, 2]` is allowed)
 *   expression;          (newline) // expected value, over one or more comment lines
 *   const { a } = f();   // a: expected value
 *   call();              (newline) // TypeError: the exact message
 *
 * Text after the value in the comment (an explanation) is ignored: the longest prefix that
 * parses as an expression is the value. A statement's comment must show a value, and every
 * block must show at least one result.
 */
import { execFileSync } from 'node:child_process';
import { transform } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const dist = new URL('dist/index.js', root).href;
// Inside the project, so that an example's imports of other packages (the engine recipes of
// docs/search.md import minisearch, lunr…) resolve from its node_modules.
const cache = new URL('node_modules/.cache/', root).pathname;
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'arabic-text-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parses = (src: string) => {
  try {
    new Function(`return (${src}\n);`);
    return true;
  } catch {
    return false;
  }
};

/** The value shown in a comment: its longest prefix that parses as an expression. */
function shownValue(comment: string): string | null {
  const text = comment.trim().replace(/^Int32Array \[(.*)\]/s, 'Int32Array.from([$1])');
  for (let end = text.length; end > 0; end--) {
    const candidate = text.slice(0, end).trim();
    if (candidate !== '' && parses(candidate)) return candidate;
  }
  return null;
}

const isDeclaration = (code: string) =>
  /^\s*(const|let|var|import|export|for|if|while|function|class|type|interface)\b/.test(code);

/** Rewrites one block: imports point at dist/, and shown results become checks. */
function instrument(block: string, file: string, firstLine: number): { source: string; checks: number } {
  const lines = block.split('\n');
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/from 'arabic-text'/, `from ${JSON.stringify(dist)}`);
    const at = `${file} line ${firstLine + i}`;
    let code = line;
    let comment: string | null = null;
    const inline = /^(.*?;)[ \t]*\/\/[ \t]?(.*)$/.exec(line);
    if (inline && inline[1]!.trim() !== '') {
      code = inline[1]!;
      comment = inline[2]!;
    } else if (/;\s*$/.test(line) && /^\s*\/\/ /.test(lines[i + 1] ?? '')) {
      const shown: string[] = [];
      while (/^\s*\/\/ /.test(lines[i + 1] ?? '')) shown.push(lines[++i]!.replace(/^\s*\/\/ /, ''));
      comment = shown.join('\n');
    }
    out.push(code);
    if (comment === null) continue;
    const expression = code.trim().replace(/;$/, '');
    if (comment.startsWith('TypeError: ')) {
      out.pop();
      out.push(
        `__throws(${JSON.stringify(at)}, () => { ${expression}; }, ${JSON.stringify(comment.slice('TypeError: '.length))});`,
      );
      checks++;
      continue;
    }
    const named = /^(\w+): (.*)$/s.exec(comment);
    if (isDeclaration(code)) {
      const value = named ? shownValue(named[2]!) : null;
      if (named && value !== null) {
        out.push(`__check(${JSON.stringify(at)}, () => ${named[1]}, () => (${value}));`);
        checks++;
      }
      continue;
    }
    const value = shownValue(comment);
    if (value === null) throw new Error(`${at}: the comment after this statement shows no value: ${comment}`);
    out.pop();
    out.push(`__check(${JSON.stringify(at)}, () => (${expression}), () => (${value}));`);
    checks++;
  }
  return { source: out.join('\n'), checks };
}

/** The documents whose examples run: the README and the rule documents. */
const DOCUMENTS = [
  'README.md',
  'docs/tokenization.md',
  'docs/normalization.md',
  'docs/sentences.md',
  'docs/clitics.md',
  'docs/transliteration.md',
  'docs/search.md',
];
const blocks = DOCUMENTS.flatMap((file) => {
  const text = readFileSync(new URL(file, root), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    file,
    code: m[1]!,
    line: text.slice(0, m.index).split('\n').length + 1,
  }));
});

describe('README size table', () => {
  it('is what npm run size measures now', () => {
    const tsx = new URL('node_modules/.bin/tsx', root).pathname;
    const table = execFileSync(tsx, [new URL('scripts/size.ts', root).pathname, '--markdown'], {
      encoding: 'utf8',
    }).trim();
    expect(readme).toContain(table);
  }, 60_000);
});

describe('README Performance section', () => {
  it('is what bench/readme-section.ts makes of the recorded run (bench/last-run.json)', () => {
    const tsx = new URL('node_modules/.bin/tsx', root).pathname;
    const section = execFileSync(
      tsx,
      [new URL('bench/readme-section.ts', root).pathname, new URL('bench/last-run.json', root).pathname],
      { encoding: 'utf8' },
    ).trim();
    expect(readme).toContain(`<!-- bench:start -->\n${section}\n<!-- bench:end -->`);
  }, 60_000);
});

describe('examples of the README and docs/', () => {
  it('every document has TypeScript examples', () => {
    for (const file of DOCUMENTS)
      expect(
        blocks.some((b) => b.file === file),
        file,
      ).toBe(true);
  });

  it.each(blocks.map((b, k) => [k + 1, `${b.file} line ${b.line}`, b]))(
    'example %i (%s) shows what it does',
    async (k, _line, block) => {
      const g = globalThis as Record<string, unknown>;
      const failures: string[] = [];
      g.__check = (at: string, actual: () => unknown, expected: () => unknown) => {
        try {
          expect(actual()).toEqual(expected());
        } catch (e) {
          failures.push(`${at}: ${(e as Error).message}`);
        }
      };
      g.__throws = (at: string, run: () => void, message: string) => {
        try {
          expect(run).toThrow(new TypeError(message));
        } catch (e) {
          failures.push(`${at}: ${(e as Error).message}`);
        }
      };
      const { source, checks } = instrument(block.code, block.file, block.line);
      expect(checks, 'an example with no shown result').toBeGreaterThan(0);
      console.log(`example ${k} (${block.file}): ${checks} results checked`);
      const js = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
      const file = join(dir, `example-${k}.mjs`);
      writeFileSync(file, js.code);
      await import(pathToFileURL(file).href);
      expect(failures).toEqual([]);
    },
  );
});
