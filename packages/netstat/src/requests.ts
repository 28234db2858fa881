// netstat's conversation with the kernel: the MIB reads behind -i, -r and -p (mibget() of
// netstat.c: the address, route and net-to-media tables, through the MIB2 dumps), handed to the
// printers, or as JSON.
import { mibAddrs, mibNetToMedia, mibRoutes } from '@ipmplab/core/syscalls';
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
import { arpFlags, printArpTable, printNdpTable } from './printer/net-to-media';
import { AF, familySelected } from './filters';

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

  const media = (family: Family) => (familySelected(o.filters, family === 'inet' ? AF.INET : AF.INET6) ? mibNetToMedia(k, family) : []);

  if (json) {
    const numeric = makeNames(true);
    const sections: [string, Iterable<unknown>][] = [];
    if (o.interfaces) sections.push(['interfaces', interfaceRecords(addrs, ifOpts, numeric)]);
    if (o.routes) sections.push(['routes', routeRecords(routes, routeOpts)]);
    if (o.arp) {
      sections.push(['neighbours', (['inet', 'inet6'] as const).flatMap((f) => media(f).map((r) => ({
        family: f, interface: r.ifname, address: r.addr, mac: r.mac, state: r.state, type: r.type, flags: arpFlags(r),
      })))]);
    }
    if (sections.length === 1) {
      jsonArray(w, sections[0][1], '');
      w.write('\n');
      return;
    }
    sections.forEach(([name, records], i) => {
      w.write(`${i === 0 ? '{' : ','}\n  "${name}": `);
      jsonArray(w, records, '  ');
    });
    w.write('\n}\n');
    return;
  }

  if (o.timestamp) w.line(formatTimestamp(o.timestamp, k.now, io.env.TZ));
  const emit = (line: string) => w.line(line);
  if (o.interfaces) printInterfaces(addrs, ifOpts, emit);
  if (o.routes) printRoutes(routes, routeOpts, emit);
  if (o.arp) {
    if (familySelected(o.filters, AF.INET)) printArpTable(media('inet'), names, emit);
    if (familySelected(o.filters, AF.INET6)) printNdpTable(media('inet6'), names, emit);
  }
}
