/**
 * The command line: subcommands, flags and their validation. Every normalization switch is a
 * flag, generated from the option table in normalize/options.ts, so that the CLI cannot drift
 * from the library. Bad flags and values raise `UsageError` (exit status 2).
 */
import { SWITCHES, SWITCH_NAMES, resolveOptions, type NormalizeOptions } from '../normalize/options.ts';
import { OptionError } from '../options/validate.ts';
import { MAX_STRING_LENGTH } from '../stream/pending.ts';
import { resolveSentenceOptions, type SentenceOptions } from '../segment/sentences.ts';
import { resolveTokenizeOptions } from '../tokenize/tokenize.ts';
import { transliterate, type TransliterationScheme } from '../transliterate/transliterate.ts';

export class UsageError extends Error {}

const COMMANDS = ['normalize', 'tokenize', 'sentences', 'latin-runs', 'transliterate', 'eval'] as const;
type Command = (typeof COMMANDS)[number];
export type Format = 'text' | 'jsonl' | 'tsv' | 'conllu';

export interface CliOptions {
  command: Command;
  files: string[];
  format: Format;
  lines: boolean;
  strict: boolean;
  quiet: boolean;
  jobs: number;
  normalize: NormalizeOptions;
  /** `--scheme` and `--reverse` of transliterate. */
  scheme: TransliterationScheme;
  reverse: boolean;
  /** `--whitespace` of tokenize. */
  whitespace: boolean;
  /** `--clitics`: the processors pass `splitClitics` to the tokenizer (a function cannot cross to a worker). */
  clitics: boolean;
  sentences: SentenceOptions;
  /** `--lenient` of eval: skip malformed CoNLL-U lines instead of stopping at the first. */
  lenient: boolean;
  /**
   * The longest record (token, sentence, line) held, in code units. Not a flag: the largest
   * string V8 makes, lowered only by the tests (through ARABIC_TEXT_RECORD_LIMIT).
   */
  recordLimit: number;
}

export type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const USAGE = `Usage: arabic-text <command> [flags] [files...]

Commands (files are read in order as one input; stdin when there are none, or for "-"):
  normalize    normalized text                    formats: text, jsonl, tsv
  tokenize     tokens with offsets                formats: text, jsonl, tsv, conllu
  sentences    sentences with offsets             formats: text, jsonl, tsv
  latin-runs   Latin-script runs with offsets     formats: text, jsonl, tsv
  transliterate  Arabic ↔ Buckwalter or HSB      formats: text, jsonl, tsv
  eval FILE.conllu   score tokens, sentence boundaries and clitic words against a UD treebank
               (--lenient: skip malformed lines instead of stopping at the first)

Common flags:
  --format text|jsonl|tsv|conllu   output format (default text)
  --lines          one output record per input line, in order (offsets relative to the line)
  --jobs N         split the input into line blocks across N worker threads (order is kept)
  --strict         stop with status 1 at the first invalid UTF-8 byte (default: U+FFFD)
  --quiet, -q      no progress bar
  --help, -h       this message;  --version  the version

normalize:  --preset none|clean|search|lucene, and every switch:
${SWITCH_NAMES.map((key) => {
  const values: readonly unknown[] = SWITCHES[key].values;
  const flag = kebab(key);
  const names = values.filter((v) => typeof v === 'string');
  if (names.length === 0) return `  --${flag}, --no-${flag}`;
  if (values.includes(true)) return `  --${flag}, --no-${flag}, --${flag}=${names.join('|')}`;
  return `  --${flag} ${names.join('|')}`;
}).join('\n')}
tokenize:   --whitespace (emit space tokens), --clitics (split Arabic words into clitics)
sentences:  --line-breaks sentence|paragraph|wrapped|space, --semicolon, --abbreviations LIST (comma-separated)
            (also for tokenize --format conllu, which splits sentences)
transliterate:  --scheme buckwalter|safe-buckwalter|xml-buckwalter|hsb (default buckwalter),
            --reverse (read the scheme back into Arabic script)
`;

const SHORT_USAGE =
  'Usage: arabic-text normalize|tokenize|sentences|latin-runs|transliterate|eval [flags] [files...]\nRun "arabic-text --help" for the flags.';

const FORMATS: Record<Command, readonly Format[]> = {
  normalize: ['text', 'jsonl', 'tsv'],
  tokenize: ['text', 'jsonl', 'tsv', 'conllu'],
  sentences: ['text', 'jsonl', 'tsv'],
  'latin-runs': ['text', 'jsonl', 'tsv'],
  transliterate: ['text', 'jsonl', 'tsv'],
  eval: ['text', 'jsonl'],
};

const usageError = (message: string) => new UsageError(`arabic-text: ${message}\n${SHORT_USAGE}`);

/** Parses `argv` (without node and the script). Throws `UsageError`. */
export function parseArgs(argv: readonly string[]): Parsed {
  try {
    return parseCommand(argv);
  } catch (e) {
    // --help wins over a mistake elsewhere (arabic-text tokenize --bogus --help).
    const asked = askedFor(argv);
    if (asked !== null) return { kind: asked };
    throw e;
  }
}

/** Flags that take the next argument as their value (so `--abbreviations --help` is a value). */
const TAKES_VALUE = new Set(['--format', '--jobs', '--scheme', '--preset', '--line-breaks', '--abbreviations']);

/** `help` or `version` when asked for as a flag (not as a value, not as a file after `--`), or null. */
function askedFor(argv: readonly string[]): 'help' | 'version' | null {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--version') return 'version';
    if (TAKES_VALUE.has(arg)) k++;
  }
  return null;
}

function parseCommand(argv: readonly string[]): Parsed {
  if (argv[0] === '--help' || argv[0] === '-h') return { kind: 'help' };
  if (argv[0] === '--version') return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw usageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw usageError(`unknown command "${command}"; commands: ${COMMANDS.join(', ')}`);
  }
  const o: CliOptions = {
    command: command as Command,
    files: [],
    format: 'text',
    lines: false,
    strict: false,
    quiet: false,
    jobs: 1,
    normalize: {},
    scheme: 'buckwalter',
    reverse: false,
    whitespace: false,
    clitics: false,
    sentences: {},
    lenient: false,
    recordLimit: MAX_STRING_LENGTH,
  };
  const given = new Set<string>();
  const normalizeFlags = new Map(SWITCH_NAMES.map((k) => [kebab(k), k]));
  let onlyFiles = false;
  for (let k = 0; k < rest.length; k++) {
    const arg = rest[k]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      o.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^--?/, '');
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = rest[++k];
      if (next === undefined) throw usageError(`--${name} needs a value`);
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw usageError(`--${name} takes no value`);
    };
    given.add(name);
    const only = (...commands: Command[]) => {
      if (!commands.includes(o.command)) throw usageError(`--${name} is not a flag of "${o.command}"`);
    };
    switch (name) {
      case 'help':
      case 'h':
        return { kind: 'help' };
      case 'version':
        return { kind: 'version' };
      case 'lenient':
        only('eval');
        noValue();
        o.lenient = true;
        break;
      case 'format':
        o.format = value() as Format;
        break;
      case 'lines':
        noValue();
        o.lines = true;
        break;
      case 'strict':
        noValue();
        o.strict = true;
        break;
      case 'quiet':
      case 'q':
        noValue();
        o.quiet = true;
        break;
      case 'jobs': {
        const v = value();
        if (!/^[1-9]\d{0,2}$/.test(v))
          throw usageError(`invalid value "${v}" for --jobs; allowed values: an integer from 1 to 999`);
        o.jobs = Number(v);
        break;
      }
      case 'scheme':
        only('transliterate');
        o.scheme = value() as TransliterationScheme;
        break;
      case 'reverse':
        only('transliterate');
        noValue();
        o.reverse = true;
        break;
      case 'preset':
        only('normalize');
        o.normalize.preset = value() as never;
        break;
      case 'whitespace':
        if (o.command === 'tokenize') {
          noValue();
          o.whitespace = true;
          break;
        }
        only('normalize');
        o.normalize.whitespace = value() as never;
        break;
      case 'clitics':
        only('tokenize');
        noValue();
        o.clitics = true;
        break;
      case 'no-clitics':
        only('tokenize');
        noValue();
        o.clitics = false;
        break;
      case 'line-breaks':
        only('sentences', 'tokenize');
        o.sentences.lineBreaks = value() as never;
        break;
      case 'semicolon':
        only('sentences', 'tokenize');
        noValue();
        o.sentences.semicolon = true;
        break;
      case 'abbreviations':
        only('sentences', 'tokenize');
        o.sentences.abbreviations = value()
          .split(',')
          .filter((a) => a !== '');
        break;
      default: {
        const negated = name.startsWith('no-');
        const key = normalizeFlags.get(negated ? name.slice(3) : name);
        if (key === undefined) throw usageError(`unknown flag "${arg}"`);
        only('normalize');
        const allowed: readonly unknown[] = SWITCHES[key].values;
        const takesValue = allowed.some((v) => typeof v === 'string');
        const isBoolean = allowed.includes(true);
        let v: unknown;
        if (negated) {
          noValue();
          if (!isBoolean) throw usageError(`unknown flag "${arg}"`);
          v = false;
        } else if (isBoolean && (inline === undefined || !takesValue)) {
          noValue();
          v = true;
        } else v = value();
        (o.normalize as Record<string, unknown>)[key] = v;
      }
    }
  }
  validate(o, given);
  return { kind: 'run', options: o };
}

/** Checks the combination through the library's own validation, as usage errors. */
function validate(o: CliOptions, given: ReadonlySet<string>): void {
  if (!FORMATS[o.command].includes(o.format)) {
    throw usageError(
      `invalid value "${o.format}" for --format of "${o.command}"; allowed values: ${FORMATS[o.command].join(', ')}`,
    );
  }
  try {
    resolveOptions(o.normalize);
    resolveTokenizeOptions({ whitespace: o.whitespace });
    resolveSentenceOptions(o.sentences);
    transliterate('', o.scheme);
  } catch (e) {
    // The library's own validation, reported with the flag's name from the error's fields.
    if (e instanceof OptionError && e.option !== null) {
      throw usageError(`invalid value ${e.value} for --${kebab(e.option)}; allowed values: ${e.allowed}`);
    }
    throw e;
  }
  if (o.command === 'eval') {
    for (const flag of ['strict', 'jobs', 'lines'])
      if (given.has(flag)) throw usageError(`--${flag} is not a flag of "eval"`);
    if (o.files.length !== 1 || o.files[0] === '-') throw usageError('eval takes exactly one .conllu file');
    return;
  }
  if (o.command === 'tokenize' && o.format !== 'conllu') {
    for (const flag of ['line-breaks', 'semicolon', 'abbreviations'])
      if (given.has(flag))
        throw usageError(`--${flag} of "tokenize" needs --format conllu (only CoNLL-U output splits sentences)`);
  }
  if (o.lines && o.format === 'conllu')
    throw usageError('--lines cannot be used with --format conllu (a sentence block is not one line)');
  if (o.format === 'conllu' && o.whitespace) throw usageError('--whitespace cannot be used with --format conllu');
  const sentenceBased = o.command === 'sentences' || o.format === 'conllu';
  if (o.jobs > 1 && !o.lines && sentenceBased && o.sentences.lineBreaks === 'space') {
    throw usageError('--jobs with --line-breaks space needs --lines: no line break is a safe place to split the input');
  }
}
