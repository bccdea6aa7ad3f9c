/**
 * The command line, as users run it: the built binary (the package's `bin`) spawned with real
 * pipes and files. Its results are checked against the built library's own functions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONLLU_PATH, hasGold } from '../corpus/ud.ts';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const bin = new URL(pkg.bin['arabic-text'], root).pathname;
const lib = await import(new URL(pkg.exports['.'].import.default, root).href);

const dir = mkdtempSync(join(tmpdir(), 'arabic-text-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jsonl = (out: string) =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const sample = readFileSync(new URL('docs/sample-news.txt', root), 'utf8');
// Mixed material: CRLF, an empty line, a line without a final newline, Latin runs, emoji, a URL.
const mixed = `${sample}\r\nقال JD Vance لـ The Times: نعم.\r\n\nراجع https://example.com/a?id=15 👨‍👩‍👧 #مصر_اليوم\nسطر أخير بلا نهاية`;
const mixedPath = file('mixed.txt', mixed);

describe('arabic-text CLI: subcommands and formats', () => {
  it('normalize writes normalize(text) in every format', () => {
    expect(cli(['normalize', '--preset', 'search', mixedPath]).stdout).toBe(lib.normalize(mixed, 'search'));
    const lines = lib
      .normalize(mixed, 'clean')
      .split('\n')
      .map((l: string) => l.replace(/\r$/, ''));
    if (lines.at(-1) === '') lines.pop();
    expect(jsonl(cli(['normalize', '--format', 'jsonl', mixedPath]).stdout).map((r) => r.text)).toEqual(lines);
    expect(cli(['normalize', '--format', 'tsv', mixedPath]).stdout).toBe(lines.map((l: string) => `${l}\n`).join(''));
  });

  it('normalize takes every switch as a flag', () => {
    const options = {
      preset: 'none',
      alef: 'basic',
      tatweel: true,
      digits: 'ascii',
      diacritics: 'all',
      spacing: true,
      latin: 'lowercase',
    };
    const r = cli([
      'normalize',
      '--preset',
      'none',
      '--alef=basic',
      '--tatweel',
      '--digits',
      'ascii',
      '--diacritics=all',
      '--spacing',
      '--latin',
      'lowercase',
      mixedPath,
    ]);
    expect(r.stdout).toBe(lib.normalize(mixed, options));
    expect(cli(['normalize', '--no-tatweel', '-'], 'العـــربية').stdout).toBe('العـــربية');
  });

  it('tokenize writes tokenize(text) as text, jsonl and tsv, with offsets into the whole input', () => {
    const tokens = lib.tokenize(mixed, { clitics: lib.splitClitics });
    expect(jsonl(cli(['tokenize', '--clitics', '--format', 'jsonl', mixedPath]).stdout)).toEqual(tokens);
    const tsv = cli(['tokenize', '--format', 'tsv', mixedPath])
      .stdout.trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(tsv).toEqual(
      lib
        .tokenize(mixed)
        .map((t: { start: number; end: number; kind: string; text: string }) => [
          String(t.start),
          String(t.end),
          t.kind,
          t.text,
        ]),
    );
    expect(cli(['tokenize', mixedPath]).stdout).toBe(
      lib
        .tokenize(mixed)
        .map((t: { text: string }) => `${t.text}\n`)
        .join(''),
    );
    const spaces = jsonl(cli(['tokenize', '--whitespace', '--format', 'jsonl', mixedPath]).stdout);
    expect(spaces.map((t) => t.text).join('')).toBe(mixed);
  });

  it('tokenize --format conllu writes one block per sentence, offsets in MISC, clitics as multiword tokens', () => {
    const out = cli(['tokenize', '--format', 'conllu', '--clitics', mixedPath]).stdout;
    const blocks = out.trimEnd().split('\n\n');
    const sentences = lib.sentences(mixed);
    expect(blocks).toHaveLength(sentences.length);
    blocks.forEach((block, k) => {
      const lines = block.split('\n');
      expect(lines[0]).toBe(`# sent_id = ${k + 1}`);
      const ranges = lines
        .filter((l) => /^\d+\t/.test(l)) // word lines, not comments or multiword ranges
        .map((l) => /TokenRange=(\d+):(\d+)/.exec(l)!.slice(1).map(Number));
      const s = sentences[k];
      const expected = lib
        .tokenize(s.text, { clitics: lib.splitClitics })
        .flatMap((t: { start: number; end: number; parts?: Array<{ start: number; end: number }> }) =>
          (t.parts && t.parts.length > 1 ? t.parts : [t]).map((p) => [s.start + p.start, s.start + p.end]),
        );
      expect(ranges).toEqual(expected);
    });
    expect(out).toMatch(/^\d+-\d+\tوبالذات\t/m);
  });

  it('sentences and latin-runs write their spans in every format', () => {
    expect(jsonl(cli(['sentences', '--format', 'jsonl', mixedPath]).stdout)).toEqual(lib.sentences(mixed));
    expect(jsonl(cli(['sentences', '--line-breaks', 'paragraph', '--format', 'jsonl', mixedPath]).stdout)).toEqual(
      lib.sentences(mixed, { lineBreaks: 'paragraph' }),
    );
    expect(cli(['sentences', mixedPath]).stdout).toBe(
      lib
        .sentences(mixed)
        .map((s: { text: string }) => `${s.text}\n`)
        .join(''),
    );
    expect(jsonl(cli(['latin-runs', '--format', 'jsonl', mixedPath]).stdout)).toEqual(lib.latinRuns(mixed));
    expect(cli(['latin-runs', '--format', 'tsv', mixedPath]).stdout).toBe(
      lib
        .latinRuns(mixed)
        .map((r: { start: number; end: number; text: string }) => `${r.start}\t${r.end}\t${r.text}\n`)
        .join(''),
    );
  });

  it('text and tsv escape tabs and line breaks inside a record', () => {
    expect(cli(['sentences', '--line-breaks', 'space', '-'], 'سطر\tأول\nوثان.').stdout).toBe('سطر\\tأول\\nوثان.\n');
  });

  it('reads several files in order as one input, and - as stdin', () => {
    const a = file('a.txt', 'أولا. ');
    const r = cli(['sentences', '--format', 'jsonl', a, '-', a], 'ثانيا. ');
    expect(jsonl(r.stdout)).toEqual(lib.sentences('أولا. ثانيا. أولا. '));
  });
});

describe('arabic-text CLI: --lines', () => {
  const input = 'سطر أول. وثان؟\r\n\nقال JD Vance: 3.5%\n\t\nlast line without a newline';
  const count = input.split('\n').length;
  it.each([
    ['normalize', 'text'],
    ['normalize', 'jsonl'],
    ['normalize', 'tsv'],
    ['tokenize', 'text'],
    ['tokenize', 'jsonl'],
    ['tokenize', 'tsv'],
    ['sentences', 'text'],
    ['sentences', 'jsonl'],
    ['sentences', 'tsv'],
    ['latin-runs', 'text'],
    ['latin-runs', 'jsonl'],
    ['latin-runs', 'tsv'],
  ])('%s --format %s writes exactly one record per input line', (command, format) => {
    const out = cli([command, '--lines', '--format', format], input).stdout;
    expect(out.endsWith('\n')).toBe(true);
    expect(out.slice(0, -1).split('\n')).toHaveLength(count);
  });

  it('each record is the result for its line, offsets relative to the line', () => {
    const records = jsonl(cli(['tokenize', '--lines', '--format', 'jsonl'], input).stdout);
    const lines = input.split('\n').map((l) => l.replace(/\r$/, ''));
    records.forEach((r, k) => {
      expect(r.tokens).toEqual(lib.tokenize(lines[k]));
    });
    expect(jsonl(cli(['sentences', '--lines', '--format', 'jsonl'], input).stdout)[0].sentences).toHaveLength(2);
  });
});

describe('arabic-text CLI: line ends, encodings and limits', () => {
  it('--lines: a lone CR ends a line as LF and CRLF do, so that CR-aware readers see one record per line', () => {
    const r = cli(['normalize', '--lines'], 'a\rb\nc\r\nd\r');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('a\nb\nc\nd\n');
    const tokens = cli(['tokenize', '--lines', '--format', 'jsonl'], 'x\ry');
    expect(jsonl(tokens.stdout).map((l) => l.tokens.map((t: { text: string }) => t.text))).toEqual([['x'], ['y']]);
  });

  it('a UTF-8 character split across two files is one character, as cat joins them', () => {
    const bytes = Buffer.from('سلام', 'utf8');
    const a = file('split-a.txt', bytes.subarray(0, 3));
    const b = file('split-b.txt', bytes.subarray(3));
    const r = cli(['normalize', '--strict', a, b]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('سلام');
  });

  it('a UTF-8 byte-order mark is dropped (offsets count from after it); UTF-16 with a mark is decoded', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const r = cli(['tokenize', '--format', 'tsv'], Buffer.concat([bom, Buffer.from('سلام عليكم')]));
    expect(r.stdout).toBe('0\t4\tword\tسلام\n5\t10\tword\tعليكم\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('سلام عليكم', 'utf16le')]);
    expect(cli(['tokenize', '--format', 'tsv'], le).stdout).toBe(r.stdout);
    const be = Buffer.from(le);
    for (let k = 0; k < be.length; k += 2) [be[k], be[k + 1]] = [be[k + 1]!, be[k]!];
    expect(cli(['tokenize', '--format', 'tsv', '--strict'], be).stdout).toBe(r.stdout);
    // A mark that starts the second file is dropped too.
    const second = file('bom.txt', Buffer.concat([bom, Buffer.from('عليكم')]));
    expect(cli(['normalize', file('first.txt', 'سلام '), second]).stdout).toBe('سلام عليكم');
  });

  it('eval names the file and line of the first line that is not CoNLL-U and exits 1; --lenient skips it', () => {
    const hostname = file('hostname', 'myhost\n');
    const r = cli(['eval', hostname]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${hostname}:1: not CoNLL-U`);
    const badId = file('bad-id.conllu', '# text = نعم\nx\tنعم\t_\t_\t_\t_\t_\t_\t_\t_\n\n');
    expect(cli(['eval', badId]).stderr).toContain(`${badId}:2: not CoNLL-U`);
    const good = '# text = نعم\n1\tنعم\t_\t_\t_\t_\t_\t_\t_\t_\n\n';
    const columns = file('columns.conllu', `${good}1\tنعم\t_\n\n`);
    expect(cli(['eval', columns]).stderr).toContain(`${columns}:4: not CoNLL-U (3 tab-separated columns, not 10)`);
    const lenient = cli(['eval', '--lenient', columns]);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('skipped lines that are not CoNLL-U');
    expect(cli(['eval', file('binary.conllu', Buffer.from([0, 1, 2, 0xff, 10]))]).status).toBe(1);
  });

  it.each([
    [['eval', '--strict', 'x.conllu'], /--strict is not a flag of "eval"/],
    [['eval', '--jobs', '2', 'x.conllu'], /--jobs is not a flag of "eval"/],
    [['eval', '--lines', 'x.conllu'], /--lines is not a flag of "eval"/],
    [['tokenize', '--semicolon'], /--semicolon of "tokenize" needs --format conllu/],
    [['tokenize', '--abbreviations', 'ص.ب'], /--abbreviations of "tokenize" needs --format conllu/],
    [['tokenize', '--line-breaks', 'space', '--format', 'tsv'], /--line-breaks of "tokenize" needs --format conllu/],
  ])('%j is a usage error (exit 2), not silently ignored', (args, message) => {
    const r = cli(args, 'نعم.');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help is help only as a flag: not as the value of --abbreviations, nor as a file after --', () => {
    const value = cli(['sentences', '--abbreviations', '--help'], 'نعم. لا.');
    expect(value.status).toBe(0);
    expect(value.stdout).toBe('نعم.\nلا.\n');
    const after = cli(['tokenize', '--', '--help']);
    expect(after.status).toBe(1);
    expect(after.stderr).toContain('cannot read --help');
    expect(cli(['tokenize', '--bogus', '--help']).stdout).toContain('Usage:');
  });

  it('sentences writes a sentence of 3M code units with no terminator as it comes, the same bytes as the spans give', () => {
    // Past 1M code units a sentence with spaces and no candidate is written in parts (text format).
    const words = 'lorem ipsum\tdolor sit  amet '.repeat(110_000);
    const input = `نعم.  ${words}لا. x\\y`;
    const r = cli(['sentences'], input);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`نعم.\n${`${words}لا.`.replaceAll('\t', '\\t')}\nx\\\\y\n`);
    const tsv = cli(['sentences', '--format', 'tsv'], input).stdout.split('\n');
    expect(tsv[1]!.split('\t').slice(0, 2)).toEqual(['6', String(6 + words.length + 3)]);
    // One Arabic word with no space is cut inside, its last letters kept (then د. is no abbreviation).
    const word = `نعم. ${'بَلـ'.repeat(750_000)}د. التالي`;
    expect(cli(['sentences'], word).stdout).toBe(`نعم.\n${word.slice(5, -7)}\nالتالي\n`);
  });

  it('tokenize writes an Arabic word of 3M code units as it comes, the same bytes as the tsv records give', () => {
    // Past 1M code units a word is written in parts (text format); its record is the same line.
    const word = 'بَلـ'.repeat(750_000);
    const input = `نعم ${word} لا`;
    const r = cli(['tokenize'], input);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`نعم\n${word}\nلا\n`);
    const tsv = cli(['tokenize', '--format', 'tsv'], input).stdout.split('\n');
    expect(tsv[1]!.split('\t').slice(0, 3)).toEqual(['4', String(4 + word.length), 'word']);
  });

  it('a record too long to hold is a one-line message with the limit and its offset, exit 1, no stack trace', () => {
    const env = { ...process.env, ARABIC_TEXT_RECORD_LIMIT: '1000' };
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env });
    const long = `نعم.\n${'\0'.repeat(5000)}`;
    // The record is the sentence or the line after نعم. (offset 5).
    for (const [args, offset] of [
      [['sentences'], 5],
      [['tokenize', '--lines'], 5],
      [['normalize', '--lines'], 5],
      [['sentences', '--jobs', '2'], 5],
    ] as const) {
      const r = run([...args], long);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toBe(
        `arabic-text: a record (a token, sentence or line) longer than 1000 code units cannot be held: the one at input offset ${offset}\n`,
      );
    }
    // Under the limit, the same input goes through.
    expect(run(['tokenize'], 'نعم '.repeat(2000)).status).toBe(0);
    const word = run(['tokenize'], `نعم ${'ب'.repeat(1500)}`);
    expect(word.stderr).toContain('at input offset 4');
  });

  it("--jobs above the machine's cores is capped with a notice; a one-block input needs no worker", () => {
    const r = cli(['tokenize', '--jobs', '999'], 'سلام عليكم');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/--jobs 999 is more than this machine's \d+ cores; using \d+/);
    expect(r.stdout).toBe('سلام\nعليكم\n');
  });
});

describe('arabic-text CLI: errors and exit codes', () => {
  it.each([
    [['normalize', '--bogus'], /unknown flag "--bogus"/],
    [
      ['normalize', '--digits', 'roman'],
      /invalid value 'roman' for --digits; allowed values: 'keep', 'ascii', 'arabic', 'persian'/,
    ],
    [['normalize', '--preset'], /--preset needs a value/],
    [['tokenize', '--format', 'xml'], /allowed values: text, jsonl, tsv, conllu/],
    [['sentences', '--format', 'conllu'], /allowed values: text, jsonl, tsv/],
    [['tokenize', '--lines', '--format', 'conllu'], /--lines cannot be used/],
    [['sentences', '--clitics'], /not a flag of "sentences"/],
    [['sentences', '--line-breaks', 'never'], /--line-breaks.*'sentence', 'paragraph', 'wrapped', 'space'/],
    [['segment'], /unknown command "segment"/],
    [[], /no command/],
    [['tokenize', '--jobs', '0'], /--jobs/],
    [['eval'], /eval takes exactly one/],
  ])('%j prints a short usage message and exits 2', (args, message) => {
    const r = cli(args as string[], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toMatch(/^Usage: arabic-text/m);
    expect(r.stdout).toBe('');
  });

  it('an unreadable file is named, nothing is written, and the exit status is 1', () => {
    const missing = join(dir, 'missing.txt');
    const r = cli(['tokenize', mixedPath, missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`arabic-text: cannot read ${missing}: no such file\n`);
    expect(r.stdout).toBe('');
    expect(cli(['tokenize', dir]).status).toBe(1);
    expect(cli(['eval', missing]).status).toBe(1);
  });

  const bad = Buffer.concat([
    Buffer.from('ok '),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(' نعم '),
    Buffer.from([0xef, 0xbf, 0xbd]),
    Buffer.from(' '),
    Buffer.from([0xe2, 0x82]),
  ]);
  it('invalid UTF-8 becomes U+FFFD, with the number of replacements on stderr', () => {
    const r = cli(['normalize', '--preset', 'none'], bad);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ok \ufffd\ufffd نعم \ufffd \ufffd');
    expect(r.stderr).toBe('arabic-text: 3 invalid UTF-8 sequences replaced with U+FFFD\n');
  });

  it('--strict exits 1 at the first invalid byte, naming its offset', () => {
    const r = cli(['normalize', '--strict', file('bad.txt', bad)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: invalid UTF-8 at byte 3 \(--strict\)/);
    const truncated = cli(['normalize', '--strict'], Buffer.from([0x61, 0xd8]));
    expect(truncated.stderr).toMatch(/stdin: invalid UTF-8 at byte 1/);
  });

  it('a closed stdout (| head) ends quietly with status 0, with no progress bar in pipes', () => {
    const big = file('big.txt', sample.repeat(2000));
    for (const jobs of ['1', '2']) {
      const r = spawnSync(
        'bash',
        ['-c', `set -o pipefail; "${process.execPath}" "${bin}" tokenize --jobs ${jobs} "${big}" | head -n 2`],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')).toHaveLength(3);
      expect(r.stderr).toBe('');
    }
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)(
    'draws a progress bar on stderr when it is a terminal and the size is known; not with --quiet',
    () => {
      const big = file('progress.txt', sample.repeat(20000));
      const run = (flags: string) =>
        spawnSync(
          'script',
          ['-qc', `"${process.execPath}" "${bin}" tokenize ${flags} "${big}" > /dev/null`, '/dev/null'],
          { encoding: 'utf8' },
        ).stdout;
      expect(run('')).toMatch(/\[#*\.*\]\s+\d+%\s+[\d.]+\/[\d.]+ MB/);
      expect(run('--quiet')).toBe('');
    },
  );

  it('--help exits 0 and lists every normalization switch', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const key of Object.keys(lib.PRESETS.none))
      expect(r.stdout).toContain(`--${key.replace(/[A-Z]/g, (c: string) => `-${c.toLowerCase()}`)}`);
    expect(cli(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('arabic-text CLI: large inputs', () => {
  // About 3M code units: several 1M blocks for --jobs.
  const numbered = Array.from({ length: 12000 }, (_, k) => `${k} ${sample.split('\n')[k % 5]}`).join('\n');
  const bigPath = file('numbered.txt', numbered);
  // Lines that start with white space, and blank lines: --whitespace space tokens span line
  // breaks, and paragraph mode cuts only at blank lines (a block cut between them was wrong).
  const spacedPath = file(
    'spaced.txt',
    numbered
      .split('\n')
      .map((l, k) => (k % 3 === 0 ? `  ${l}` : k % 7 === 0 ? `${l}\n \t` : l))
      .join('\n'),
  );

  it.each([
    ['normalize', '--preset', 'search', '--spacing'],
    ['tokenize', '--format', 'tsv', '--clitics'],
    ['sentences', '--format', 'jsonl'],
    ['latin-runs', '--format', 'jsonl'],
    ['tokenize', '--format', 'conllu'],
    ['tokenize', '--lines', '--format', 'jsonl'],
    ['tokenize', '--whitespace', '--format', 'tsv', spacedPath],
    ['sentences', '--line-breaks', 'paragraph', '--format', 'tsv', spacedPath],
    ['transliterate', '--format', 'jsonl'],
  ])('--jobs 3 writes exactly what one job writes, in input order: %s %s %s', (...args) => {
    const input = args[args.length - 1] === spacedPath ? [] : [bigPath];
    const one = cli([...args, ...input]);
    const three = cli([...args, '--jobs', '3', ...input]);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout.length).toBe(one.stdout.length);
    expect(three.stdout === one.stdout).toBe(true);
  });

  it('--jobs 2 decodes its blocks as one job decodes the input: invalid UTF-8, marks, UTF-16, characters split across files', () => {
    // Blocks stay bytes until the thread that runs them decodes them (blocks.ts).
    const big = Buffer.from(numbered);
    const invalid = Buffer.concat([big.subarray(0, 700_000), Buffer.from([0xff, 0xc3, 10, 0xe2, 0x82]), big]);
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(numbered.slice(0, 400_000), 'utf16le')]);
    // ب cut between its two bytes across two files, then a file that starts with a byte-order mark.
    const parts = [
      file('split-a.txt', Buffer.concat([big.subarray(0, 600_000), Buffer.from([0xd8])])),
      file('split-b.txt', Buffer.concat([Buffer.from([0xa8]), big.subarray(0, 600_000)])),
      file('split-c.txt', Buffer.concat([bom, big.subarray(0, 300_000)])),
      file('utf16.txt', utf16),
      file('invalid.txt', invalid),
    ];
    for (const args of [
      ['tokenize', '--format', 'tsv'],
      ['normalize', '--spacing'],
    ]) {
      const one = cli([...args, ...parts]);
      const two = cli([...args, '--jobs', '2', ...parts]);
      expect(one.stderr).toMatch(/invalid UTF-8 sequences? replaced/);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout === one.stdout, args.join(' ')).toBe(true);
    }
    // From stdin too, where each read is a buffer of its own.
    const piped = cli(['tokenize', '--format', 'tsv', '--jobs', '2'], invalid);
    expect(piped.stdout === cli(['tokenize', '--format', 'tsv'], invalid).stdout).toBe(true);
    // --strict stops at the same byte.
    const strict = cli(['tokenize', '--strict', '--jobs', '2', parts[4]!]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe(cli(['tokenize', '--strict', parts[4]!]).stderr);
  });

  it('50 MB of clean text round-trips through normalize --preset clean: nothing lost or reordered', async () => {
    const lines = lib.normalize(sample, 'clean').split('\n');
    const path = join(dir, 'fifty.txt');
    const out = createWriteStream(path);
    const hash = createHash('sha256');
    let size = 0;
    for (let k = 0; size < 50e6; k++) {
      const line = `${lib.normalize(String(k), { digits: 'arabic' })} ${lines[k % lines.length]}\n`;
      hash.update(line);
      size += Buffer.byteLength(line);
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    const digest = hash.digest('hex');
    for (const jobs of ['1', '2']) {
      const sha = execFileSync(
        'bash',
        [
          '-c',
          `set -o pipefail; "${process.execPath}" "${bin}" normalize --preset clean --jobs ${jobs} < "${path}" | sha256sum`,
        ],
        { encoding: 'utf8' },
      );
      expect(sha.split(' ')[0]).toBe(digest);
    }
  }, 120_000);
});

const hasParallel = spawnSync('parallel', ['--version']).status === 0;
describe.skipIf(!hasParallel)('docs/scaling.md with GNU parallel', () => {
  it('parallel --pipe --keep-order over --lines gives what one process writes', () => {
    // docs/scaling.md's command, with arabic-text on the PATH and 1 MB blocks so that the input splits.
    const binDir = join(dir, 'bin');
    rmSync(binDir, { recursive: true, force: true });
    mkdirSync(binDir);
    symlinkSync(bin, join(binDir, 'arabic-text'));
    const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}` };
    const input = file(
      'corpus.txt',
      Array.from({ length: 20000 }, (_, k) => `${k} ${sample.split('\n')[k % 5]}`).join('\n'),
    );
    const parallel = execFileSync(
      'bash',
      [
        '-c',
        `parallel --will-cite --pipe --keep-order --block 1M -j 2 arabic-text tokenize --lines --format jsonl < "${input}"`,
      ],
      { env, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const single = cli(['tokenize', '--lines', '--format', 'jsonl', input]).stdout;
    expect(parallel.split('\n')).toHaveLength(20001);
    expect(parallel === single).toBe(true);
  }, 60_000);
});

describe.skipIf(!hasGold)('arabic-text eval on UD Arabic-PUD', () => {
  it('scores tokens, sentence boundaries and words, as the corpus tests do', () => {
    const r = cli(['eval', CONLLU_PATH, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const [report] = jsonl(r.stdout);
    expect(report).toMatchObject({
      documents: 397,
      sentences: 1000,
      tokens: { gold: 18187 },
      words: { gold: 20747 },
      sentenceBoundaries: { gold: 603 },
    });
    expect(report.tokens.f1).toBeGreaterThanOrEqual(0.998);
    expect(report.sentenceBoundaries.f1).toBeGreaterThanOrEqual(0.996);
    expect(report.words.f1).toBeGreaterThanOrEqual(0.95);
    const text = cli(['eval', CONLLU_PATH]).stdout;
    console.log(`[cli] arabic-text eval ${CONLLU_PATH}:\n${text}`);
    expect(text).toMatch(/^tokens\s+0\.99\d\d\s+0\.99\d\d\s+0\.99\d\d\s+18187$/m);
  });
});

describe('arabic-text CLI: transliterate', () => {
  it('writes transliterate(text) in text format, and reads it back with --reverse', () => {
    const out = cli(['transliterate', mixedPath]).stdout;
    expect(out).toBe(lib.transliterate(mixed, 'buckwalter'));
    expect(cli(['transliterate', '--reverse', '-'], 'kataba Alwaziyru').stdout).toBe('كَتَبَ الوَزِيرُ');
    for (const scheme of ['safe-buckwalter', 'xml-buckwalter', 'hsb']) {
      expect(cli(['transliterate', '--scheme', scheme, mixedPath]).stdout).toBe(lib.transliterate(mixed, scheme));
    }
  });

  it('jsonl and tsv write one record per line; --lines and --jobs 2 give the same bytes', () => {
    const lines = mixed.split('\n').map((l) => l.replace(/\r$/, ''));
    if (lines.at(-1) === '') lines.pop();
    const expected = lines.map((l) => lib.transliterate(l, 'hsb'));
    expect(
      jsonl(cli(['transliterate', '--scheme', 'hsb', '--format', 'jsonl', mixedPath]).stdout).map((r) => r.text),
    ).toEqual(expected);
    const tsv = cli(['transliterate', '--scheme', 'hsb', '--format', 'tsv', mixedPath]).stdout;
    expect(cli(['transliterate', '--scheme', 'hsb', '--format', 'tsv', '--lines', mixedPath]).stdout).toBe(tsv);
    expect(cli(['transliterate', '--jobs', '2', mixedPath]).stdout).toBe(cli(['transliterate', mixedPath]).stdout);
  });

  it('an unknown scheme, or --scheme on another command, is a usage error (exit 2)', () => {
    const bad = cli(['transliterate', '--scheme', 'bw', '-'], 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid value 'bw' for --scheme; allowed values: 'buckwalter'/);
    expect(cli(['normalize', '--reverse', '-'], 'x').status).toBe(2);
  });
});
