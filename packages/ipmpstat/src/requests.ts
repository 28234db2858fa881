// ipmpstat's conversation with in.mpathd for -p (ipmpstat.c probe_output): the checks, then
// the loop that polls for probe results and prints each as it comes.
import { ipmpSnapshot, probeEventsSince } from '@ipmplab/core/syscalls';
import type { IpmpSnapshot, ProbeEvent } from '@ipmplab/core/syscalls';
import { jsonText } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { EXIT, MSG, NO_DAEMON } from './messages';
import { jsonRecords } from './printer/report';
import type { Ofmt } from '@ipmplab/userland';
import type { FieldContext } from './printer/fields';

/** How often -p looks for new probe results. */
export const PROBE_POLL_MS = 100;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** What the -p loop needs from the world; tests replace it to run a bounded loop. */
export interface ProbeLoopHooks {
  /** Blocks for about ms milliseconds. */
  sleep(ms: number): void;
  /** Asked before every poll; true ends the loop (the real tool only ends when killed). */
  stop(): boolean;
}

export const FOREVER: ProbeLoopHooks = {
  sleep: (ms) => {
    Atomics.wait(pause, 0, 0, ms);
  },
  stop: () => false,
};

/** probe_enabled_cbfunc over walk_if: interfaces whose PROBE is not "disabled". */
export function probingInterfaces(s: IpmpSnapshot): number {
  return s.interfaces.filter((i) => i.probe !== 'disabled').length;
}

/**
 * probe_output: refuse when nothing probes or when the caller is not privileged, note the
 * start time, then poll. Each poll reads a snapshot; the snapshot first fires kernel timers
 * that are due on a real clock (in its own short write transaction, only when one is due), so
 * probes happen while ipmpstat watches. With a manual clock nothing happens until someone
 * advances it. Every line is written (and so flushed) as soon as it is formatted.
 */
export function probeOutput(
  session: Session,
  io: ToolIO,
  ofmt: Ofmt<unknown>,
  ctx: FieldContext,
  json: boolean,
  hooks: ProbeLoopHooks,
): number {
  const first = session.view((k) => {
    const snap = ipmpSnapshot(k);
    return snap && { snap, now: k.now };
  });
  if (!first) {
    io.stderr(NO_DAEMON[ctx.release].probe);
    return EXIT.FAILURE;
  }
  if (probingInterfaces(first.snap) === 0) {
    io.stderr(MSG.probingDisabled);
    return EXIT.FAILURE;
  }
  if (!session.caller.privileged) {
    io.stderr(MSG.probePrivileges);
    return EXIT.FAILURE;
  }
  ctx.probeStart = first.now;
  let seen = first.now;
  for (;;) {
    if (hooks.stop()) return EXIT.OK;
    hooks.sleep(PROBE_POLL_MS);
    const events: ProbeEvent[] = session.view((k) => probeEventsSince(k, seen));
    for (const e of events) {
      if (e.at > seen) seen = e.at;
      if (json) io.stdout(`${jsonText(jsonRecords([e], ofmt.fields)[0])}\n`);
      else io.stdout(ofmt.print(e));
    }
  }
}
