// Duplicate Address Detection (ip_arp.c / ip_ndp.c; reference ipmp-semantics §5).
// An UP address that needs DAD is not "ready" until its probes finish; the up notifications
// (IFINFO, NEWADDR, ADD) wait for that. A conflict marks it DUPLICATE and takes it down; the
// kernel retries after _dup_recovery.
import { IFF } from '../../wire';
import type { Family, Ill, Ipif, Phyint, Timer, TimerKind } from '../model';
import type { Kernel, TimerHandler } from '../kernel';
import { addTimer, cancelTimers } from '../timers';
import { isUnspecified } from '../addr';
import { lifName } from './names';
import { addIpifRoutes, deleteIpifRoutes } from '../route/interface-routes';
import { sendAddrMsgs, sendIfinfo } from '../rtsock/emit';
import { groupOf, isBound } from '../ipmp/group';
import { announceAddress } from '../ndp/announce';

/**
 * How long DAD takes once the link is running. IPv4: _arp_fastprobe_delay (100 ms) then
 * _arp_fastprobe_count (3) probes _arp_fastprobe_interval (150 ms) apart on links that report
 * their state; IPv6: one neighbour solicitation and RetransTimer (1000 ms).
 */
export const DAD_MS: Record<Family, number> = { inet: 100 + 3 * 150, inet6: 1000 };
/** _dup_recovery: 300000 ms between recovery attempts. */
export const DUP_RECOVERY_MS = 300_000;

interface Target {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
}

/** Whether bringing this address up runs DAD (ipif_nce_start_dad): resolver links only. */
export function needsDad(k: Kernel, t: Target): boolean {
  const flags = k.flagsOf(t);
  if ((flags & (IFF.LOOPBACK | IFF.VIRTUAL | IFF.UNNUMBERED)) !== 0n) return false;
  if ((flags & IFF.IPMP) !== 0n) {
    // Probed through the member it is bound to; with no active member it is ready at once.
    const g = groupOf(k, t.phyint);
    if (!g || !isBound(g, t.ipif.id, t.ill.family)) return false;
  }
  if (t.ill.family === 'inet' && (flags & IFF.NOARP) !== 0n) return false;
  return !isUnspecified(t.ill.family, t.ipif.addr);
}

function linkRunning(t: Target): boolean {
  return (t.phyint.flags & IFF.RUNNING) !== 0n;
}

/** ipif_up_notify: IFINFO (unit 0), NEWADDR, ADD. */
export function notifyUp(k: Kernel, t: Target): void {
  t.ipif.ready = true;
  k.dirty = true;
  sendIfinfo(k, t);
  sendAddrMsgs(k, t, 'ADD');
  announceAddress(k, t.phyint, t.ill.family, t.ipif);
}

const sameAddress = (t: Target, timer: Timer) =>
  timer.name === t.phyint.name && timer.family === t.ill.family && timer.id === t.ipif.id;

/** Starts (or restarts) DAD for an UP address; notifies at once when none is needed. */
export function startDad(k: Kernel, t: Target, recovery = false): void {
  cancelTimers(k, (x) => x.kind === 'dad' && sameAddress(t, x));
  t.ipif.ready = false;
  k.dirty = true;
  if (!needsDad(k, t)) {
    notifyUp(k, t);
    return;
  }
  if (!linkRunning(t)) return; // DAD completes only while the link runs; link-up restarts it
  addTimer(k, { at: k.now + DAD_MS[t.ill.family], kind: 'dad', name: t.phyint.name, family: t.ill.family, id: t.ipif.id, addr: t.ipif.addr, recovery });
}

function findTarget(k: Kernel, timer: Timer): Target | undefined {
  const phyint = k.state.phyints[timer.name];
  const ill = phyint?.ills[timer.family];
  const ipif = ill?.ipifs.find((i) => i.id === timer.id);
  if (!phyint || !ill || !ipif || ipif.addr !== timer.addr) return undefined;
  return { phyint, ill, ipif };
}

/** The NIC that sends DAD's probes for an address: its own, or for an IPMP data address the group's nominee. */
function probingLink(k: Kernel, t: Target): string | undefined {
  if (k.state.links[t.phyint.name]) return t.phyint.name;
  const g = Object.values(k.state.groups ?? {}).find((x) => x.ifname === t.phyint.name);
  return g?.nominee[t.ill.family] ?? g?.active[t.ill.family]?.[0];
}

/**
 * Another host that owns the address: one the lab declares (ipmplab dad conflict), else one on
 * the probing NIC's segment that answers for it (the defender keeps its address).
 */
function conflictFor(k: Kernel, t: Target): { mac: string } | undefined {
  const declared = k.state.conflicts.find((c) => c.addr === t.ipif.addr);
  if (declared) return declared;
  const link = k.network && probingLink(k, t);
  const mac = link && k.network!.defender(t.ill.family, link, t.ipif.addr);
  return mac ? { mac } : undefined;
}

export function onDadTimer(k: Kernel, timer: Timer): void {
  const t = findTarget(k, timer);
  if (!t || (t.ipif.flags & IFF.UP) === 0n || t.ipif.ready) return;
  const conflict = conflictFor(k, t);
  if (conflict) {
    markDuplicate(k, t, conflict.mac, !timer.recovery);
    return;
  }
  if (timer.recovery) k.log('NOTICE', `recovered address ${t.ipif.addr} on ${lifName(t.phyint.name, t.ipif.id)}`);
  notifyUp(k, t);
}

/** A conflict: log, set DUPLICATE, take the address down, arm recovery. */
export function markDuplicate(k: Kernel, t: Target, mac: string, warn = true): void {
  if (warn) k.log('WARNING', `${lifName(t.phyint.name, t.ipif.id)} has duplicate address ${t.ipif.addr} (in use by ${mac}); disabled`);
  t.ipif.flags = (t.ipif.flags | IFF.DUPLICATE) & ~IFF.UP;
  t.ipif.ready = false;
  deleteIpifRoutes(k, t.phyint, t.ill, t.ipif);
  sendIfinfo(k, t);
  sendAddrMsgs(k, t, 'DELETE');
  armRecovery(k, t);
}

export function armRecovery(k: Kernel, t: Target, at = k.now + DUP_RECOVERY_MS): void {
  if ((t.ipif.flags & (IFF.DHCPRUNNING | IFF.TEMPORARY)) !== 0n) return; // left to dhcpagent / in.ndpd
  cancelTimers(k, (x) => x.kind === 'dad-recovery' && sameAddress(t, x));
  addTimer(k, { at, kind: 'dad-recovery', name: t.phyint.name, family: t.ill.family, id: t.ipif.id, addr: t.ipif.addr });
}

export function onRecoveryTimer(k: Kernel, timer: Timer): void {
  const t = findTarget(k, timer);
  if (!t || (t.ipif.flags & IFF.DUPLICATE) === 0n) return;
  if (!linkRunning(t)) return; // retried on link-up
  if (conflictFor(k, t)) {
    armRecovery(k, t);
    return;
  }
  // ipif_do_recovery: clear DUPLICATE and bring the address up again through DAD.
  t.ipif.flags = (t.ipif.flags & ~IFF.DUPLICATE) | IFF.UP;
  addIpifRoutes(k, t.phyint, t.ill, t.ipif);
  startDad(k, t, true);
}

/** A conflicting host appears for an address that is already up: the kernel loses it at once. */
export function conflictOnUpAddress(k: Kernel, t: Target, mac: string): void {
  if ((t.ipif.flags & IFF.UP) === 0n) return;
  cancelTimers(k, (x) => x.kind === 'dad' && sameAddress(t, x));
  markDuplicate(k, t, mac);
}


/** The kernel's own timer kinds, for the host's timer table (host/host.ts). */
export const DAD_TIMERS = { dad: onDadTimer, 'dad-recovery': onRecoveryTimer } satisfies Partial<Record<TimerKind, TimerHandler>>;
