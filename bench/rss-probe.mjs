// Loaded with `node --import`: reports the process's peak resident set size when it exits, on
// stderr as one tagged line, for bench/streaming.ts. Not part of the package.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n@rss-probe ${JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS })}\n`);
});
