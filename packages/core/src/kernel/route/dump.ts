// The atomic dump GateD relies on (BSD sysctl NET_RT_DUMP / NET_RT_IFLIST): the whole forwarding
// table and the interface list as a series of routing messages, built from one consistent
// snapshot (the caller runs it inside one transaction). Underlying IPMP interfaces are left out
// for sockets that are not RTAW_UNDER_IPMP aware, as they are from every other message.
import { RTM, RTF, ZERO_METRICS, IFF } from '../../wire';
import type { RoutingMessage, SockaddrSet } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import { walkFamily } from '../if/lifconf';
import { ifpSockaddr, inetSockaddr, illType, isUnderIpmp } from '../rtsock/emit';
import { maskFromPrefix, UNSPEC } from '../addr';

export interface DumpOptions {
  /** RTAW_UNDER_IPMP: include interfaces under IPMP. */
  underIpmp?: boolean;
  /** Only this family (SO_PROTOTYPE). */
  family?: Family;
}

export function* dumpRoutes(k: Kernel, opts: DumpOptions = {}): Generator<RoutingMessage> {
  for (const r of k.routes.all(opts.family)) {
    const phyint = r.ifname ? k.state.phyints[r.ifname] : undefined;
    if (phyint && isUnderIpmp(phyint) && !opts.underIpmp) continue;
    const sockaddrs: SockaddrSet = {
      DST: inetSockaddr(r.family, r.dst),
      GATEWAY: inetSockaddr(r.family, r.gateway || UNSPEC[r.family]),
      NETMASK: inetSockaddr(r.family, maskFromPrefix(r.family, r.prefixlen)),
    };
    if (phyint) sockaddrs.IFP = ifpSockaddr(k, phyint, r.family);
    yield {
      header: 'rt', type: RTM.GET, index: phyint?.index ?? 0, flags: r.flags | RTF.DONE, pid: 0, seq: 0, errno: 0,
      use: r.use, inits: 0, metrics: { ...ZERO_METRICS, mtu: r.metrics?.mtu ?? 0, hopcount: r.metrics?.hopcount ?? 0 }, sockaddrs,
    };
  }
}

export function* dumpInterfaces(k: Kernel, opts: DumpOptions = {}): Generator<RoutingMessage> {
  for (const fam of (opts.family ? [opts.family] : ['inet', 'inet6']) as Family[]) {
    for (const e of walkFamily(k, fam)) {
      if (isUnderIpmp(e.phyint) && !opts.underIpmp) continue;
      const flags = k.flagsOf(e);
      if (e.ipif.id === 0) {
        yield {
          header: 'if', type: RTM.IFINFO, index: e.phyint.index, flags: Number(flags & 0xffffffffn),
          data: { type: illType(k, e.phyint, fam), addrlen: 0, hdrlen: 0, mtu: e.ill.mtu, metric: e.ill.metric },
          sockaddrs: { IFP: ifpSockaddr(k, e.phyint, fam) },
        };
      }
      yield {
        header: 'ifa', type: RTM.NEWADDR, index: e.phyint.index, flags: (flags & IFF.UP) !== 0n ? RTF.UP : 0, metric: e.ill.metric,
        sockaddrs: {
          NETMASK: inetSockaddr(fam, e.ipif.netmask),
          IFP: ifpSockaddr(k, e.phyint, fam),
          IFA: inetSockaddr(fam, e.ipif.addr),
          BRD: inetSockaddr(fam, e.ipif.dst || UNSPEC[fam]),
        },
      };
    }
  }
}
