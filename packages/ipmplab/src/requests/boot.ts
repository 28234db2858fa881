// `ipmplab init [--links ...]` and `ipmplab reset`: a freshly booted host in the state file.
import { vis } from '@ipmplab/userland';
import type { LabContext } from '../context';
import { iso } from '../context';
import { DEFAULT_LINKS, reboot } from '@ipmplab/core/lab';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

/**
 * init: the given links, or net0..net3 (the DESIGN's default host, not whatever was there
 * before); reset ('keep'): the links the current kernel has. Either way a new machine, on the
 * real clock at the wall time.
 */
export function bootCommand(ctx: LabContext, links: string[] | 'keep' | undefined, realNow: () => number = Date.now): Outcome {
  const { session } = ctx;
  const r = reboot(session.db, links === 'keep' ? undefined : links ?? DEFAULT_LINKS, realNow);
  return done(
    [`ipmplab: state ${vis(session.path)} booted with links ${r.links.join(' ')}`],
    { state: session.path, links: r.links, clock: { mode: r.clock.mode, now: iso(r.clock.now) } },
  );
}
