import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, USAGE } from '../../../src/cli/args.ts';
import { PRESETS } from '../../../src/index.ts';

const run = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(parsed.kind);
  return parsed.options;
};

describe('parseArgs', () => {
  it('turns every normalization switch into a flag', () => {
    const o = run([
      'normalize',
      '--preset=search',
      '--no-tatweel',
      '--alef=basic',
      '--digits',
      'persian',
      '--diacritics=harakat',
      '--spacing',
      'a.txt',
      '-',
    ]);
    expect(o.normalize).toEqual({
      preset: 'search',
      tatweel: false,
      alef: 'basic',
      digits: 'persian',
      diacritics: 'harakat',
      spacing: true,
    });
    expect(o.files).toEqual(['a.txt', '-']);
    for (const key of Object.keys(PRESETS.none))
      expect(USAGE).toContain(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  });

  it('reads the common flags and the per-command ones', () => {
    expect(
      run(['tokenize', '--format', 'conllu', '--clitics', '--line-breaks', 'paragraph', '--jobs=4', '-q']),
    ).toMatchObject({
      format: 'conllu',
      jobs: 4,
      quiet: true,
      clitics: true,
      sentences: { lineBreaks: 'paragraph' },
    });
    expect(run(['tokenize', '--whitespace']).whitespace).toBe(true);
    expect(run(['normalize', '--whitespace', 'keep']).normalize).toEqual({ whitespace: 'keep' });
    expect(run(['sentences', '--abbreviations', 'ش.م.م,Prof.', '--', '--not-a-flag']).sentences.abbreviations).toEqual([
      'ش.م.م',
      'Prof.',
    ]);
    expect(run(['sentences', '--', '--not-a-flag']).files).toEqual(['--not-a-flag']);
    expect(parseArgs(['tokenize', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['normalize', '--zwnj=yes'], /--zwnj takes no value/],
    [['normalize', '--tatweel=yes'], /invalid value 'yes' for --tatweel; allowed values: true, false, 'decorative'/],
    [['normalize', '--no-digits'], /unknown flag "--no-digits"/],
    [['normalize', '--clitics'], /not a flag of "normalize"/],
    [['tokenize', '--preset', 'search'], /not a flag of "tokenize"/],
    [['normalize', '--preset', 'fast'], /invalid value 'fast' for --preset; allowed values: 'none', 'clean'/],
    [['tokenize', '--jobs', 'many'], /allowed values: an integer/],
    [['sentences', '--jobs', '2', '--line-breaks', 'space'], /needs --lines/],
    [['eval', 'a.conllu', 'b.conllu'], /exactly one/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp);
  });
});
