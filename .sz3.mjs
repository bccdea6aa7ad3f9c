import { build } from 'esbuild';
const name = process.argv[2];
const r = await build({
  stdin: {
    contents: `import { ${name} } from ${JSON.stringify(process.cwd() + '/dist/index.js')}; globalThis.u=${name};`,
    loader: 'js',
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  write: false,
});
console.log(new TextDecoder().decode(r.outputFiles[0].contents));
