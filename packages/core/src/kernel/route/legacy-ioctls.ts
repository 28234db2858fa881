// The BSD 4.3 route ioctls (ip_if.c ip_siocaddrt / ip_siocdelrt) with the z/OS prerouter's
// metric rules (seed 003): SIOCADDRT's rt_use is the route's hop count when non-zero, and
// re-issuing SIOCADDRT for an existing route, or SIOMETRIC1RT, changes that metric. Successful
// adds and deletes are announced as RTM_OLDADD / RTM_OLDDEL.
import { RTM, RTF, RTV, RTSQ, ZERO_METRICS, ERRNO, KernelError, AF_INET, AF_INET6 } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import type { IoctlArg, IoctlReply } from '../ioctl-types';
import type { Route } from './table';
import type { RtRequest } from './request';
import { hostPrefix } from './request';
import { canonical, classfulMask, maskFromPrefix, networkOf, prefixFromMask } from '../addr';
import { rtAdd } from './add';
import { rtDelete } from './delete';
import { inetSockaddr } from '../rtsock/emit';

type Legacy = IoctlArg<'SIOCADDRT'>;

function addr(family: Family, text: string): string {
  return canonical(family, text) ?? (() => { throw new KernelError(ERRNO.EINVAL); })();
}

/** rtentry has no mask: a host route, the default, or the destination's classful network. */
function prefixOf(req: Legacy, dst: string): number {
  if (req.prefixlen !== undefined) return req.prefixlen;
  if (req.flags & RTF.HOST) return hostPrefix(req.af);
  if (req.af === 'inet6') throw new KernelError(ERRNO.EINVAL);
  return dst === '0.0.0.0' ? 0 : prefixFromMask('inet', classfulMask(dst));
}

function request(k: Kernel, req: Legacy, type: number): RtRequest {
  const dst = addr(req.af, req.dst);
  const prefixlen = prefixOf(req, dst);
  const ifp = req.ifname ? k.state.phyints[req.ifname] ?? (() => { throw new KernelError(ERRNO.ENXIO); })() : undefined;
  const hop = req.use ?? 0;
  return {
    type, family: req.af, dst, prefixlen, maskGiven: true, netmaskGiven: true, gateway: addr(req.af, req.gateway), ifp,
    ifpGiven: !!ifp, ifaGiven: false, flags: (req.flags & ~RTF.DONE) | RTF.UP,
    inits: hop ? RTV.HOPCOUNT : 0, locks: 0, metrics: { ...ZERO_METRICS, hopcount: hop },
  };
}

function announce(k: Kernel, type: number, r: Route): void {
  k.emit({
    header: 'rt', type, index: r.ifname ? k.state.phyints[r.ifname]?.index ?? 0 : 0, flags: r.flags | RTF.DONE,
    pid: k.caller.pid, seq: 0, errno: 0, use: r.metrics?.hopcount ?? 0, inits: 0, metrics: { ...ZERO_METRICS },
    sockaddrs: {
      DST: inetSockaddr(r.family, r.dst),
      GATEWAY: inetSockaddr(r.family, r.gateway),
      NETMASK: inetSockaddr(r.family, maskFromPrefix(r.family, r.prefixlen)),
    },
  }, RTSQ.ALL, r.family === 'inet' ? AF_INET : AF_INET6);
}

function existing(k: Kernel, req: RtRequest): Route | undefined {
  const dst = networkOf(req.family, req.dst, maskFromPrefix(req.family, req.prefixlen));
  return k.routes.find({ family: req.family, dst, prefixlen: req.prefixlen }).find((r) => r.gateway === req.gateway && !(r.flags & RTF.KERNEL));
}

function setHopcount(k: Kernel, r: Route, hop: number): void {
  r.metrics = { ...r.metrics, hopcount: hop };
  r.inits = (r.inits ?? 0) | RTV.HOPCOUNT;
  k.routes.update(r);
}

export function siocaddrt(k: Kernel, req: IoctlArg<'SIOCADDRT'>): IoctlReply<'SIOCADDRT'> {
  k.requirePrivilege();
  const r = request(k, req, RTM.ADD);
  const old = existing(k, r);
  if (old) {
    // The prerouter's rule: adding an existing route again updates its metric.
    if (req.use) setHopcount(k, old, req.use);
    return {};
  }
  announce(k, RTM.OLDADD, rtAdd(k, r));
  return {};
}

export function siocdelrt(k: Kernel, req: IoctlArg<'SIOCDELRT'>): IoctlReply<'SIOCDELRT'> {
  k.requirePrivilege();
  announce(k, RTM.OLDDEL, rtDelete(k, request(k, req, RTM.DELETE)));
  return {};
}

export function siometric1rt(k: Kernel, req: IoctlArg<'SIOMETRIC1RT'>): IoctlReply<'SIOMETRIC1RT'> {
  k.requirePrivilege();
  const r = request(k, { ...req, flags: req.flags ?? 0 }, RTM.CHANGE);
  const dst = networkOf(r.family, r.dst, maskFromPrefix(r.family, r.prefixlen));
  const route = k.routes.find({ family: r.family, dst, prefixlen: r.prefixlen })
    .find((x) => !(x.flags & RTF.KERNEL) && (!req.gateway || x.gateway === r.gateway));
  if (!route) throw new KernelError(ERRNO.ESRCH);
  setHopcount(k, route, req.metric);
  return {};
}

/**
 * The table with the prerouter's attributes: home routes (this host's own addresses, which go
 * away with their interface) and host routes.
 */
export function routeTable(k: Kernel, req: IoctlArg<'SIOCGRTTABLE'>): IoctlReply<'SIOCGRTTABLE'> {
  const routes = [];
  for (const r of k.routes.all(req.af)) {
    if (r.type === 'broadcast') continue;
    routes.push({
      dst: r.dst, prefixlen: r.prefixlen, gateway: r.gateway, ifname: r.ifname, flags: r.flags,
      hopcount: r.metrics?.hopcount ?? 0,
      home: r.type === 'local' || r.type === 'loopback',
      host: r.prefixlen === hostPrefix(r.family),
      up: (r.flags & RTF.UP) !== 0,
      ref: r.ref,
    });
  }
  return { routes };
}
