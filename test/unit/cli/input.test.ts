import { describe, expect, it } from 'vitest';
import { scanUtf8 } from '../../../src/chars/utf8.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('scanUtf8', () => {
  it('accepts well-formed UTF-8 and stops before an incomplete sequence at the end', () => {
    const text = new TextEncoder().encode('نعم 👍');
    expect(scanUtf8(text)).toEqual({ end: text.length, error: -1 });
    expect(scanUtf8(text.subarray(0, text.length - 1))).toEqual({ end: text.length - 4, error: -1 });
  });

  it('finds the first byte that starts no valid sequence, as TextDecoder({ fatal: true }) rejects', () => {
    const cases = [
      bytes(0x61, 0xff),
      bytes(0xc0, 0x80),
      bytes(0xe0, 0x80, 0x80),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0x61, 0x80),
      bytes(0xe2, 0x28, 0xa1),
    ];
    for (const b of cases) {
      expect(scanUtf8(b).error).toBeGreaterThanOrEqual(0);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b)).toThrow();
    }
    expect(scanUtf8(bytes(0x61, 0x62, 0xff)).error).toBe(2);
  });
});
