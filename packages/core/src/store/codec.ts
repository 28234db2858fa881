// The kernel state is small and kept as one JSON document; its 64-bit flag words are bigints,
// written as "0x..." strings under keys that end in "flags".
import type { KernelState } from '../kernel/model';
import type { HostState } from '../mpathd/memory';

export function encodeState(state: KernelState): string {
  return JSON.stringify(state, (key, value) => (typeof value === 'bigint' ? `0x${value.toString(16)}` : value));
}

/** Maps keyed by IPMP group names, which users choose freely: decoded without a prototype. */
const NAME_MAPS = new Set(['groups', 'groupStates']);

/** The document of a host: the kernel's state with in.mpathd's memory (kernel-schema.ts checks it). */
export function decodeState(text: string): HostState {
  return JSON.parse(text, (key, value) => {
    if (/flags$/i.test(key) && typeof value === 'string' && value.startsWith('0x')) return BigInt(value);
    if (NAME_MAPS.has(key) && value !== null && typeof value === 'object') return Object.assign(Object.create(null), value);
    return value;
  }) as HostState;
}
