import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** `x.charCodeAt(` or `x.codePointAt(` on a string, in code (comments skipped). */
const METHOD_CALL = /(?<!String\.prototype)\.(charCodeAt|codePointAt)\(/;

describe('string methods', () => {
  it('are read through String.prototype in every source file, never as methods of a string (src/chars/cursor.ts says why)', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, k) => {
          const code = line.trimStart();
          if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) return;
          if (METHOD_CALL.test(line)) found.push(`${file.slice(SRC.length)}:${k + 1}: ${code}`);
        });
    }
    expect(found).toEqual([]);
    expect(METHOD_CALL.test('text.charCodeAt(i)')).toBe(true);
    expect(METHOD_CALL.test('String.prototype.charCodeAt.call(text, i)')).toBe(false);
  });
});
