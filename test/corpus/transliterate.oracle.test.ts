/**
 * Buckwalter against the real thing: Debian's Encode::Arabic::Buckwalter (libencode-arabic-perl,
 * installed by .ci/run), both ways, on the UD Arabic-PUD text, both Quran texts and every single
 * code point of the Arabic blocks. Every difference must be one of the deliberate choices of
 * docs/transliteration.md, and their counts are the ones the doc states. Skipped with a visible
 * notice where perl or the module is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transliterate, untransliterate } from '../../src/index.ts';
import { hasGold, loadGold } from './ud.ts';

const PERL = `
use strict; use warnings; use Encode; use Encode::Arabic::Buckwalter;
my $dir = shift @ARGV;
binmode STDIN, ':raw'; binmode STDOUT, ':raw';
local $/ = "\\n";
while (my $line = <STDIN>) {
  chomp $line;
  # encode takes characters and gives bytes (characters it does not map as their UTF-8);
  # decode takes those bytes back.
  print $dir eq 'encode' ? encode('buckwalter', decode('utf8', $line)) : encode('utf8', decode('buckwalter', $line)), "\\n";
}`;

const hasOracle = spawnSync('perl', ['-MEncode::Arabic::Buckwalter', '-e', '1']).status === 0;
if (!hasOracle) {
  console.warn(
    '\n[oracle] NOTICE: perl with Encode::Arabic::Buckwalter is absent (apt-get install libencode-arabic-perl); the Buckwalter oracle test is SKIPPED.\n',
  );
}

/** Encode::Arabic on each line (no line may hold a line break). */
function oracle(direction: 'encode' | 'decode', lines: readonly string[]): string[] {
  const r = spawnSync('perl', ['-e', PERL, direction], { input: `${lines.join('\n')}\n`, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`perl failed: ${r.stderr}`);
  const out = r.stdout.toString('utf8').split('\n');
  out.pop();
  return out;
}

/** The input characters at which two equally long outputs differ, counted. */
function differences(
  inputs: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  inputs.forEach((input, k) => {
    const a = ours[k]!;
    const b = theirs[k]!;
    expect(a.length, `line ${k}`).toBe(b.length);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) counts.set(input[i]!, (counts.get(input[i]!) ?? 0) + 1);
  });
  return counts;
}

const u = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const show = (counts: Map<string, number>) =>
  [...counts].map(([c, n]) => `${/[\x20-\x7e]/.test(c) ? c : u(c)} ${n}`).join(', ') || 'none';

/** The deliberate differences (docs/transliteration.md): the combining madda and hamzas. */
const FORWARD_DIFFERENCES = new Set(['\u0653', '\u0654', '\u0655']);
const REVERSE_DIFFERENCES = new Set(['^', '#', '=']);

const quran = (name: string) => {
  const path = fileURLToPath(new URL(`../../../shared/data/quran/${name}`, import.meta.url));
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => /^\d+\|\d+\|/.test(l))
    : null;
};

/** Compares both directions on `lines`; returns the difference counts. */
function compare(lines: readonly string[]): { forward: Map<string, number>; reverse: Map<string, number> } {
  const ours = lines.map((l) => transliterate(l, 'buckwalter'));
  const forward = differences(lines, ours, oracle('encode', lines));
  for (const c of forward.keys()) expect(FORWARD_DIFFERENCES.has(c), `undocumented difference at ${u(c)}`).toBe(true);
  // Reverse: both read the same Buckwalter text (ours, which holds every code).
  const reverse = differences(
    ours,
    ours.map((l) => untransliterate(l, 'buckwalter')),
    oracle('decode', ours),
  );
  for (const c of reverse.keys()) expect(REVERSE_DIFFERENCES.has(c), `undocumented difference at "${c}"`).toBe(true);
  return { forward, reverse };
}

const doc = readFileSync(new URL('../../docs/transliteration.md', import.meta.url), 'utf8');

describe.skipIf(!hasOracle)('Buckwalter against Encode::Arabic::Buckwalter', () => {
  it('every single code point of the Arabic blocks, and every printable ASCII character back', () => {
    const blocks: Array<[number, number]> = [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x0870, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ];
    const lines: string[] = [];
    for (const [a, b] of blocks) for (let cp = a; cp <= b; cp++) lines.push(String.fromCodePoint(cp));
    const { forward } = compare(lines);
    console.log(`[oracle] every Arabic code point (${lines.length}): differences ${show(forward)}`);
    expect([...forward.keys()].sort()).toEqual([...FORWARD_DIFFERENCES].sort());
    const ascii = Array.from({ length: 0x5f }, (_, k) => String.fromCharCode(0x20 + k));
    const reverse = differences(
      ascii,
      ascii.map((c) => untransliterate(c, 'buckwalter')),
      oracle('decode', ascii),
    );
    console.log(`[oracle] every printable ASCII character back: differences ${show(reverse)}`);
    expect([...reverse.keys()].sort()).toEqual([...REVERSE_DIFFERENCES].sort());
  });

  it.skipIf(!hasGold)('the UD Arabic-PUD text: no difference either way', () => {
    const lines = loadGold().flatMap((d) => d.text.split('\n'));
    const { forward, reverse } = compare(lines);
    console.log(`[oracle] UD Arabic-PUD (${lines.length} docs): forward ${show(forward)}; reverse ${show(reverse)}`);
    expect(forward.size + reverse.size).toBe(0);
  });

  it.each([
    ['quran-uthmani.txt', 'Quran (Uthmani)'],
    ['quran-simple.txt', 'Quran (Simple)'],
  ])('%s: only the documented differences, as many as the doc says', (file, label) => {
    const lines = quran(file);
    if (lines === null) {
      console.warn(`[oracle] NOTICE: ../shared/data/quran/${file} is absent; SKIPPED`);
      return;
    }
    const { forward, reverse } = compare(lines);
    const total = [...forward.values()].reduce((a, b) => a + b, 0);
    console.log(`[oracle] ${label}: forward ${total} (${show(forward)}); reverse ${show(reverse)}`);
    const stated = [...forward].map(([c, n]) => `${u(c)} ${n.toLocaleString('en')}`).join(', ') || 'none';
    expect(doc).toContain(`${label} ${total.toLocaleString('en')} code points`);
    expect(doc).toContain(`(${stated})`);
  });
});
