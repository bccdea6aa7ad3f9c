import { describe, expect, it } from 'vitest';
import { conlluBlock, escapeField, lineRecord, spanRecord } from '../../../src/cli/records.ts';
import { Utf8Records } from '../../../src/cli/utf8-records.ts';
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
    const written = (tsv: boolean) => {
      const records = new Utf8Records(tsv);
      records.write(s.text, s, 100);
      return Buffer.concat(records.take().map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString();
    };
    expect(written(true)).toBe('100\t103\tword\tقال\n');
    expect(written(false)).toBe('قال\n');
    expect(spanRecord('tsv', { text: 'a\tb', start: 4, end: 7 })).toBe('4\t7\ta\\tb');
    expect(lineRecord('text', 'tokens', tokenize('قال نعم'), true)).toBe('قال نعم');
    expect(lineRecord('tsv', 'tokens', tokenize('قال نعم'), true)).toBe('قال\tنعم');
    expect(lineRecord('jsonl', 'runs', [], false)).toBe('{"runs":[]}');
  });

  it('hand over a token longer than 1M code units as a string, escaped, between the bytes around it', () => {
    // A run of tabs is one space token under `whitespace`.
    const long = '\t'.repeat((1 << 20) + 1);
    const text = `قال${long}نعم`;
    const records = new Utf8Records(true);
    for (const s = new Scanner(text, true); s.next(); ) records.write(text, s, 0);
    const parts = records.take();
    expect(parts.map((p) => typeof p)).toEqual(['object', 'string', 'object']);
    expect(parts[1]).toBe('\\t'.repeat(long.length));
    const end = 3 + long.length;
    expect(Buffer.from(parts[0] as Uint8Array).toString()).toBe(`0\t3\tword\tقال\n3\t${end}\tspace\t`);
    expect(Buffer.from(parts[2] as Uint8Array).toString()).toBe(`\n${end}\t${end + 3}\tword\tنعم\n`);
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
