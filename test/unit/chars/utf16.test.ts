import { describe, expect, it } from 'vitest';
import { decodeByChunks, decodeUtf16 } from '../../../src/chars/utf16.ts';

describe('decodeUtf16', () => {
  const units = [0x61, 0xd800, 0x62, 0xdc00, 0xd83d, 0xde00];
  const text = String.fromCharCode(...units);

  it('keeps lone surrogates through every decoder: short, Buffer, and the portable one', () => {
    expect(decodeUtf16(Uint16Array.from(units), units.length)).toBe(text);
    const long = Uint16Array.from({ length: 20_001 }, (_, k) => units[k % units.length]!);
    const expected = String.fromCharCode(...long);
    expect(decodeUtf16(long, long.length)).toBe(expected);
    expect(decodeByChunks(Uint16Array.from(units), units.length)).toBe(text);
    expect(decodeByChunks(long, long.length)).toBe(expected);
  });

  it('decodes only the first len code units', () => {
    const buf = new Uint16Array(100).fill(0x0628); // ARABIC LETTER BEH
    expect(decodeUtf16(buf, 40)).toBe('ب'.repeat(40));
    expect(decodeByChunks(buf, 3)).toBe('ببب');
  });
});
