/**
 * normalize: `clean`, `search` and `lucene` on Arabic news and on ASCII-only text, against two
 * baselines measured in the same run: a chain of six `String.replace` calls doing the `search`
 * folds (what hand-written normalizers usually are), and `String.prototype.normalize('NFKC')`.
 */
import { normalize } from '../dist/index.js';
import { expectEqual, type Case } from './harness.ts';

/** The regex chain a project writes before it finds a library: six passes over the text. */
export function replaceChain(t: string): string {
  return t
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0621')
    .replace(/\u0626/g, '\u0621')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '');
}

const KNOWN = 'إِنَّ المدرسـةَ كبيرةٌ،  وعلى مسؤولٍ أن يقرأ ﻻ';

/** The normalize cases on one named input. */
export function normalizeCases(name: string, text: string): Case[] {
  const cases: Case[] = [];
  cases.push(
    {
      group: 'normalize',
      name: 'normalize clean',
      input: name,
      text,
      run: (t) => normalize(t, 'clean'),
      check: (t) => {
        expectEqual('clean', normalize(KNOWN, 'clean'), 'إِنَّ المدرسةَ كبيرةٌ، وعلى مسؤولٍ أن يقرأ لا');
        const out = normalize(t, 'clean');
        expectEqual('clean is idempotent', normalize(out, 'clean') === out, true);
        // ASCII prose with single spaces is already clean: the input itself comes back, uncopied.
        if (name === 'ascii') expectEqual('clean returns its input unchanged', out === t, true);
      },
    },
    {
      group: 'normalize',
      name: 'normalize search',
      input: name,
      text,
      run: (t) => normalize(t, 'search'),
      check: (t) => {
        expectEqual('search', normalize(KNOWN, 'search'), 'ان المدرسه كبيره، وعلي مسءول ان يقرا لا');
        const out = normalize(t, 'search');
        expectEqual('search is idempotent', normalize(out, 'search') === out, true);
      },
    },
    {
      group: 'normalize',
      name: 'normalize lucene',
      input: name,
      text,
      run: (t) => normalize(t, 'lucene'),
      check: (t) => {
        expectEqual('lucene', normalize(KNOWN, 'lucene'), 'ان المدرسه كبيره،  وعلي مسؤول ان يقرا ﻻ');
        if (name === 'ascii') expectEqual('lucene returns its input unchanged', normalize(t, 'lucene') === t, true);
      },
    },
    {
      group: 'normalize',
      name: "String.normalize('NFKC')",
      input: name,
      text,
      run: (t) => t.normalize('NFKC'),
      baseline: true,
      check: () => expectEqual('NFKC', 'ﻻ'.normalize('NFKC'), 'لا'),
    },
  );
  // On one-byte (Latin-1) strings V8 answers a regex of Arabic characters without scanning, so
  // the chain is a baseline only where it has to do its work.
  if (name !== 'ascii') {
    cases.push({
      group: 'normalize',
      name: 'String.replace ×6 (search folds)',
      input: name,
      text,
      run: replaceChain,
      baseline: true,
      check: () => expectEqual('replace chain', replaceChain(KNOWN), 'ان المدرسه كبيره،  وعلي مسءول ان يقرا ﻻ'),
    });
  }
  return cases;
}
