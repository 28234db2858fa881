// `ipmplab init [--links ...] [--release ...]` and `ipmplab reset`: a freshly booted host in the
// state file.
import { vis } from '@ipmplab/userland';
import type { Release } from '@ipmplab/core/syscalls';
import type { LabContext } from '../context';
import { iso } from '../context';
import { DEFAULT_LINKS, reboot } from '@ipmplab/core/lab';
import { done } from '../outcome';
import { bootIpmgmtd } from './boot-ipmgmtd';
import type { Outcome } from '../outcome';

/**
 * init: the given links, or net0..net3 (the DESIGN's default host, not whatever was there
 * before), running the given release; reset ('keep'): the links and the release the current
 * host has. Either way a new machine, on the real clock at the wall time.
 */
export function bootCommand(ctx: LabContext, links: string[] | 'keep' | undefined, realNow: () => number = Date.now, release?: Release): Outcome {
  const { session } = ctx;
  // init makes the lab this one host again; reset renews only the host the command names.
  const r = reboot(session.db, links === 'keep' ? undefined : links ?? DEFAULT_LINKS, realNow, { release, host: session.host, newLab: links !== 'keep' });
  // The new machine's boot services, as at every boot. An illumos host's new disk already holds
  // what they leave (ipmgmtd's map of lo0's objects); a Solaris 11.4 host's first boot also
  // persists lo0 in ipadm.conf, which takes a transaction of its own.
  if (r.release === 'solaris11') bootIpmgmtd(session);
  return done(
    [`ipmplab: state ${vis(session.path)} booted with links ${r.links.join(' ')}`],
    { state: session.path, links: r.links, release: r.release, clock: { mode: r.clock.mode, now: iso(r.clock.now) } },
  );
}
