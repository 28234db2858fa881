// The lab's hosts as a whole: adding a machine (booted at once, on the lab's clock, with NICs
// of its own), removing one with everything it holds, renaming, choosing the default, power.
// Each runs inside the caller's write transaction.
import type { Db } from '../store/db';
import { addHostRow, defaultHost, hostByName, listHosts, removeHostRows, renameHostRow, setDefaultHost, setHostPower } from '../store/hosts';
import type { HostRow } from '../store/hosts';
import { labClockBesides, rebootHost } from '../lab/reboot';
import type { Rebooted } from '../lab/reboot';
import { DEFAULT_LINKS } from '../kernel/boot';
import type { Release } from '../kernel/model';
import { MAX_HOSTS, refuse } from './refusals';

const named = (db: Db, name: string): HostRow => hostByName(db, name) ?? refuse({ code: 'no-host', host: name });

/** A new machine in the lab, booted: its datalinks (net0..net3 by default) and release. */
export function addHost(db: Db, name: string, links: string[] | undefined, release: Release | undefined, realNow: () => number): Rebooted {
  if (hostByName(db, name)) refuse({ code: 'host-exists', host: name });
  if (listHosts(db).length >= MAX_HOSTS) refuse({ code: 'too-many-hosts', host: name, max: MAX_HOSTS });
  const id = addHostRow(db, name);
  return rebootHost(db, id, links ?? DEFAULT_LINKS, realNow, { release, clock: labClockBesides(db, id) });
}

/** Removes a host with its kernel, routes, disk, journal and cables. */
export function removeHost(db: Db, name: string): void {
  const h = named(db, name);
  if (listHosts(db).length === 1) refuse({ code: 'last-host', host: name });
  if (defaultHost(db).id === h.id) refuse({ code: 'default-host', host: name });
  removeHostRows(db, h.id);
}

export function renameHost(db: Db, from: string, to: string): void {
  const h = named(db, from);
  if (from !== to && hostByName(db, to)) refuse({ code: 'host-exists', host: to });
  renameHostRow(db, h.id, to);
}

/** The host commands act on when they name none; whether it changed. */
export function makeDefaultHost(db: Db, name: string): boolean {
  const h = named(db, name);
  const changed = defaultHost(db).id !== h.id;
  setDefaultHost(db, h.id);
  return changed;
}

/**
 * Power off: nothing runs on the host any more (its timers stop, tools are refused, it answers
 * nothing); its kernel is kept as it stood, for the world a power-on carries over (cables, the
 * NICs' addresses, the console). Whether it changed.
 */
export function powerOff(db: Db, name: string): boolean {
  const h = named(db, name);
  if (!h.power) return false;
  setHostPower(db, h.id, false);
  return true;
}

/**
 * Power on: the host boots (a fresh kernel on the lab's clock, the world carried over, as
 * `ipmplab reboot` does); its persistent configuration is then applied by the caller, as the
 * boot scripts would. Undefined when it was already on.
 */
export function powerOn(db: Db, name: string, realNow: () => number): Rebooted | undefined {
  const h = named(db, name);
  if (h.power) return undefined;
  setHostPower(db, h.id, true);
  return rebootHost(db, h.id, undefined, realNow, { keepWorld: true, clock: labClockBesides(db, h.id) });
}
