// The simulated in.mpathd: it tracks the members of IPMP groups, turns link loss and failed
// probes into FAILED, repairs, keeps standbys INACTIVE or activates them, and logs what it does
// in its own words (mpd_main.c, mpd_probe.c, mpd_tables.c). It runs inside each transaction
// after the command's requests, and on its timers (host/host.ts wires both), acting on the
// kernel only through ioctls and reading it through kernel-view.ts.
import { IFF, ERRNO, KernelError } from '../wire';
import type { Kernel } from '../kernel/kernel';
import { addTimer } from '../kernel/timers';
import type { MpathdPhyint, MpathdState } from './types';
import { LINK_UP_PERMIN } from './types';
import { changeFlags, functioning, groupMembers, hasFlag, log, usable } from './members';
import { ipmpGroups, isIpmpInterface, kernelPhyint, kernelPhyints } from './kernel-view';
import { mpathdMemory, mpathdState } from './memory';
import { fail, groupState, repair } from './transitions';
import { probingEnabled, syncProbing } from './probe';
import { checkHardwareAddresses } from './hwaddr';
import { readDefaults } from './reload';

/** start_ipmp_daemon: ifconfig starts in.mpathd when it creates an IPMP interface. */
export function mpathdStart(k: Kernel): void {
  const st = mpathdState(k);
  if (st.running) return;
  st.running = true;
  readDefaults(k, st);
  k.dirty = true;
}

/** The daemon exits (pkill in.mpathd): failure detection stops until it starts again. */
export function mpathdStop(k: Kernel): void {
  const st = mpathdState(k);
  if (!st.running) return;
  st.running = false;
  k.dirty = true;
}

/** Another host on the links that answers probes (or stops answering). */
export function labHost(k: Kernel, addr: string, up: boolean): void {
  mpathdState(k).hosts[addr] = { up };
  k.dirty = true;
}

/** Lose (or stop losing) every probe sent from one interface. */
export function labProbeLoss(k: Kernel, ifname: string, on: boolean): void {
  if (!kernelPhyint(k, ifname)) throw new KernelError(ERRNO.ENXIO);
  const st = mpathdState(k);
  st.probeLoss = st.probeLoss.filter((n) => n !== ifname);
  if (on) st.probeLoss.push(ifname);
  k.dirty = true;
}

/** Runs in.mpathd over the current kernel state. */
export function mpathdSync(k: Kernel): void {
  const st = mpathdMemory(k);
  if (!st?.running) return;
  discover(k, st);
  for (const p of Object.values(st.phyints).sort((a, b) => a.serial - b.serial)) {
    checkLink(k, st, p);
    syncProbing(k, st, p);
  }
  checkHardwareAddresses(k, st);
  refreshStandbys(k, st);
  refreshGroupStates(k, st);
}

/** initifs: learn the interfaces to track (group members; all with TRACK_..._GROUPS=no). */
function discover(k: Kernel, st: MpathdState): void {
  for (const ph of kernelPhyints(k)) {
    if (isIpmpInterface(ph) || (ph.flags & (IFF.LOOPBACK | IFF.VIRTUAL)) !== 0n) continue;
    const tracked = ph.group !== '' || !st.config.trackOnlyGroups;
    const known = st.phyints[ph.name];
    if (!tracked) {
      if (known) delete st.phyints[ph.name];
      continue;
    }
    if (known && known.group === ph.group) continue;
    // Seen as up so that a link found down is processed (and logged) like a link-down event.
    st.phyints[ph.name] = {
      name: ph.name, group: ph.group, serial: ++st.serial,
      state: (ph.flags & IFF.OFFLINE) !== 0n ? 'offline' : (ph.flags & IFF.FAILED) !== 0n ? 'failed' : 'running',
      linkUp: true, linkUps: [], hwdup: false, probes: {},
    };
    st.groupStates[ph.group] ??= 'failed'; // "Normal groups always start in the PG_FAILED state"
    k.dirty = true;
  }
  for (const name of Object.keys(st.phyints)) if (!kernelPhyint(k, name)) delete st.phyints[name];
}

function checkLink(k: Kernel, st: MpathdState, p: MpathdPhyint): void {
  const running = hasFlag(k, p, IFF.RUNNING);
  if (p.linkUp && !running) {
    p.linkUp = false;
    k.dirty = true;
    log(k, `The link has gone down on ${p.name}`);
    if (p.state === 'running' || p.state === 'noTargets') fail(k, st, p);
    return;
  }
  if (!p.linkUp && running) {
    p.linkUp = true;
    p.linkUps = [...p.linkUps.filter((t) => t > k.now - 60_000), k.now];
    k.dirty = true;
    log(k, `The link has come up on ${p.name}`);
    if (p.linkUps.length > LINK_UP_PERMIN) {
      log(k, `The link has come up on ${p.name} more than ${LINK_UP_PERMIN} times in the last minute; disabling repair until it stabilizes`);
      p.dampedUntil = p.linkUps[0] + 60_000;
      addTimer(k, { at: p.dampedUntil, kind: 'mpathd', name: p.name, family: 'inet', id: 0, addr: 'damping' });
      return;
    }
    if (p.state === 'failed' && !probingEnabled(p)) repair(k, st, p);
    return;
  }
  if (p.state === 'failed' && running && p.dampedUntil !== undefined && k.now >= p.dampedUntil && !probingEnabled(p)) {
    p.dampedUntil = undefined;
    repair(k, st, p);
  }
}

/**
 * phyint_standby_refresh_inactive: a functioning STANDBY member is active only while the group
 * has fewer active members than non-standby ones (and always if none is active).
 */
function refreshStandbys(k: Kernel, st: MpathdState): void {
  const groups = new Set(Object.values(st.phyints).map((p) => p.group));
  for (const g of groups) {
    const members = groupMembers(st, g);
    for (const p of [...members].reverse()) {
      if (!hasFlag(k, p, IFF.STANDBY) || !functioning(k, p) || hasFlag(k, p, IFF.OFFLINE | IFF.FAILED)) continue;
      if (!g) {
        changeFlags(k, p, 0n, IFF.INACTIVE);
        continue;
      }
      const nactive = members.filter((m) => usable(k, m) && !hasFlag(k, m, IFF.INACTIVE)).length;
      const nnonstandby = members.filter((m) => !hasFlag(k, m, IFF.STANDBY)).length;
      if (hasFlag(k, p, IFF.INACTIVE)) {
        if (nactive === 0 || nactive < nnonstandby) changeFlags(k, p, 0n, IFF.INACTIVE);
      } else if (nactive > nnonstandby && nactive > 1) {
        changeFlags(k, p, IFF.INACTIVE, 0n);
      }
    }
  }
}

/** phyint_group_refresh_state and its two log lines. */
function refreshGroupStates(k: Kernel, st: MpathdState): void {
  for (const g of ipmpGroups(k)) {
    const now = groupState(k, st, g.name);
    const was = st.groupStates[g.name] ?? 'failed';
    if (now === was) continue;
    st.groupStates[g.name] = now;
    k.dirty = true;
    if (now === 'failed') log(k, `All IP interfaces in group ${g.name} are now unusable`);
    else if (was === 'failed') {
      const first = groupMembers(st, g.name).reverse().find((m) => usable(k, m));
      if (first) log(k, `At least 1 IP interface (${first.name}) in group ${g.name} is now usable`);
    }
  }
}

