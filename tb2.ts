import { input } from './bench/inputs.ts';
import { charCodeAtLoop } from './bench/baselines.ts';
import { BMP_CLASS } from './src/chars/lookup.ts';
const text = input('news', 4 << 20);
const IN = new Uint8Array(32); IN[1] = IN[2] = IN[3] = IN[10] = 1;
const cls = BMP_CLASS;
function ceiling(text: string): Int32Array {
  const n = text.length; const out = new Int32Array(n); let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cl = cls[c]!;
    if (cl === 11) { i++; continue; }
    let j = i + 1;
    if (cl === 1) { while (j < n && IN[cls[text.charCodeAt(j)]!]) j++; }
    out[k] = i; out[k + 1] = j; out[k + 2] = cl; k += 3; i = j;
  }
  return out.subarray(0, k);
}
const t1: number[] = [], t2: number[] = [];
for (let k = 0; k < 5; k++) { ceiling(text); charCodeAtLoop(text); }
for (let k = 0; k < 15; k++) {
  let s = performance.now(); ceiling(text); t1.push(performance.now() - s);
  s = performance.now(); charCodeAtLoop(text); t2.push(performance.now() - s);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
console.log('ceiling', (text.length / med(t1) / 1e3).toFixed(0), 'loop', (text.length / med(t2) / 1e3).toFixed(0), 'ratio', (med(t2) / med(t1)).toFixed(3));
