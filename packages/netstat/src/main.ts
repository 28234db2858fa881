// netstat(8): the conversation with the kernel. Parses argv (grammar.ts), refuses the modes the
// lab does not simulate, then reads the MIB inside one transaction and prints -i and -r
// (printer/interfaces.ts, printer/routes.ts), streaming the rows.
import { ioctl, KernelError, mibAddrs, mibRoutes, strerror, ERRNO } from '@ipmplab/core/syscalls';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import { ifNameToIndex, openSession, runToolMain, useNamesOf } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { parseArgs } from './grammar';
import type { NetstatOptions } from './grammar';
import { AF, familySelected } from './filters';
import { EXIT, MODE, MSG, TOOL } from './messages';
import { makeNames } from './names';
import { printInterfaces, interfaceRecords } from './printer/interfaces';
import type { InterfaceReportOptions } from './printer/interfaces';
import { printRoutes, routeRecords } from './printer/routes';
import type { RouteReportOptions } from './printer/routes';
import { formatTimestamp } from './printer/timestamp';

/** Output is handed to the process in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/** Collects lines and hands them to `out` in chunks (never the whole report at once). */
export class ChunkedWriter {
  private chunk = '';

  constructor(private readonly out: (text: string) => void) {}

  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= CHUNK) this.flush();
  }

  line(text: string): void {
    this.write(`${text}\n`);
  }

  flush(): void {
    if (this.chunk) {
      this.out(this.chunk);
      this.chunk = '';
    }
  }
}

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
  if (o.arp) return MODE.arp;
  if (o.dce) return MODE.dce;
  if (!o.interfaces && !o.routes) {
    // The socket tables (UDP, TCP, SCTP, and AF_UNIX), for whichever families -f selects.
    const f = o.filters;
    if (familySelected(f, AF.INET) || familySelected(f, AF.INET6) || familySelected(f, AF.UNIX)) return MODE.sockets;
  }
  return undefined;
}

/** Streams a JSON array of records: `[`, one record per line, `]`. */
function jsonArray<T>(w: ChunkedWriter, records: Iterable<T>, indent: string): void {
  let first = true;
  for (const r of records) {
    w.write(`${first ? '[' : ','}\n${indent}  ${JSON.stringify(r)}`);
    first = false;
  }
  w.write(first ? '[]' : `\n${indent}]`);
}

function report(k: Kernel, o: NetstatOptions, json: boolean, io: ToolIO, w: ChunkedWriter): void {
  const names = makeNames(o.numeric);
  const mtus = new Map<string, number>();
  const addrs = (family: Family) => mibAddrs(k, family);
  for (const family of ['inet', 'inet6'] as const) for (const a of addrs(family)) mtus.set(`${family}/${a.phys}`, a.mtu);
  const ifOpts: InterfaceReportOptions = { all: o.all, ifname: o.ifname, filters: o.filters, names };
  const routeOpts: RouteReportOptions = {
    all: o.all, verbose: o.verbose, filters: o.filters, names,
    mtu: (ifname, family) => mtus.get(`${family}/${ifname.split(':')[0]}`) ?? 0,
  };
  const routes = (family: Family) => mibRoutes(k, family);

  if (json) {
    if (o.interfaces && o.routes) {
      w.write('{\n  "interfaces": ');
      jsonArray(w, interfaceRecords(addrs, ifOpts, makeNames(true)), '  ');
      w.write(',\n  "routes": ');
      jsonArray(w, routeRecords(routes, routeOpts), '  ');
      w.write('\n}\n');
    } else if (o.interfaces) {
      jsonArray(w, interfaceRecords(addrs, ifOpts, makeNames(true)), '');
      w.write('\n');
    } else {
      jsonArray(w, routeRecords(routes, routeOpts), '');
      w.write('\n');
    }
    return;
  }

  if (o.timestamp) w.line(formatTimestamp(o.timestamp, k.now, io.env.TZ));
  const emit = (line: string) => w.line(line);
  if (o.interfaces) printInterfaces(addrs, ifOpts, emit);
  if (o.routes) printRoutes(routes, routeOpts, emit);
}

export function netstatMain(argv: string[], ioIn: ToolIO): number {
  // Complaints echo the words typed (families, filters, interface names): shown visibly.
  return runToolMain({ tool: TOOL, labOptionMessage: MSG.labOption, labOptionExit: EXIT.LAB_OPTION }, argv, ioIn, (lab, io) => {
    // The state file is opened only when the kernel is needed (an -f outif: name check or
    // the report), so usage errors never create or touch one.
    let session: Session | undefined;
    const open = (): Session => (session ??= openSession(lab.state, io));
    useNamesOf(lab.state, io.env); // -f host:NAME filters name the host's hosts
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
      if (!o.interfaces && !o.routes) return EXIT.OK; // e.g. -f 99: no family to report on
      open().view((k) => report(k, o, lab.json, io, w));
      return EXIT.OK;
    } finally {
      w.flush();
      session?.close();
    }
  });
}
