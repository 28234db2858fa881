// netstat's conversation with the kernel: the MIB reads behind -i and -r (mibget() of netstat.c:
// the address and route tables, through the MIB2 dumps), handed to the printers, or as JSON.
import { mibAddrs, mibRoutes } from '@ipmplab/core/syscalls';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import type { ToolIO } from '@ipmplab/userland';
import type { NetstatOptions } from './grammar';
import { makeNames } from './names';
import type { ChunkedWriter } from './printer/chunked-writer';
import { printInterfaces, interfaceRecords } from './printer/interfaces';
import type { InterfaceReportOptions } from './printer/interfaces';
import { printRoutes, routeRecords } from './printer/routes';
import type { RouteReportOptions } from './printer/routes';
import { formatTimestamp } from './printer/timestamp';

/** Streams a JSON array of records: `[`, one record per line, `]`. */
function jsonArray<T>(w: ChunkedWriter, records: Iterable<T>, indent: string): void {
  let first = true;
  for (const r of records) {
    w.write(`${first ? '[' : ','}\n${indent}  ${JSON.stringify(r)}`);
    first = false;
  }
  w.write(first ? '[]' : `\n${indent}]`);
}

export function report(k: Kernel, o: NetstatOptions, json: boolean, io: ToolIO, w: ChunkedWriter): void {
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
