// Another host on the link claims an address (the lab's way to rehearse DAD failures).
import { IFF } from '../../wire';
import type { Kernel } from '../kernel';
import { canonical, familyOf } from '../addr';
import { conflictOnUpAddress } from './dad';
import { KernelError, ERRNO } from '../../wire';

/** Hardware address the lab gives to the other host. */
export const CONFLICT_MAC = '0:1b:21:9a:7c:44';

export function addConflict(k: Kernel, text: string, mac = CONFLICT_MAC): string {
  const family = familyOf(text);
  const addr = family && canonical(family, text);
  if (!family || !addr) throw new KernelError(ERRNO.EINVAL);
  if (!k.state.conflicts.some((c) => c.addr === addr)) k.state.conflicts.push({ addr, mac });
  k.dirty = true;
  // An address already up and defended loses it at once.
  for (const phyint of Object.values(k.state.phyints)) {
    const ill = phyint.ills[family];
    for (const ipif of ill?.ipifs ?? []) {
      if (ipif.addr === addr && (ipif.flags & IFF.UP) !== 0n && ipif.ready) conflictOnUpAddress(k, { phyint, ill: ill!, ipif }, mac);
    }
  }
  return addr;
}

export function removeConflict(k: Kernel, text: string): boolean {
  const family = familyOf(text);
  const addr = family && canonical(family, text);
  const before = k.state.conflicts.length;
  k.state.conflicts = k.state.conflicts.filter((c) => c.addr !== addr);
  k.dirty = true;
  return k.state.conflicts.length !== before;
}
