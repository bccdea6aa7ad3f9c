import { describe, expect, it } from 'vitest';
import { SpareBuffers } from '../../../src/cli/spare-buffers.ts';

describe('SpareBuffers', () => {
  it('gives a buffer back out when it is large enough, and makes one otherwise', () => {
    const spares = new SpareBuffers(16, 4, 64);
    const first = spares.take(10);
    expect(first.byteLength).toBe(16);
    spares.give(first);
    expect(spares.take(12)).toBe(first);
    spares.give(first);
    const larger = spares.take(20);
    expect(larger).not.toBe(first);
    expect(larger.byteLength).toBe(20);
    expect(spares.take(0)).toBe(first);
  });

  it('keeps at most `count` buffers, none larger than `maxSize`, and no detached one', () => {
    const spares = new SpareBuffers(16, 2, 64);
    const kept = [new ArrayBuffer(16), new ArrayBuffer(16), new ArrayBuffer(16)];
    for (const b of kept) spares.give(b);
    spares.give(new ArrayBuffer(128));
    const detached = new ArrayBuffer(32);
    structuredClone(detached, { transfer: [detached] });
    spares.give(detached);
    const out = [spares.take(1), spares.take(1), spares.take(1)];
    expect(out.filter((b) => kept.includes(b))).toHaveLength(2);
    expect(out[2]!.byteLength).toBe(16);
    expect(kept).not.toContain(out[2]);
  });
});
