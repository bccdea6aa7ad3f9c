/**
 * `npm run bench`: runs every benchmark and prints one table (or, with `--json`, one JSON
 * document on stdout). Benchmarks import the built package (dist/), as users do.
 */
import { cpus } from 'node:os';
import { measureGroup, table, type Case, type Result } from './harness.ts';
import { MB } from './inputs.ts';
import { MEMORY_OPS, peakExtraMB } from './memory.ts';
import { normalizeCases } from './normalize.bench.ts';
import { sentenceCases } from './sentences.bench.ts';
import { tokenizeCases, tokenizeScalingCases } from './tokenize.bench.ts';

const json = process.argv.includes('--json');
const log = (s: string) => { if (!json) console.log(s); };

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}`;
log(`arabic-text benchmarks on ${machine}\n`);

/** Cases are grouped by benchmark and input: each group is measured in interleaved rounds (see measureGroup). */
function byInput(cases: Case[]): Case[][] {
  const groups = new Map<string, Case[]>();
  for (const c of cases) groups.set(`${c.group}/${c.input}`, [...(groups.get(`${c.group}/${c.input}`) ?? []), c]);
  return [...groups.values()];
}

const results: Result[] = [];
for (const group of [...byInput(normalizeCases()), tokenizeCases(), tokenizeScalingCases(), sentenceCases()]) {
  if (!json) process.stderr.write(`  measuring ${group.length} cases on ${group[0]!.input}…\n`);
  results.push(...measureGroup(group));
}

const memory = MEMORY_OPS.map((op) => ({ op, input: 'news 4 MB', peakExtraMB: peakExtraMB(op, 4 * MB) }));

if (json) console.log(JSON.stringify({ machine, results, memory }, null, 2));
else {
  log(`\n${table(results)}`);
  log(`\nPeak extra memory (RSS, child process):\n${memory.map((m) => `  ${m.op.padEnd(12)} ${m.input}: ${m.peakExtraMB.toFixed(1)} MB`).join('\n')}`);
}
