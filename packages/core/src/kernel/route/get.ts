// RTM_GET and RTM_CHANGE (ip_rts.c ip_rts_request_common, rts_rtmget).
import { RTF, RTV, RTM, ERRNO, IFF } from '../../wire';
import type { RtMessage, SockaddrSet, DecodedMessage } from '../../wire';
import type { Kernel } from '../kernel';
import type { Route } from './table';
import type { RtRequest } from './request';
import { fail, hostPrefix, metricsFrom, outgoing, testHidden } from './request';
import { maskFromPrefix, networkOf } from '../addr';
import { ifpSockaddr, inetSockaddr } from '../rtsock/emit';

/** The entry a GET (or CHANGE) request designates. */
function designate(k: Kernel, req: RtRequest, useGateway: boolean): Route | undefined {
  const fam = req.family;
  const host = req.prefixlen === hostPrefix(fam);
  if (host) {
    // A host lookup tries the local and loopback entries for that exact address first.
    const local = k.routes.find({ family: fam, dst: req.dst, prefixlen: req.prefixlen })
      .find((r) => r.type === 'local' || r.type === 'loopback');
    if (local) return local;
  }
  const gw = useGateway ? req.gateway : undefined;
  const ifname = req.ifp?.name;
  if (req.netmaskGiven) {
    if (req.prefixlen < 0) return undefined;
    const dst = networkOf(fam, req.dst, maskFromPrefix(fam, req.prefixlen));
    return k.routes.find({ family: fam, dst, prefixlen: req.prefixlen })
      .find((r) => r.type !== 'broadcast' && (!gw || r.gateway === gw) && (!ifname || r.ifname === ifname));
  }
  // Longest-prefix match (broadcast entries only answer for themselves).
  return k.routes.longestMatch(fam, req.dst, (r, plen) =>
    (r.flags & RTF.UP) !== 0 && (r.type !== 'broadcast' || plen === hostPrefix(fam)) &&
    (!gw || r.gateway === gw) && (ifname ? r.ifname === ifname || (r.type === 'offlink' && !r.ifname) : !testHidden(k, r)));
}

export function rtGet(k: Kernel, req: RtRequest, m: DecodedMessage & { header: 'rt' }): RtMessage {
  if (req.src !== undefined) fail(ERRNO.EOPNOTSUPP);
  const r = designate(k, req, true) ?? fail(ERRNO.ESRCH);
  const fam = r.family;
  const out = r.flags & (RTF.REJECT | RTF.BLACKHOLE) ? undefined : outgoing(k, r);
  const ill = out?.ills[fam];
  const sockaddrs: SockaddrSet = {
    DST: inetSockaddr(fam, r.dst),
    GATEWAY: inetSockaddr(fam, r.gateway || (fam === 'inet' ? '0.0.0.0' : '::')),
    NETMASK: inetSockaddr(fam, maskFromPrefix(fam, r.prefixlen)),
  };
  if ((req.ifpGiven || req.ifaGiven) && out && ill) {
    const unit0 = ill.ipifs.find((i) => i.id === 0)!;
    sockaddrs.IFP = ifpSockaddr(k, out, fam);
    sockaddrs.IFA = inetSockaddr(fam, unit0.addr);
    if ((out.flags | ill.flags | unit0.flags) & IFF.POINTOPOINT && unit0.dst) sockaddrs.BRD = inetSockaddr(fam, unit0.dst);
  }
  if (r.setsrc) sockaddrs.SRC = inetSockaddr(fam, r.setsrc);
  const mt = r.metrics ?? {};
  // rts_getmetrics: a route MTU of 0 (none, or set to 0) reports the outgoing interface's.
  const mtu = mt.mtu || ill?.mtu || 0;
  let inits = RTV.RTT | RTV.SSTHRESH | RTV.RTTVAR | RTV.SPIPE | RTV.RPIPE;
  if (mtu) inits |= RTV.MTU;
  if (mt.hopcount !== undefined) inits |= RTV.HOPCOUNT; // the prerouter's hop count (an ipmplab addition)
  return {
    header: 'rt', type: RTM.GET, index: m.index, flags: r.flags | RTF.DONE, pid: m.pid, seq: m.seq, errno: 0, use: m.use, inits,
    metrics: {
      locks: r.locks ?? 0, mtu, hopcount: mt.hopcount ?? 0, expire: 0, recvpipe: mt.recvpipe ?? 0, sendpipe: mt.sendpipe ?? 0,
      ssthresh: mt.ssthresh ?? 0, rtt: (mt.rtt ?? 0) * 1000, rttvar: (mt.rttvar ?? 0) * 1000, pksent: 0,
    },
    sockaddrs,
  };
}

export function rtChange(k: Kernel, req: RtRequest): Route {
  if (req.src !== undefined && !(req.flags & RTF.SETSRC)) fail(ERRNO.EOPNOTSUPP);
  const r = designate(k, req, (req.flags & RTF.SETSRC) !== 0);
  if (!r || (r.flags & RTF.KERNEL)) fail(ERRNO.ESRCH);
  if ((r!.flags & RTF.MULTIRT) !== (req.flags & RTF.MULTIRT)) fail(ERRNO.EINVAL);
  const route = r!;
  if (req.gateway) route.gateway = req.gateway;
  if (req.flags & RTF.SETSRC) route.setsrc = req.src;
  const metrics = metricsFrom(req);
  if (Object.keys(metrics).length) route.metrics = { ...route.metrics, ...metrics };
  if (req.inits) route.inits = (route.inits ?? 0) | req.inits;
  if (req.locks) route.locks = req.locks;
  k.routes.update(route);
  return route;
}
