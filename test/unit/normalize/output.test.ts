import { describe, expect, it } from 'vitest';
import { Output } from '../../../src/normalize/output.ts';

describe('Output', () => {
  it('returns the input itself while nothing differs', () => {
    const text = 'سلام';
    const out = new Output(text, true);
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i), i, text.length - i - 1);
    expect(out.buf).toBe(null);
    expect(out.text_()).toBe(text);
    expect(Array.from(out.offsets())).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps lone surrogates through its output', () => {
    const units = [0x61, 0xd800, 0x62, 0xdc00, 0xd83d, 0xde00];
    const text = String.fromCharCode(...units);
    const out = new Output(text, false);
    out.drop(text.length);
    for (const u of units) out.push(u, 0, 0);
    expect(out.text_()).toBe(text);
  });
});
