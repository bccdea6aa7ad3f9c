/**
 * `npm run build:playground`: bundles docs/playground/playground.ts with the built library
 * (dist/index.js, the same ESM that apps bundle) into docs/playground/playground.js. The page is
 * then static: open docs/playground/index.html from any web server.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [at('../docs/playground/playground.ts')],
  outfile: at('../docs/playground/playground.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  platform: 'browser',
  alias: { 'arabic-text': at('../dist/index.js') },
  logLevel: 'warning',
});
console.log('docs/playground/playground.js built');
