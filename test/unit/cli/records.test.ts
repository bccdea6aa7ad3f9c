import { describe, expect, it } from 'vitest';
import { conlluBlock, escapeField, lineRecord, scannedRecord, spanRecord } from '../../../src/cli/records.ts';
import { Scanner } from '../../../src/tokenize/scanner.ts';
import { splitClitics, tokenize } from '../../../src/index.ts';

describe('records', () => {
  it('escape what would break a line or a column, and nothing else', () => {
    expect(escapeField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(escapeField('نص عادي')).toBe('نص عادي');
  });

  it('write tokens and spans in each format', () => {
    const s = new Scanner('قال\tنعم', false);
    s.next();
    expect(scannedRecord('tsv')(s.text, s, 100)).toBe('100\t103\tword\tقال');
    expect(scannedRecord('text')(s.text, s, 100)).toBe('قال');
    expect(spanRecord('tsv', { text: 'a\tb', start: 4, end: 7 })).toBe('4\t7\ta\\tb');
    expect(lineRecord('text', 'tokens', tokenize('قال نعم'), true)).toBe('قال نعم');
    expect(lineRecord('tsv', 'tokens', tokenize('قال نعم'), true)).toBe('قال\tنعم');
    expect(lineRecord('jsonl', 'runs', [], false)).toBe('{"runs":[]}');
  });

  it('write a CoNLL-U block with offsets, SpaceAfter and multiword tokens', () => {
    const text = 'وقال: نعم';
    const block = conlluBlock(7, { text, start: 10, end: 19 }, tokenize(text, { clitics: splitClitics }));
    expect(block).toBe(
      `${[
        '# sent_id = 7',
        `# text = ${text}`,
        '1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=0:4',
        '1\tو\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:1',
        '2\tقال\t_\t_\t_\t_\t_\t_\t_\tTokenRange=1:4',
        '3\t:\t_\t_\t_\t_\t_\t_\t_\tTokenRange=4:5',
        '4\tنعم\t_\t_\t_\t_\t_\t_\t_\tTokenRange=6:9',
      ].join('\n')}\n\n`,
    );
  });
});
