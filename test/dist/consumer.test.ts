/**
 * The package as a consumer project gets it: `npm pack`, unpacked into a fresh project's
 * node_modules, type-checked with `moduleResolution` `bundler` and `node16` (ESM and CJS files),
 * and run. The pack must hold only dist/, the README, the licence and package.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'arabic-text-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const USE = `
const clean: string = normalize('العـــربية', { preset: 'search', digits: 'ascii' });
const tokens: Token[] = tokenize(clean, { clitics: splitClitics });
const kind: TokenKindName | undefined = tokens[0]?.kind;
const parts: Part[] | undefined = tokens[0]?.parts;
const spans: Int32Array = tokenSpans(clean);
const found: Sentence[] = sentences('نعم. لا.', { lineBreaks: 'paragraph' });
const runs: LatinRun[] = latinRuns('قال JD Vance');
const stream: TransformStream<string, Token> = createTokenStream();
const options: NormalizeOptions = { alef: 'basic' };
// @ts-expect-error: 'roman' is not a DigitsMode
normalize('x', { digits: 'roman' });
// @ts-expect-error: tokenize's options have no 'preset'
tokenize('x', { preset: 'search' });
export const used = [clean, kind, parts, spans, found, runs, stream, options, TokenKind.names, PRESETS.clean, UNICODE_VERSION];
`;
const IMPORTS =
  'normalize, tokenize, splitClitics, tokenSpans, sentences, latinRuns, createTokenStream, TokenKind, PRESETS, UNICODE_VERSION, type Token, type TokenKindName, type Part, type Sentence, type LatinRun, type NormalizeOptions';

const project = (name: string, files: Record<string, string>) => {
  const at = join(dir, name);
  mkdirSync(at, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(at, file), content);
  return at;
};
const typecheck = (at: string) => execFileSync(process.execPath, [tsc, '-p', at], { encoding: 'utf8' });

let packed: string[] = [];
beforeAll(() => {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  // A consumer's node_modules, as npm would lay it out: the tarball's package/ directory.
  const modules = join(dir, 'node_modules', 'arabic-text');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, info!.filename), '-C', modules, '--strip-components=1']);
}, 60_000);

describe('the packed package, in a consumer project', () => {
  it('holds only dist/, the README, the licence and package.json', () => {
    expect(packed.filter((p) => !p.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(packed).toContain('dist/index.d.ts');
    expect(packed).toContain('dist/cli.js');
  });

  it('type-checks with moduleResolution bundler', () => {
    const at = project('bundler', {
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['use.ts'],
      }),
      'use.ts': `import { ${IMPORTS} } from 'arabic-text';\n${USE}`,
    });
    expect(typecheck(at)).toBe('');
  });

  it('type-checks with moduleResolution node16, from ESM (.mts) and CJS (.cts)', () => {
    const at = project('node16', {
      'package.json': JSON.stringify({ name: 'consumer', private: true }),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['use.mts', 'use.cts'],
      }),
      'use.mts': `import { ${IMPORTS} } from 'arabic-text';\n${USE}`,
      'use.cts': `import { ${IMPORTS} } from 'arabic-text';\n${USE}`,
    });
    expect(typecheck(at)).toBe('');
  });

  it('fails to type-check a wrong call, so the checks above can fail', () => {
    const at = project('wrong', {
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['use.ts'],
      }),
      'use.ts': "import { tokenize } from 'arabic-text';\nconst n: number = tokenize('x');\nexport { n };\n",
    });
    const r = spawnSync(process.execPath, [tsc, '-p', at], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/Type 'Token\[\]' is not assignable to type 'number'/);
  });

  it('runs from the consumer: ESM import, CJS require and the bin', () => {
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { normalize } from 'arabic-text'; console.log(normalize('العـــربية', 'search'))",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      ['-e', "console.log(require('arabic-text').tokenize('قال نعم').length)"],
      { cwd: dir, encoding: 'utf8' },
    );
    const bin = execFileSync(process.execPath, [join(dir, 'node_modules/arabic-text/dist/cli.js'), 'sentences', '-'], {
      input: 'نعم. لا.',
      encoding: 'utf8',
    });
    expect([esm, cjs, bin]).toEqual(['العربيه\n', '2\n', 'نعم.\nلا.\n']);
    expect(readdirSync(join(dir, 'node_modules/arabic-text'))).toEqual(
      expect.arrayContaining(['dist', 'package.json']),
    );
  });
});
