// netstat(8): main. Parses argv (grammar.ts), refuses the modes the lab does not simulate, then,
// inside one transaction, reads the MIB (requests.ts) and streams the -i, -r and -p rows through
// the printers (printer/).
import { strerror } from '@ipmplab/core/syscalls';
import type { Kernel } from '@ipmplab/core/syscalls';
import { ifNameToIndex, openSession, runToolMain, useNamesOf } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { parseArgs } from './grammar';
import type { NetstatOptions } from './grammar';
import { ChunkedWriter } from './printer/chunked-writer';
import { report } from './requests';
import { AF, familySelected } from './filters';
import { EXIT, MODE, MSG, TOOL } from './messages';

/** if_nametoindex for the -f outif: check, with perror's text on failure. */
function ifIndex(k: Kernel, name: string): { ok: true; index: number } | { ok: false; text: string } {
  const { index, errno } = ifNameToIndex(k, name);
  return index !== 0 ? { ok: true, index } : { ok: false, text: strerror(errno) };
}

/** The first mode of the command line the lab does not simulate, if any. */
export function unsimulatedMode(o: NetstatOptions): string | undefined {
  if (o.dhcp) return MODE.dhcp;
  if (o.interval > 0) return MODE.interval;
  if (o.debug) return MODE.debug;
  if (o.stats) return MODE.stats;
  if (o.streams) return MODE.streams;
  if (o.mrouting) return MODE.mrouting;
  if (o.groups) return MODE.groups;
  if (o.dce) return MODE.dce;
  if (!o.interfaces && !o.routes && !o.arp) {
    // The socket tables (UDP, TCP, SCTP, and AF_UNIX), for whichever families -f selects.
    const f = o.filters;
    if (familySelected(f, AF.INET) || familySelected(f, AF.INET6) || familySelected(f, AF.UNIX)) return MODE.sockets;
  }
  return undefined;
}

export function netstatMain(argv: string[], ioIn: ToolIO): number {
  // Complaints echo the words typed (families, filters, interface names): shown visibly.
  return runToolMain({ tool: TOOL, labOptionMessage: MSG.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    // The state file is opened only when the kernel is needed (an -f outif: name check or
    // the report), so usage errors never create or touch one.
    let session: Session | undefined;
    const open = (): Session => (session ??= openSession(lab.state, io, lab.host));
    useNamesOf(lab.state, io.env, lab.host); // -f host:NAME filters name the host's hosts
    const w = new ChunkedWriter(io.stdout);
    try {
      const parsed = parseArgs(lab.rest, { ifIndex: (name) => open().view((k) => ifIndex(k, name)) });
      if (parsed.kind === 'error') {
        io.stderr(parsed.stderr);
        return parsed.exit;
      }
      const o = parsed.options;
      const refused = unsimulatedMode(o);
      if (refused) {
        io.stderr(MSG.notSimulated(refused));
        return EXIT.NOT_SIMULATED;
      }
      if (!o.interfaces && !o.routes && !o.arp) return EXIT.OK; // e.g. -f 99: no family to report on
      open().view((k) => report(k, o, lab.json, io, w));
      return EXIT.OK;
    } finally {
      w.flush();
      session?.close();
    }
  });
}
