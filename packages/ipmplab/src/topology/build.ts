// `ipmplab init --topology`: a checked Topology made into the lab, through the same requests the
// commands use one by one: init (the lab becomes one fresh host, renamed as the file's first
// host), host add, segment add, plug; then each host's boot lines in file order, run as
// `ipmplab batch` runs a line, on that host. Like `ipmplab reboot`, each line is echoed as
// "+ LINE", a failing one does not stop the others, and the failures are listed at the end
// (exit status 1).
import { openSession, vis, withSharedSessions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import type { LabContext } from '../context';
import { EXIT, errorText } from '../messages';
import type { Outcome } from '../outcome';
import { bootCommand } from '../requests/boot';
import { hostAdd, hostRename, plugCommand, segmentAdd } from '../requests/network';
import { runToolLine } from '../requests/batch';
import type { ToolMain } from '../requests/tools';
import type { Topology } from './schema';

export function buildTopology(io: ToolIO, statePath: string, host: string | undefined, t: Topology, lab: ToolMain, realNow: () => number = Date.now): number {
  return withSharedSessions(() => {
    const session = openSession(statePath, io, host);
    const ctx: LabContext = { session, io };
    const show = (o: Outcome) => o.lines.forEach((l) => io.stdout(`${l}\n`));
    const [first, ...others] = t.hosts;
    try {
      // init's own line names the state file; the host's name is what this lab is about.
      const booted = bootCommand(ctx, first.links, realNow, first.release).json as { links: string[] };
      const was = session.hostName();
      if (was !== first.name) hostRename(ctx, was, first.name);
      io.stdout(`ipmplab: host ${first.name} booted with links ${booted.links.join(' ')}\n`);
    } finally {
      session.close();
    }
    // The lab's default host is now the first one; the rest are added as `host add` adds them.
    const labCtx: LabContext = { session: openSession(statePath, io, first.name), io };
    try {
      for (const h of others) show(hostAdd(labCtx, h.name, h.links, h.release, realNow));
      for (const s of t.segments ?? []) show(segmentAdd(labCtx, s));
      for (const c of t.cables ?? []) show(plugCommand(labCtx, c.host, c.link, c.segment));
    } finally {
      labCtx.session.close();
    }
    return runBootLines(io, statePath, t, lab);
  });
}

/** Every host's boot lines, in file order, each on its host; exit status 1 when one failed. */
function runBootLines(io: ToolIO, statePath: string, t: Topology, lab: ToolMain): number {
  const failed: { host: string; line: string }[] = [];
  for (const h of t.hosts) {
    const lines = (h.boot ?? []).filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    io.stdout(`ipmplab: host ${h.name}: running its boot commands\n`);
    for (const line of lines) {
      // The words come from the file: shown visibly.
      io.stdout(`+ ${vis(line.trim())}\n`);
      if (runToolLine(io, statePath, line, h.name, lab) !== undefined) failed.push({ host: h.name, line: line.trim() });
    }
  }
  if (failed.length === 0) return EXIT.OK;
  io.stderr(`ipmplab: ${errorText('topologyBootFailed', { count: failed.length, s: failed.length === 1 ? '' : 's' })}\n`);
  for (const f of failed) io.stderr(`ipmplab: ${vis(errorText('topologyBootFailedLine', { host: f.host, line: f.line }))}\n`);
  return EXIT.FAILED;
}
