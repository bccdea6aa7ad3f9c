/**
 * The README's Performance figures from one complete run: `npm run --silent bench -- --json >
 * bench.json`, then `npx tsx bench/readme-section.ts bench.json` prints them, and `--write`
 * replaces what stands between the README's `<!-- bench:start -->` and `<!-- bench:end -->`
 * markers (the prose around them says what changed, by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Result } from './harness.ts';
import type { StreamingRow } from './streaming.ts';
import type { TargetRow } from './targets.ts';

interface Report {
  machine: string;
  results: Result[];
  memory: Array<{ op: string; input: string; allocatedMB: number; retainedMB: number }>;
  streaming: StreamingRow[];
  targets: TargetRow[];
}

const [file, flag] = process.argv.slice(2);
if (file === undefined || (flag !== undefined && flag !== '--write')) {
  console.error('usage: npx tsx bench/readme-section.ts bench.json [--write]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;

/** The rows of the excerpt: what each operation is called in the report, and here. */
const ROWS: Array<[string, string]> = [
  ['normalize clean', '`normalize` clean'],
  ['normalize search', '`normalize` search'],
  ['tokenSpans', '`tokenSpans`'],
  ['tokenize', '`tokenize`'],
  ['sentenceSpans', '`sentenceSpans`'],
  ['clitic splitting (splitClitics on every Arabic word)', '`splitClitics` on every Arabic word'],
];
const INPUTS = ['news', 'UD Arabic-PUD', 'Tanzil Quran (Uthmani)'];

const fixed = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratios = (r: Result) =>
  Object.entries(r.ratios)
    .map(([name, ratio]) => `${fixed(ratio)}× ${name}`)
    .join(', ');

function excerpt(): string {
  const lines = ['| operation | input | Mchar/s | vs baselines |', '| --- | --- | --- | --- |'];
  for (const [name, label] of ROWS) {
    for (const input of INPUTS) {
      const r = report.results.find((x) => x.name === name && x.input === input);
      if (r === undefined) continue;
      const items = r.itemsPerS === null ? '' : ` (${(r.itemsPerS / 1e6).toFixed(1)}M items/s)`;
      lines.push(`| ${label} | ${input} | ${fixed(r.mcharPerS)}${items} | ${ratios(r)} |`);
    }
  }
  return lines.join('\n');
}

function targets(): string {
  const lines = ['| target | ratio | goal |', '| --- | --- | --- |'];
  for (const t of report.targets) {
    const value = t.value === undefined ? 'not measured' : `${t.value.toFixed(2)}× ${t.met ? 'met' : 'MISSED'}`;
    lines.push(`| ${t.what} | ${value} | ${t.goal} |`);
  }
  return lines.join('\n');
}

function memory(): string {
  const at8 = report.memory.filter((m) => m.input.includes('8M'));
  return at8.map((m) => `\`${m.op}\` ${fixed(m.allocatedMB)} / ${fixed(m.retainedMB)} MB`).join(', ');
}

function streaming(): string {
  const largest = Math.max(...report.streaming.map((r) => r.sizeMB));
  return report.streaming
    .filter((r) => r.sizeMB === largest)
    .map((r) => `${r.path}: ${fixed(r.maxRssMB)} MB peak RSS, ${fixed(r.mbPerSecond)} MB/s`)
    .join('; ');
}

const largestFile = Math.max(...report.streaming.map((r) => r.sizeMB)).toFixed(0);
const section = `One complete run of \`npm run bench\` on ${report.machine}, each case in a fresh process
(generated inputs of 4M code units; UD Arabic-PUD and the Quran as they are):

${excerpt()}

Issue 15's targets, on UD Arabic-PUD repeated to 4M code units:

${targets()}

Memory of one call on 8M code units of news, allocated / retained: ${memory()}.

Streaming a ${largestFile} MB file (Node's own ~43 MB included): ${streaming()}.`;

if (flag === '--write') {
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) {
    console.error('readme-section: README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
    process.exit(1);
  }
  writeFileSync(readme, `${text.slice(0, start)}<!-- bench:start -->\n${section}\n${text.slice(end)}`);
} else console.log(section);
