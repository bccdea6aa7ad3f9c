import { describe, expect, it } from 'vitest';
import { readConllu } from '../../../src/eval/conllu.ts';

const sample = [
  '# newdoc id = d1',
  '# sent_id = 1',
  '# text = وبالكتاب قال لأوباما: نعم.',
  '1-3\tوبالكتاب\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tو\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tب\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tالكتاب\t_\t_\t_\t_\t_\t_\t_\t_',
  '4\tقال\t_\t_\t_\t_\t_\t_\t_\t_',
  '5\tل\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '6\tأوباما\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '7\t:\t_\t_\t_\t_\t_\t_\t_\t_',
  '8\tنعم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '9\t.\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
  '# newdoc id = d1',
  '1\tثم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '2\t.\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('builds documents of raw text with sentence, token and word spans', () => {
    const { docs, sentenceCount, mismatches } = readConllu(sample);
    expect(sentenceCount).toBe(2);
    expect(mismatches).toEqual([]);
    expect(docs).toHaveLength(1); // a repeated newdoc id continues the document
    const [d] = docs;
    expect(d!.text).toBe('وبالكتاب قال لأوباما: نعم. ثم.');
    expect(d!.sentences).toEqual([
      [0, 26],
      [27, 30],
    ]);
    expect(d!.tokens.map(([s, e]) => d!.text.slice(s, e))).toEqual([
      'وبالكتاب',
      'قال',
      'لأوباما',
      ':',
      'نعم',
      '.',
      'ثم',
      '.',
    ]);
    expect(d!.words[0]).toEqual(['و', 'ب', 'الكتاب']);
    expect(d!.words[2]).toEqual(['ل', 'أوباما']);
  });

  it('rebuilds a missing # text from the forms and SpaceAfter, and skips malformed lines', () => {
    const { docs } = readConllu(
      '1\tنعم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t_\t_\t_\t_\nnot a token line\n\n',
    );
    expect(docs[0]!.text).toBe('نعم.');
  });
});
