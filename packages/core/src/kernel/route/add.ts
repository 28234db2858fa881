// RTM_ADD (ip_rts.c ip_rts_request_common, ip_if.c ip_rt_add / ip_rt_add_v6).
import { RTF, ERRNO } from '../../wire';
import type { Kernel } from '../kernel';
import type { Route } from './table';
import type { RtRequest } from './request';
import { fail, findLocal, isLoopbackAddr, lookupTyped, metricsFrom } from './request';
import { isUnspecified, maskFromPrefix, networkOf } from '../addr';

export function rtAdd(k: Kernel, req: RtRequest): Route {
  const gateway = req.gateway ?? fail(ERRNO.EINVAL);
  let flags = req.flags & ~RTF.DONE;
  if ((flags & RTF.MULTIRT) && !(flags & RTF.HOST)) fail(ERRNO.EADDRNOTAVAIL);
  if ((flags & (RTF.MULTIRT | RTF.SETSRC)) && !(flags & RTF.GATEWAY)) fail(ERRNO.EADDRNOTAVAIL);
  if (req.src !== undefined) {
    if (isLoopbackAddr(req.family, req.src)) fail(ERRNO.EINVAL);
    if (!findLocal(k, req.family, req.src)) fail(ERRNO.EADDRNOTAVAIL);
  } else if (flags & RTF.SETSRC) fail(ERRNO.EINVAL);
  if (req.prefixlen < 0) fail(ERRNO.ENOTSUP);
  const plen = req.prefixlen;
  const dst = networkOf(req.family, req.dst, maskFromPrefix(req.family, plen)); // ire_add masks the destination
  if (isUnspecified(req.family, gateway)) fail(ERRNO.ENETUNREACH);

  const local = findLocal(k, req.family, gateway, req.ifp);
  const onLoopback = isLoopbackAddr(req.family, gateway);
  if (onLoopback) flags &= ~RTF.GATEWAY; // a loopback gateway makes an interface route on lo0
  const same = k.routes.find({ family: req.family, dst, prefixlen: plen });

  let route: Route;
  if (!(flags & RTF.GATEWAY)) {
    // Interface route: the gateway is one of our own addresses.
    const where = local ?? (onLoopback ? findLocal(k, req.family, gateway) : undefined) ?? fail(ERRNO.ENETUNREACH);
    if (req.ifp && req.ifp !== where.phyint) fail(ERRNO.EINVAL);
    if (same.some((r) => r.gateway === gateway && r.ifname === where.phyint.name && (r.type === 'ifroute' || r.type === 'interface' || r.type === 'loopback'))) {
      fail(ERRNO.EEXIST);
    }
    if (onLoopback) flags |= RTF.BLACKHOLE; // no-resolver entry on lo0 (GateD-style reject/blackhole aggregates)
    route = base(req, dst, plen, gateway, where.phyint.name, 'ifroute', flags);
  } else {
    // Gateway route: the gateway must be on-link (an interface route), not one of our addresses.
    const ifname = req.ifp?.name;
    const types: Route['type'][] = (flags & RTF.INDIRECT) ? ['interface', 'ifroute', 'offlink'] : ['interface', 'ifroute'];
    const best = lookupTyped(k, req.family, gateway, ['interface', 'ifroute', 'local', 'loopback', 'offlink'], ifname);
    if (best && (best.type === 'local' || best.type === 'loopback')) fail(ERRNO.ENETUNREACH);
    if (!lookupTyped(k, req.family, gateway, types, ifname)) fail(ERRNO.ENETUNREACH);
    if (same.some((r) => r.type === 'offlink' && r.gateway === gateway && (!ifname || r.ifname === ifname))) fail(ERRNO.EEXIST);
    route = base(req, dst, plen, gateway, ifname ?? '', 'offlink', flags);
  }
  route.id = k.routes.insert(route);
  return route;
}

function base(req: RtRequest, dst: string, plen: number, gateway: string, ifname: string, type: Route['type'], flags: number): Route {
  const metrics = metricsFrom(req);
  return {
    family: req.family, dst, prefixlen: plen, gateway, ifname, type, flags: flags | RTF.UP, ref: 1, use: 0, owner: '',
    ...(req.src ? { setsrc: req.src } : {}),
    ...(Object.keys(metrics).length ? { metrics } : {}),
    ...(req.inits ? { inits: req.inits } : {}),
    ...(req.locks ? { locks: req.locks } : {}),
  };
}
