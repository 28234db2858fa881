// ipmpstat(8): the conversation with in.mpathd. main() of ipmpstat.c in its order: the
// grammar (grammar.ts), ofmt_open (its complaints die, or warn for unknown fields in human
// mode), then in.mpathd (one consistent snapshot, read without the write lock) and the walk
// (report.ts). -p checks that some interface probes, then that the caller may listen, and
// then prints probe results as in.mpathd records them until it is killed.
import { ipmpSnapshot, probeEventsSince } from '@ipmplab/core/syscalls';
import type { IpmpSnapshot, ProbeEvent } from '@ipmplab/core/syscalls';
import { guard, jsonText, openSession, takeLabOptions, visStderr } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { parseIpmpstatArgs } from './grammar';
import { EXIT, IPMPSTAT, MSG } from './messages';
import { fieldContext, jsonRecords, modeRows, openReport, printSnapshot } from './report';
import type { Ofmt } from './ofmt';
import type { FieldContext } from './fields';

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

/** The window height ofmt repeats the header at: the terminal's rows, else 24. */
export function windowRows(io: ToolIO): number {
  if (!io.isTTY) return 24;
  const rows = process.stdout.rows;
  return typeof rows === 'number' && rows > 0 ? rows : 24;
}

export function ipmpstatMain(argv: string[], ioIn: ToolIO, hooks: ProbeLoopHooks = FOREVER): number {
  // Complaints echo the words typed (field names): shown visibly.
  const io = visStderr(ioIn);
  return guard(IPMPSTAT, io, () => {
    const lab = takeLabOptions(argv);
    if (lab.error) {
      io.stderr(MSG.labOption(lab.error));
      return EXIT.LAB_OPTION;
    }
    const parsed = parseIpmpstatArgs(lab.rest);
    if (parsed.kind === 'error') {
      io.stderr(parsed.stderr);
      return parsed.exit;
    }
    const args = parsed.args;
    const ctx = fieldContext(args.numeric || lab.json);
    const opened = openReport(args.mode, ctx, { fields: args.fields, parsable: args.parsable, rows: windowRows(io) });
    if (opened.status !== 'SUCCESS') {
      if (opened.status !== 'EBADFIELDS' || args.parsable) {
        io.stderr(MSG.die(opened.message ?? ''));
        return EXIT.FAILURE;
      }
      io.stderr(MSG.warn(opened.message ?? ''));
    }
    const ofmt = opened.handle!;
    // The state file is opened only now: a usage or field error never creates or touches one.
    const session = openSession(lab.state, io);
    try {
      if (args.mode === 'p') return probeOutput(session, io, ofmt, ctx, lab.json, hooks);
      const snap = session.view((k) => ipmpSnapshot(k));
      if (!snap) {
        io.stderr(MSG.noDaemon);
        return EXIT.FAILURE;
      }
      if (lab.json) io.stdout(`${jsonText(jsonRecords(modeRows(args.mode, snap), ofmt.fields), undefined, 2)}\n`);
      else io.stdout(printSnapshot(args.mode, snap, ofmt));
      return EXIT.OK;
    } finally {
      session.close();
    }
  });
}

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
function probeOutput(
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
    io.stderr(MSG.noDaemon);
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
