import { describe, expect, it } from 'vitest';
import { slabBytes, slabCopy } from './slab';

describe('slab-carved byte arrays', () => {
  it('are zeroed, apart, aligned to 8 bytes, and share their slab', () => {
    const a = slabBytes(13);
    const b = slabBytes(40);
    expect([...a]).toEqual(new Array(13).fill(0));
    expect(a.buffer).toBe(b.buffer);
    expect(b.byteOffset).toBe(a.byteOffset + 16);
    a.fill(0xff);
    expect([...b]).toEqual(new Array(40).fill(0));
    expect(b.byteOffset % 8).toBe(0);
  });

  it('start a new slab when the last one is full, never carving the old one again', () => {
    const first = slabBytes(8);
    let next = slabBytes(4096);
    while (next.buffer === first.buffer) next = slabBytes(4096);
    expect(next.byteOffset).toBe(0);
    expect([...next].every((x) => x === 0)).toBe(true);
  });

  it('give a large array a buffer of its own', () => {
    const big = slabBytes(4097);
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(4097);
  });

  it('copy what they are given', () => {
    const from = [10, 0, 0, 1];
    const c = slabCopy(from);
    from[0] = 99;
    expect([...c]).toEqual([10, 0, 0, 1]);
    expect(c).toBeInstanceOf(Uint8Array);
  });
});
