// in.mpathd's state changes of one member (mpd_tables.c phyint_inst_fail, phyint_repaired,
// phyint_activate_another, phyint_transition_to_running_state) and the group state they are
// judged against: what link checks, probes, hardware-address checks and if_mpadm all lead to.
import { IFF } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { GroupState, MpathdPhyint, MpathdState } from './types';
import { activeForData, changeFlags, functioning, groupMembers, groupPhrase, hasFlag, log, usable } from './members';

/** phyint_inst_fail: FAILED on, INACTIVE off; if it carried data, an INACTIVE member takes over. */
export function fail(k: Kernel, st: MpathdState, p: MpathdPhyint): void {
  const wasActive = activeForData(k, p);
  changeFlags(k, p, IFF.FAILED, IFF.INACTIVE);
  p.state = 'failed';
  k.dirty = true;
  log(k, `IP interface failure detected on ${p.name}${groupPhrase(p)}`);
  if (wasActive) activateAnother(k, st, p);
}

/** phyint_activate_another: an INACTIVE, usable member (a STANDBY one first) becomes active. */
export function activateAnother(k: Kernel, st: MpathdState, p: MpathdPhyint): void {
  if (!p.group) return;
  const candidates = groupMembers(st, p.group).filter((m) => m !== p && hasFlag(k, m, IFF.INACTIVE) && usable(k, m));
  const pick = candidates.find((m) => hasFlag(k, m, IFF.STANDBY)) ?? candidates[0];
  if (pick) changeFlags(k, pick, 0n, IFF.INACTIVE);
}

/** phyint_repaired + phyint_transition_to_running_state. */
export function repair(k: Kernel, st: MpathdState, p: MpathdPhyint): void {
  const groupFailed = p.group !== '' && st.groupStates[p.group] === 'failed';
  log(k, `IP interface repair detected on ${p.name}${groupPhrase(p)}`);
  changeFlags(k, p, 0n, IFF.FAILED);
  if (hasFlag(k, p, IFF.OFFLINE)) return; // the running transition waits for the on-line
  p.state = 'running';
  k.dirty = true;
  transitionToRunning(k, st, p, false, groupFailed);
}

/**
 * phyint_transition_to_running_state: decide whether the interface that came back carries data.
 * nactive counts the other members that are functioning and not INACTIVE.
 */
export function transitionToRunning(k: Kernel, st: MpathdState, p: MpathdPhyint, onlining: boolean, groupFailed: boolean): void {
  if (!p.group) {
    changeFlags(k, p, 0n, IFF.INACTIVE); // anonymous members are never kept inactive
    return;
  }
  const members = groupMembers(st, p.group);
  const others = members.filter((m) => m !== p);
  const nactive = others.filter((m) => functioning(k, m) && !hasFlag(k, m, IFF.INACTIVE | IFF.FAILED | IFF.OFFLINE)).length;
  const nnonstandby = members.filter((m) => !hasFlag(k, m, IFF.STANDBY)).length;
  if (hasFlag(k, p, IFF.STANDBY)) {
    if (nactive >= nnonstandby) changeFlags(k, p, IFF.INACTIVE, 0n);
    else changeFlags(k, p, 0n, IFF.INACTIVE);
    return;
  }
  if (onlining || st.config.failback) {
    changeFlags(k, p, 0n, IFF.INACTIVE);
    if (nactive >= nnonstandby) {
      const standby = others.find((m) => hasFlag(k, m, IFF.STANDBY) && !hasFlag(k, m, IFF.INACTIVE | IFF.FAILED | IFF.OFFLINE));
      if (standby) changeFlags(k, standby, IFF.INACTIVE, 0n);
    }
    return;
  }
  if (!groupFailed) changeFlags(k, p, IFF.INACTIVE, 0n);
}

export function groupState(k: Kernel, st: MpathdState, group: string): GroupState {
  if (!group) return 'ok';
  const members = groupMembers(st, group);
  const n = members.filter((m) => usable(k, m)).length;
  if (members.length === 0 || n === 0) return 'failed';
  return n === members.length ? 'ok' : 'degraded';
}
