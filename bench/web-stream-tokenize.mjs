// Tokenizes a file through the Web Streams API (file → TextDecoderStream → createTokenStream, or
// createTokenBatchStream with --batch) and prints the number of tokens: the memory and
// throughput benchmark's Web Streams paths.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createTokenBatchStream, createTokenStream } from '../dist/index.js';

const [file, mode] = process.argv.slice(2);
const bytes = Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 16 }));
const text = bytes.pipeThrough(new TextDecoderStream());
let count = 0;
if (mode === '--batch') {
  for await (const batch of text.pipeThrough(createTokenBatchStream())) {
    for (const token of batch) if (token.end > token.start) count++;
  }
} else {
  for await (const token of text.pipeThrough(createTokenStream())) {
    if (token.end > token.start) count++;
  }
}
console.log(count);
