import { tokenSpans } from './dist/index.js';
import { input } from './bench/inputs.ts';
import { charCodeAtLoop } from './bench/baselines.ts';
const text = input('news', 4 << 20);
const t1: number[] = [], t2: number[] = [];
for (let k = 0; k < 5; k++) { tokenSpans(text); charCodeAtLoop(text); }
for (let k = 0; k < 15; k++) {
  let s = performance.now(); tokenSpans(text); t1.push(performance.now() - s);
  s = performance.now(); charCodeAtLoop(text); t2.push(performance.now() - s);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
console.log('tokenSpans', (text.length / med(t1) / 1e3).toFixed(0), 'loop', (text.length / med(t2) / 1e3).toFixed(0), 'ratio', (med(t2) / med(t1)).toFixed(3));
