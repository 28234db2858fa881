// `ipmplab init` / `reset` / `reboot`: reboot the kernel inside the state file, in one write
// transaction. The journal is kept on purpose: its sequence numbers must keep growing, because
// rtmon readers follow them across a reboot. init and reset give a new machine, on the real
// clock at the wall time (its journal times may step back, as a host's whose clock was set);
// `ipmplab reboot` restarts the same host, which keeps its clock.
// It is part of the core because it edits the kernel document (what survives a reboot); the
// lab only asks for it.
import { bootInto, kernelNow, saveState, loadState } from '../store/transaction';
import { newDisk } from '../store/files';
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
 * Boots a fresh kernel with `links` (default: the links the old kernel had, else net0..net3)
 * running `opts.release` (default: the old kernel's release; a state written before releases
 * were recorded is illumos and stays without the field).
 */
export function reboot(db: Db, links: string[] | undefined, realNow: () => number = Date.now, opts: RebootOptions = {}): Rebooted {
  db.exec('BEGIN IMMEDIATE');
  try {
    const old = loadState(db);
    const names = links ?? (old ? Object.keys(old.links) : DEFAULT_LINKS);
    const now = old && opts.keepWorld ? kernelNow(old, realNow) : realNow();
    const state = bootInto(db, names, now);
    const release = opts.release ?? old?.release;
    if (release) state.release = release;
    if (old && opts.keepWorld) {
      state.clock = { mode: old.clock.mode, now };
      keepWorld(old, state);
    }
    if (release || (old && opts.keepWorld)) saveState(db, state);
    // init and reset give a new machine: its disk holds the stock files only.
    if (!opts.keepWorld) newDisk(db);
    db.exec('COMMIT');
    return { links: names, clock: state.clock, release: state.release ?? 'illumos' };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
