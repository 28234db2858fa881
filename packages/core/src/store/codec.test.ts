import { describe, it, expect } from 'vitest';
import { decodeState, encodeState } from './codec';
import type { KernelState } from '../kernel/model';

/** The decoding as a JSON.parse reviver, which decodeState's single walk replaced. */
function reviverDecode(text: string): unknown {
  return JSON.parse(text, (key, value) => {
    if (/flags$/i.test(key) && typeof value === 'string' && value.startsWith('0x')) return BigInt(value);
    if ((key === 'groups' || key === 'groupStates') && value !== null && typeof value === 'object') return Object.assign(Object.create(null), value);
    return value;
  });
}

const DOCUMENTS = [
  '{"flags":"0x1000843","Flags":"0xff","ifFLAGS":"0x0","notflag":"0x10","flagsx":"0x1","flags2":"7"}',
  '{"phyints":{"net0":{"ills":{"inet":{"ipifs":[{"flags":"0x1","addr":"10.0.0.1"},{"flags":"0x2"}]}}}}}',
  '{"groups":{"ipmp0":{"flags":"0x4"},"__proto__":{"flags":"0x8"},"constructor":1}}',
  '{"groupStates":{"a":[1,"0x2",{"flags":"0x3"}]},"mpathd":{"groups":["x",{"flags":"0x5"}]}}',
  '{"__proto__":{"flags":"0x9"},"list":[["0x1"],{"lifFlags":"0xA"}],"groups":null,"groupStates":"text"}',
  '{"flag":"0x","other":"0x1"}',
  '[{"flags":"0x1"},"0x2",null,true,3.5]',
  '"0x1"',
  'null',
];

/** The parts of a decoded value a test can see: own keys in order, prototypes, bigints. */
function shape(value: unknown): unknown {
  if (typeof value === 'bigint') return { bigint: value.toString() };
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  const kind = Array.isArray(value) ? 'array' : proto === null ? 'null-proto' : 'object';
  return { kind, entries: Object.keys(value).map((k) => [k, shape((value as Record<string, unknown>)[k])]) };
}

describe('the kernel document codec', () => {
  it('decodes every document as the reviver it replaced did', () => {
    for (const text of DOCUMENTS) expect(shape(decodeState(text)), text).toEqual(shape(reviverDecode(text)));
  });

  it('fails where the reviver failed', () => {
    for (const text of ['{"flags":"0xZZ"}', '{"flags":"0x"}', '{"groups":{"g":{"flags":"0x1g"}}}', '{"flags":']) {
      expect(() => reviverDecode(text)).toThrow();
      expect(() => decodeState(text)).toThrow();
    }
  });

  it('keeps a group named __proto__ as a member, not as a prototype', () => {
    const doc = decodeState('{"groups":{"__proto__":{"flags":"0x8"}}}') as unknown as { groups: Record<string, { flags: bigint }> };
    expect(Object.getPrototypeOf(doc.groups)).toBeNull();
    expect(Object.keys(doc.groups)).toEqual(['__proto__']);
    expect(doc.groups['__proto__']!.flags).toBe(8n);
  });

  it('reads back what it writes, bigint flag words included', () => {
    const state = { flags: 0x1000843n, groups: { ipmp0: { flags: 1n << 40n } } } as unknown as KernelState;
    const back = decodeState(encodeState(state)) as unknown as typeof state & { groups: Record<string, { flags: bigint }> };
    expect((back as unknown as { flags: bigint }).flags).toBe(0x1000843n);
    expect(back.groups.ipmp0!.flags).toBe(1n << 40n);
  });
});
