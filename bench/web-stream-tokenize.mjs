// Tokenizes a file through the Web Streams API (file → TextDecoderStream → createTokenStream)
// and prints the number of tokens: the memory benchmark's second path.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createTokenStream } from '../dist/index.js';

const bytes = Readable.toWeb(createReadStream(process.argv[2], { highWaterMark: 1 << 16 }));
let count = 0;
for await (const token of bytes.pipeThrough(new TextDecoderStream()).pipeThrough(createTokenStream())) {
  if (token.end > token.start) count++;
}
console.log(count);
