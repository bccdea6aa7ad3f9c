/**
 * The built package, loaded the way users load it: ESM `import` and CJS `require` through the
 * package's own `exports` map (by name, via a self-reference), never from `src`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('the built package', () => {
  it('has the files its exports map names', () => {
    for (const cond of ['import', 'require']) {
      for (const file of Object.values(pkg.exports['.'][cond]) as string[]) {
        expect(existsSync(new URL(file, root)), `${file} (run npm run build)`).toBe(true);
      }
    }
  });

  it('loads as ESM with import', async () => {
    const esm = await import(new URL(pkg.exports['.'].import.default, root).href);
    expect(esm.normalize('العـــربية', 'search')).toBe('العربيه');
    expect(esm.UNICODE_VERSION).toBe('17.0.0');
  });

  it('loads as CJS with require', () => {
    const cjs = createRequire(import.meta.url)(new URL(pkg.exports['.'].require.default, root).pathname);
    expect(cjs.normalize('ﻷ', 'clean')).toBe('لأ');
    expect(typeof cjs.normalizeWithOffsets).toBe('function');
  });

  it('resolves by package name from a separate Node process, both ways', () => {
    const script = `
      import { normalize } from 'arabic-text';
      import { createRequire } from 'node:module';
      const cjs = createRequire(import.meta.url)('arabic-text');
      console.log(JSON.stringify([normalize('أحمد', 'search'), cjs.normalize('أحمد', 'search'), typeof cjs.latinRuns]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['احمد', 'احمد', 'function']);
  });

  it('ESM and CJS export the same names', async () => {
    const esm = await import(new URL(pkg.exports['.'].import.default, root).href);
    const cjs = createRequire(import.meta.url)(new URL(pkg.exports['.'].require.default, root).pathname);
    expect(
      Object.keys(cjs)
        .filter((k) => k !== '__esModule')
        .sort(),
    ).toEqual(
      Object.keys(esm)
        .filter((k) => k !== 'default')
        .sort(),
    );
  });
});
