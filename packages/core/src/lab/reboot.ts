// `ipmplab init` / `reset` / `reboot`: reboot the kernel inside the state file, in one write
// transaction. The journal is kept on purpose: its sequence numbers must keep growing, because
// rtmon readers follow them across a reboot. init and reset give a new machine, on the real
// clock at the wall time (its journal times may step back, as a host's whose clock was set);
// `ipmplab reboot` restarts the same host, which keeps its clock.
// It is part of the core because it edits the kernel document (what survives a reboot); the
// lab only asks for it.
import { bootInto, saveState, loadState } from '../store/transaction';
import { newDisk } from '../store/files';
import { listHosts, removeHostRows, resolveHost, setHostPower } from '../store/hosts';
import type { Db } from '../store/open';
import { forgetLearned } from '../mpathd/api';
import { DEFAULT_LINKS } from '../kernel/boot';
import { LINK_DEFAULT_MTU } from '../kernel/link/dld';
import type { ClockState, Release } from '../kernel/model';
import type { HostState } from '../host/host';

export interface Rebooted {
  links: string[];
  clock: ClockState;
  release: Release;
}

export interface RebootOptions {
  /** reboot: the same host (world, clock and console carried over); else a new machine. */
  keepWorld?: boolean;
  /** init: the new host's release; absent, the old host's (illumos for a file without one). */
  release?: Release;
}

/**
 * What a reboot of the host leaves alone: the world around it (cables, other hosts on the
 * links, lost probes), its clock and its console log. Its disk is not in the kernel state: the
 * next in.mpathd reads /etc/default/mpathd when it starts.
 */
function keepWorld(old: HostState, fresh: HostState): void {
  // The NIC comes back with its own MTU and address: what dladm set is applied again at boot
  // from /etc/dladm/datalink.conf, what it set with -t is gone.
  for (const [name, link] of Object.entries(old.links)) {
    if (fresh.links[name]) fresh.links[name] = { ...link, mtu: LINK_DEFAULT_MTU, mac: link.factoryMac ?? link.mac };
  }
  fresh.conflicts = old.conflicts;
  fresh.log = old.log;
  if (old.mpathd) {
    fresh.mpathd = { ...old.mpathd, running: false };
    forgetLearned(fresh.mpathd);
  }
}

/**
 * Boots a fresh kernel on a host with `links` (default: the links the old kernel had, else
 * net0..net3) running `opts.release` (default: the old kernel's release; a state written before
 * releases were recorded is illumos and stays without the field), inside the caller's
 * transaction. The host takes the lab's clock when `clock` gives it (the lab has other hosts
 * running); else a reboot keeps the host's own, and a new machine starts on the real clock at
 * the wall time.
 */
export function rebootHost(db: Db, host: number, links: string[] | undefined, realNow: () => number, opts: RebootOptions & { clock?: ClockState } = {}): Rebooted {
  const old = loadState(db, host);
  const names = links ?? (old ? Object.keys(old.links) : DEFAULT_LINKS);
  const carried = opts.clock ?? (old && opts.keepWorld ? old.clock : undefined);
  const now = carried ? (carried.mode === 'manual' ? carried.now : Math.max(realNow(), carried.now)) : realNow();
  const state = bootInto(db, host, names, now);
  const release = opts.release ?? old?.release;
  if (release) state.release = release;
  if (carried) state.clock = { mode: carried.mode, now };
  if (old && opts.keepWorld) keepWorld(old, state);
  if (release || carried) saveState(db, host, state);
  // init and reset give a new machine: its disk holds the stock files only.
  if (!opts.keepWorld) newDisk(db, host);
  return { links: names, clock: state.clock, release: state.release ?? 'illumos' };
}

/**
 * A new machine in a host's place with other datalinks (ipmplab import: the captured host's
 * NICs), on the lab's clock (or the host's own when it is the lab's only one running), with a
 * fresh disk; cables in NICs it no longer has are gone. Inside the caller's transaction.
 */
export function renewHost(db: Db, name: string, links: string[], realNow: () => number, release?: Release): Rebooted {
  const host = resolveHost(db, name, false).id;
  const clock = labClockBesides(db, host) ?? loadState(db, host)?.clock;
  const r = rebootHost(db, host, links, realNow, { release, clock });
  const ports = Object.values(loadState(db, host)!.links).map((l) => l.device ?? l.name);
  const plugged = db.prepare('SELECT port FROM plugs WHERE host = ?').all(host) as { port: string }[];
  for (const p of plugged) if (!ports.includes(p.port)) db.prepare('DELETE FROM plugs WHERE host = ? AND port = ?').run(host, p.port);
  return r;
}

/** The clock the lab's running hosts share (undefined when no other host is running). */
export function labClockBesides(db: Db, host: number): ClockState | undefined {
  const row = db.prepare("SELECT json_extract(state, '$.clock') AS clock FROM kernel JOIN hosts ON hosts.id = kernel.host WHERE host <> ? AND power = 1 ORDER BY host LIMIT 1")
    .get(host) as { clock: string } | undefined;
  return row ? (JSON.parse(row.clock) as ClockState) : undefined;
}

/**
 * `ipmplab reboot` (keepWorld), `reset` and `init` (newLab: the lab becomes this one host again,
 * its other hosts, segments and cables gone) on the host a command names, in one write
 * transaction.
 */
export function reboot(db: Db, links: string[] | undefined, realNow: () => number = Date.now, opts: RebootOptions & { host?: string; newLab?: boolean } = {}): Rebooted {
  db.exec('BEGIN IMMEDIATE');
  try {
    const host = resolveHost(db, opts.host, !opts.newLab).id;
    if (opts.newLab) {
      for (const h of listHosts(db)) if (h.id !== host) removeHostRows(db, h.id);
      db.exec('DELETE FROM plugs; DELETE FROM segments;');
      setHostPower(db, host, true);
    }
    const clock = opts.newLab ? undefined : labClockBesides(db, host);
    const r = rebootHost(db, host, links, realNow, { ...opts, clock });
    db.exec('COMMIT');
    return r;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
