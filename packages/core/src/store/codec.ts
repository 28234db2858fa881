// The kernel state is small and kept as one JSON document; its 64-bit flag words are bigints,
// written as "0x..." strings under keys that end in "flags".
import type { KernelState } from '../kernel/model';

export function encodeState(state: KernelState): string {
  return JSON.stringify(state, (key, value) => (typeof value === 'bigint' ? `0x${value.toString(16)}` : value));
}

export function decodeState(text: string): KernelState {
  return JSON.parse(text, (key, value) =>
    /flags$/i.test(key) && typeof value === 'string' && value.startsWith('0x') ? BigInt(value) : value) as KernelState;
}
