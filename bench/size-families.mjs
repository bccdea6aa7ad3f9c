// The size matrix's input families (issue 13): each builds a text of about `n` code units that
// is hard for some scanner, repeated or grown, never fetched. Shared by size-case.mjs and
// size-matrix.ts.
import { existsSync, readFileSync } from 'node:fs';

const repeat = (unit) => (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const FAMILIES = {
  'runs of .': repeat('.'),
  'runs of @': repeat('@'),
  'runs of #': repeat('#'),
  'http:// glued': repeat('http://'),
  'www. glued': repeat('www.'),
  '1,1,1': repeat('1,'),
  '1.1.1.': repeat('1.'),
  '٫٬': repeat('١٫٢٬'),
  'emoji modifiers': repeat('\u{1F3FD}'),
  'ZWJ chains': repeat('👨\u200d'),
  'alternating scripts': repeat('بa'),
  'one word': (n) => 'ب'.repeat(n),
  'د.د.د.': repeat('د.'),
  '«««»»»': (n) => '«'.repeat(n >> 1) + '»'.repeat(n - (n >> 1)),
  'nested URLs': repeat('https://a.org/?u=https://b.org/?v='),
  'space runs': (n) => `ب${' '.repeat(n - 2)}ب`,
  'lone surrogates': repeat('\ud800ب\udc00'),
};

/** Web Streams are fed in pieces of this many code units. */
export const STREAM_CHUNK = 4096;

/**
 * Real text at any size (issue 15's targets, the String.prototype cliff): the UD Arabic-PUD
 * documents from ../shared, one per line, repeated to `n` code units; null when ../shared is
 * absent.
 */
export function pudRepeated(n) {
  const path = new URL('../../shared/data/ud/ar_pud-test.gold.json', import.meta.url);
  if (!existsSync(path)) return null;
  const text = `${JSON.parse(readFileSync(path, 'utf8'))
    .docs.map((d) => d.text)
    .join('\n')}\n`;
  return text.repeat(Math.ceil(n / text.length)).slice(0, n);
}
