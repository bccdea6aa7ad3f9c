/**
 * The CLI's byte-level UTF-8 (src/chars/utf8.ts, src/cli/utf8-records.ts), against the
 * platform's encoder and decoder: `--jobs` counts a block's UTF-16 length without decoding it,
 * and tsv and text token records are written straight into bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointAtUtf8, utf16Length } from '../../src/chars/utf8.ts';
import { escapeField } from '../../src/cli/records.ts';
import { Utf8Records } from '../../src/cli/utf8-records.ts';
import { TokenKind } from '../../src/tokenize/kinds.ts';
import { Scanner } from '../../src/tokenize/scanner.ts';
import { anyString, runs } from './arbitraries.ts';

const encoder = new TextEncoder();
// As the CLI decodes: a U+FEFF inside the text is kept.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const joined = (parts: ReadonlyArray<string | Uint8Array>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

describe('UTF-8 laws', () => {
  it('utf16Length(bytes) is the length of the decoded text, at every alignment', () => {
    fc.assert(
      fc.property(anyString, fc.nat({ max: 7 }), (s, shift) => {
        const bytes = encoder.encode(s);
        // The same bytes at another offset in their buffer: the four-byte reads must not depend on it.
        const shifted = new Uint8Array(bytes.length + shift);
        shifted.set(bytes, shift);
        expect(utf16Length(shifted.subarray(shift))).toBe(decoder.decode(bytes).length);
      }),
      runs(),
    );
  });

  it('utf16Length(bytes) is the length of the decoded text past 255 words, where byte lanes are summed', () => {
    // Lanes count up to 255 words at a time: texts of every byte length class around those bounds.
    const units = fc.constantFrom('a', 'ب', '€', '😀', '\u0300');
    fc.assert(
      fc.property(fc.array(units, { minLength: 250, maxLength: 1400 }), (parts) => {
        const bytes = encoder.encode(parts.join(''));
        expect(utf16Length(bytes)).toBe(decoder.decode(bytes).length);
      }),
      runs(200),
    );
    const emoji = encoder.encode('😀'.repeat(3000));
    expect(utf16Length(emoji)).toBe(6000);
  });

  it('codePointAtUtf8 reads the code point at a lead byte, and -1 when it is cut off', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const text = decoder.decode(encoder.encode(s));
        const bytes = encoder.encode(text);
        let k = 0;
        for (const ch of text) {
          const cp = ch.codePointAt(0)!;
          expect(codePointAtUtf8(bytes, k)).toBe(cp);
          const length = encoder.encode(ch).length;
          if (length > 1) expect(codePointAtUtf8(bytes.subarray(0, k + length - 1), k)).toBe(-1);
          k += length;
        }
      }),
      runs(),
    );
  });

  it('Utf8Records writes what TextEncoder writes for the records as strings', () => {
    fc.assert(
      fc.property(anyString, fc.nat({ max: 1e9 }), fc.boolean(), (text, base, tsv) => {
        const records = new Utf8Records(tsv);
        let expected = '';
        for (const s = new Scanner(text, true); s.next(); ) {
          records.write(text, s, base);
          const field = escapeField(text.slice(s.start, s.end));
          expected += tsv ? `${base + s.start}\t${base + s.end}\t${TokenKind.names[s.kind]}\t${field}\n` : `${field}\n`;
        }
        expect(joined(records.take()).equals(Buffer.from(encoder.encode(expected)))).toBe(true);
      }),
      runs(),
    );
  });
});
