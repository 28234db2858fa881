// Reading a host for `ipmplab export`, through the requests a program on it would make: the
// interface list and each logical interface's status as ifconfig -a reads them (SIOCGLIFCONF,
// then ifconfig's own readStatus), the forwarding table as a routing-socket dump (RTM_GET
// messages of NET_RT_DUMP), uname(2), and the host's files.
import { ioctl, dumpRoutes, hostFiles, prefixFromMask, RTF, IFF } from '@ipmplab/core/syscalls';
import type { Kernel, RoutingMessage } from '@ipmplab/core/syscalls';
import { labLinks, parseMpathdDefaults, settingText, MPATHD_SETTINGS } from '@ipmplab/core/lab';
import { MPATHD_DEFAULTS_PATH, STATIC_ROUTES_PATH } from '@ipmplab/core/store';
import { LIFC_ALL } from '@ipmplab/userland';
import { readStatus } from '@ipmplab/ifconfig';
import type { LabContext } from '../context';
import type { ExportHost, ExportRoute } from './model';
import { staticRouteLines } from './shared';

/**
 * The local addresses of the interface routes, in the table's order: routes of one prefix are
 * kept in the order they were made, so this is the order the addresses came up in.
 */
function upOrderOf(dump: RoutingMessage[]): string[] {
  const out: string[] = [];
  for (const m of dump) {
    if (m.header !== 'rt' || (m.flags & (RTF.STATIC | RTF.GATEWAY)) !== 0) continue;
    const gw = m.sockaddrs.GATEWAY;
    if (gw && (gw.family === 'inet' || gw.family === 'inet6')) out.push(`${gw.family} ${gw.addr}`);
  }
  return out;
}

function routesOf(dump: RoutingMessage[]): ExportRoute[] {
  const out: ExportRoute[] = [];
  for (const m of dump) {
    if (m.header !== 'rt' || (m.flags & RTF.STATIC) === 0) continue;
    const dst = m.sockaddrs.DST;
    if (!dst || (dst.family !== 'inet' && dst.family !== 'inet6')) continue;
    const gw = m.sockaddrs.GATEWAY;
    const mask = m.sockaddrs.NETMASK;
    out.push({
      family: dst.family,
      dst: dst.addr,
      prefixlen: mask && mask.family === dst.family ? prefixFromMask(dst.family, mask.addr) : dst.family === 'inet' ? 32 : 128,
      gateway: gw && (gw.family === 'inet' || gw.family === 'inet6') ? gw.addr : '',
      host: (m.flags & RTF.HOST) !== 0,
      viaGateway: (m.flags & RTF.GATEWAY) !== 0,
      reject: (m.flags & RTF.REJECT) !== 0,
      blackhole: (m.flags & RTF.BLACKHOLE) !== 0,
      mtu: m.metrics.mtu,
      hopcount: m.metrics.hopcount,
    });
  }
  return out;
}

/** Every lif but lo0's (the loopback is the kernel's own, on every host). */
function lifsOf(k: Kernel) {
  const entries = ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries;
  return entries.map((e) => readStatus(k, e.name, e.family, true)).filter((s) => (s.flags & IFF.LOOPBACK) === 0n);
}

export function readHost(ctx: LabContext): ExportHost {
  const files = hostFiles(ctx.session.db, ctx.session.hostId());
  return ctx.session.view((k) => {
    const lifs = lifsOf(k);
    const config = parseMpathdDefaults(files.read(MPATHD_DEFAULTS_PATH)).config;
    const defaults = parseMpathdDefaults(undefined).config;
    // One dump of the forwarding table (NET_RT_DUMP) serves the routes and the addresses' order.
    const dump = [...dumpRoutes(k, { underIpmp: true })];
    const links = labLinks(k);
    const mpathd = MPATHD_SETTINGS.filter((key) => settingText(config, key) !== settingText(defaults, key)).map((key) => `${key}=${settingText(config, key)}`);
    return {
      name: ctx.session.hostName(),
      release: ioctl(k, 'UNAME', {}).distribution,
      links: links.map((l) => l.name),
      linkMtus: Object.fromEntries(links.map((l) => [l.name, l.mtu])),
      lifs,
      routes: routesOf(dump),
      upOrder: upOrderOf(dump),
      persistent: staticRouteLines(files.read(STATIC_ROUTES_PATH)),
      mpathd,
      mpathdFile: mpathd.length ? files.read(MPATHD_DEFAULTS_PATH) : undefined,
      offline: [...new Set(lifs.filter((s) => (s.flags & IFF.OFFLINE) !== 0n).map((s) => s.name))],
    };
  });
}
