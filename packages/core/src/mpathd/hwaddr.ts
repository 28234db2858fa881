// Members whose hardware address is not unique in their group (mpd_tables.c phyint_offline /
// phyint_undo_offline from phyint_link_notify): in.mpathd takes the later one offline, and puts
// it back online once its address is unique again. ipmpstat shows them with the `h` flag.
import { IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { MpathdPhyint, MpathdState } from './types';
import { activeForData, changeFlags, groupMembers, hasFlag, log } from './members';
import { activateAnother, transitionToRunning, groupState } from './transitions';
import { hardwareAddress } from './kernel-view';

function macOf(k: Kernel, p: MpathdPhyint): string | undefined {
  return hardwareAddress(k, p.name);
}

/** Whether another online member of p's group has p's hardware address. */
export function duplicateMac(k: Kernel, st: MpathdState, p: MpathdPhyint): boolean {
  if (!p.group) return false;
  const mac = macOf(k, p);
  return groupMembers(st, p.group).some((m) => m !== p && !hasFlag(k, m, IFF.OFFLINE) && macOf(k, m) === mac);
}

export function checkHardwareAddresses(k: Kernel, st: MpathdState): void {
  const groups = new Set(Object.values(st.phyints).map((p) => p.group).filter((g) => g !== ''));
  for (const g of groups) {
    // Oldest first: the member that was there first keeps the address.
    const members = groupMembers(st, g).reverse();
    for (const p of members) {
      const mac = macOf(k, p);
      const clash = members.some((m) => m !== p && m.serial < p.serial && !m.hwdup && !hasFlag(k, m, IFF.OFFLINE) && macOf(k, m) === mac);
      if (clash && !p.hwdup && !hasFlag(k, p, IFF.OFFLINE)) {
        const wasActive = activeForData(k, p);
        p.hwdup = true;
        p.state = 'offline';
        changeFlags(k, p, IFF.OFFLINE, IFF.INACTIVE);
        log(k, `IP interface ${p.name} has a hardware address which is not unique in group ${g}; offlining`);
        if (wasActive) activateAnother(k, st, p);
        k.dirty = true;
      } else if (!clash && p.hwdup) {
        p.hwdup = false;
        changeFlags(k, p, 0n, IFF.OFFLINE);
        log(k, `IP interface ${p.name} now has a unique hardware address in group ${g}; onlining`);
        p.state = hasFlag(k, p, IFF.RUNNING) ? 'running' : 'failed';
        if (p.state === 'running') transitionToRunning(k, st, p, true, groupState(k, st, g) === 'failed');
        k.dirty = true;
      }
    }
  }
}
