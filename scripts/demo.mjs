// `npm start`: the built package (dist/, through its own exports map) on the project's sample
// news text. It prints the input, its `clean` and `search` normalizations with the Latin runs
// marked, its tokens and its sentences, numbered.
import { readFileSync } from 'node:fs';
import { latinRunSpans, normalize, sentences, tokenize } from 'arabic-text';

const text = readFileSync(new URL('../docs/sample-news.txt', import.meta.url), 'utf8').trimEnd();
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

/** Marks every Latin run with ⟪ ⟫. */
function markLatin(t) {
  const spans = latinRunSpans(t);
  let out = '';
  let last = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += `${t.slice(last, spans[k])}⟪${t.slice(spans[k], spans[k + 1])}⟫`;
    last = spans[k + 1];
  }
  return out + t.slice(last);
}

console.log(bold('Input (Latin runs marked ⟪ ⟫):'));
console.log(markLatin(text));
console.log(bold("\nnormalize(text, 'clean'): encoding only (tatweel, presentation forms, invisibles, spaces)"));
console.log(markLatin(normalize(text, 'clean')));
console.log(bold("\nnormalize(text, 'search'): folded for indexing and matching"));
console.log(markLatin(normalize(text, 'search')));

console.log(bold('\ntokenize(text): every token with its kind (and script, for words)'));
const line = (t) => `${t.text}/${t.kind}${t.script ? `:${t.script}` : ''}`;
for (const row of text.split('\n')) console.log(tokenize(row).map(line).join('  '));

console.log(bold('\nsentences(text): numbered'));
sentences(text).forEach((s, k) => {
  console.log(`${String(k + 1).padStart(2)}. [${s.start}, ${s.end}) ${s.text}`);
});
