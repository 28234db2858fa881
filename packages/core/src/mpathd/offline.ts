// Offline and undo-offline, as if_mpadm asks for them (mpd_tables.c phyint_offline,
// phyint_undo_offline; the MI_OFFLINE / MI_UNDO_OFFLINE handlers in mpd_main.c).
import { IFF, ERRNO } from '../wire';
import type { Kernel } from '../kernel/kernel';
import type { MpathdResult } from './types';
import { activeForData, changeFlags, groupMembers, hasFlag, usable } from './members';
import { activateAnother, transitionToRunning, groupState } from './transitions';
import { mpathdMemory } from './memory';
import { duplicateMac } from './hwaddr';

export function mpathdOffline(k: Kernel, ifname: string, minred: number): MpathdResult {
  const st = mpathdMemory(k);
  const p = st?.running ? st.phyints[ifname] : undefined;
  if (!st || !p) return { code: 'EUNKIF' };
  if (!p.group) return { code: 'EMINRED' }; // anonymous-group members cannot stand in for each other
  const others = groupMembers(st, p.group).filter((m) => m !== p);
  const failed = groupState(k, st, p.group) === 'failed';
  const spare = others.filter((m) => (failed ? !hasFlag(k, m, IFF.OFFLINE) : usable(k, m))).length;
  if (spare < minred) return { code: 'EMINRED' };
  const wasActive = activeForData(k, p);
  changeFlags(k, p, IFF.OFFLINE, IFF.INACTIVE);
  p.state = 'offline';
  k.dirty = true;
  if (wasActive) activateAnother(k, st, p);
  return { code: 'SUCCESS' };
}

export function mpathdUndoOffline(k: Kernel, ifname: string): MpathdResult {
  const st = mpathdMemory(k);
  const p = st?.running ? st.phyints[ifname] : undefined;
  if (!st || !p) return { code: 'EUNKIF' };
  if (p.state !== 'offline') return { code: 'FAILURE', errno: ERRNO.EINVAL };
  if (p.hwdup || duplicateMac(k, st, p)) return { code: 'EHWADDRDUP' };
  changeFlags(k, p, 0n, IFF.OFFLINE);
  k.dirty = true;
  if (!hasFlag(k, p, IFF.RUNNING)) {
    p.state = 'failed';
    changeFlags(k, p, IFF.FAILED, IFF.INACTIVE);
    return { code: 'SUCCESS' };
  }
  p.state = 'running';
  transitionToRunning(k, st, p, true, groupState(k, st, p.group) === 'failed');
  return { code: 'SUCCESS' };
}
