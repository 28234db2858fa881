// in.mpathd's questions about the interfaces it tracks (mpd_tables.c phyint_is_functioning,
// phyint_is_usable, group membership) and the flag changes it makes (change_pif_flags).
import { IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { Family, Phyint } from '../kernel/model';
import { FAMILIES } from '../kernel/model';
import { ioctl } from '../kernel/ioctl';
import type { MpathdPhyint, MpathdState } from './types';
import { kernelPhyint, lifsOf } from './kernel-view';

/** The kernel's interface of a tracked one. */
function phyintOf(k: Kernel, p: MpathdPhyint): Phyint | undefined {
  return kernelPhyint(k, p.name);
}

export function hasFlag(k: Kernel, p: MpathdPhyint, bit: bigint): boolean {
  const ph = phyintOf(k, p);
  return !!ph && (ph.flags & bit) !== 0n;
}

/** Functioning: running (or without targets and not FAILED). */
export function functioning(k: Kernel, p: MpathdPhyint): boolean {
  return p.state === 'running' || (p.state === 'noTargets' && !hasFlag(k, p, IFF.FAILED));
}

export function hasUpAddress(k: Kernel, p: MpathdPhyint): boolean {
  const ph = phyintOf(k, p);
  return !!ph && FAMILIES.some((f) => lifsOf(k, ph.name, f).some((i) => (i.flags & IFF.UP) !== 0n));
}

/** Usable: functioning with at least one UP address (and not offline). */
export function usable(k: Kernel, p: MpathdPhyint): boolean {
  return functioning(k, p) && hasUpAddress(k, p) && !hasFlag(k, p, IFF.OFFLINE);
}

/** The kernel's notion of active for data (ipmp_ill_is_active, either family). */
export function activeForData(k: Kernel, p: MpathdPhyint): boolean {
  return hasUpAddress(k, p) && !hasFlag(k, p, IFF.FAILED | IFF.INACTIVE | IFF.OFFLINE);
}

/** Members of a group that in.mpathd tracks, newest first. */
export function groupMembers(st: MpathdState, group: string): MpathdPhyint[] {
  return Object.values(st.phyints).filter((p) => p.group === group).sort((a, b) => b.serial - a.serial);
}

/** change_pif_flags: set and clear phyint flags through SIOCSLIFFLAGS, as root. */
export function changeFlags(k: Kernel, p: MpathdPhyint, on: bigint, off: bigint): void {
  const ph = phyintOf(k, p);
  if (!ph) return;
  const af = FAMILIES.find((f) => ph.ills[f]);
  if (!af) return;
  k.asRoot(() => {
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: ph.name, af });
    const next = (flags | on) & ~off;
    if (next !== flags) ioctl(k, 'SIOCSLIFFLAGS', { name: ph.name, af, flags: next });
  });
}

export function log(k: Kernel, text: string): void {
  k.log('NOTICE', text, 'in.mpathd');
}

export function groupPhrase(p: MpathdPhyint): string {
  return p.group ? ` of group ${p.group}` : '';
}
