// Loaded with `node --import`: reports the process's peak resident set size when it exits, on
// stderr as one tagged line, for bench/streaming.ts. Not part of the package.
//
// The peak is VmHWM from /proc/self/status: the high-water mark of this process image. Not
// process.resourceUsage().maxRSS: Linux carries ru_maxrss over fork and exec, so a child spawned
// by a large parent (the benchmark runner, 277 MB) reported the parent's peak.
import { readFileSync, writeSync } from 'node:fs';

function peakKB() {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Number(line[1]);
  } catch {
    /* not Linux: fall back below */
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  writeSync(2, `\n@rss-probe ${JSON.stringify({ maxRssKB: peakKB() })}\n`);
});
