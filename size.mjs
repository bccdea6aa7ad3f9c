import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r0 = await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', write: false, metafile: true });
const code = new TextDecoder().decode(r0.outputFiles[0].contents);
// property names used
const props = new Map();
for (const m of code.matchAll(/\.([a-zA-Z_$][\w$]{2,})/g)) props.set(m[1], (props.get(m[1]) || 0) + 1);
console.log([...props].sort((a, b) => b[1] * b[0].length - a[1] * a[0].length).slice(0, 60).map(([k, v]) => `${k}:${v}`).join(' '));
