import { build } from 'esbuild';
const name = process.argv[2];
const r = await build({
  stdin: {
    contents: `import { ${name} } from './src/index.ts'; globalThis.u=${name};`,
    loader: 'ts',
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  write: false,
  metafile: true,
});
const out = Object.values(r.metafile.outputs)[0];
console.log(
  Object.entries(out.inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .map(([k, v]) => `${v.bytesInOutput}\t${k}`)
    .join('\n'),
);
