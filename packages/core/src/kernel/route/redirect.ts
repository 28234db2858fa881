// The kernel acting on an ICMP redirect (ip.c icmp_redirect_v4 / ip6 ndp redirect): a router we
// use for a destination says another on-link router is better. The result is a dynamic host
// route (RTF_DYNAMIC; RTF_MODIFIED when an existing one changes) and RTM_REDIRECT, which
// names the router that sent the redirect as RTA_AUTHOR.
import { RTM, RTF, RTSQ, ZERO_METRICS, ERRNO, KernelError, AF_INET, AF_INET6 } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import type { Route } from './table';
import { canonical, familyOf, maskFromPrefix } from '../addr';
import { findLocal, hostPrefix, lookupTyped } from './request';
import { inetSockaddr } from '../rtsock/emit';

/**
 * Why the kernel dropped a redirect, silently as illumos does: the destination is one of our
 * addresses, the new gateway is not on a directly connected network (or is ours), or the
 * redirect did not come from the router we use for the destination.
 */
export type RedirectIgnored = 'local-destination' | 'gateway-not-onlink' | 'not-from-router';

export interface RedirectResult {
  route?: Route;
  ignored?: RedirectIgnored;
}

export function icmpRedirect(k: Kernel, destText: string, gatewayText: string, fromText?: string): RedirectResult {
  const family = familyOf(destText) as Family | undefined;
  const dest = family && canonical(family, destText);
  const gateway = family && canonical(family, gatewayText);
  if (!family || !dest || !gateway || familyOf(gatewayText) !== family) throw new KernelError(ERRNO.EINVAL);
  if (findLocal(k, family, dest)) return { ignored: 'local-destination' };
  if (findLocal(k, family, gateway) || !lookupTyped(k, family, gateway, ['interface', 'ifroute'])) {
    return { ignored: 'gateway-not-onlink' };
  }
  const current = k.routes.lookup(family, dest);
  const from = fromText ? canonical(family, fromText) : current?.gateway;
  if (!current || current.type !== 'offlink' || !from || current.gateway !== from) {
    return { ignored: 'not-from-router' };
  }
  const host = hostPrefix(family);
  let route = k.routes.find({ family, dst: dest, prefixlen: host }).find((r) => r.type === 'offlink');
  let flags = RTF.UP | RTF.GATEWAY | RTF.HOST | RTF.DYNAMIC;
  if (route) {
    flags |= RTF.MODIFIED;
    route.gateway = gateway;
    route.flags = flags;
    k.routes.update(route);
  } else {
    route = { family, dst: dest, prefixlen: host, gateway, ifname: '', type: 'offlink', flags, ref: 1, use: 0, owner: '' };
    route.id = k.routes.insert(route);
  }
  k.emit({
    header: 'rt', type: RTM.REDIRECT, index: 0, flags: (flags & ~RTF.UP) | RTF.DONE, pid: 0, seq: 0, errno: 0, use: 0, inits: 0,
    metrics: { ...ZERO_METRICS },
    sockaddrs: {
      DST: inetSockaddr(family, dest),
      GATEWAY: inetSockaddr(family, gateway),
      NETMASK: inetSockaddr(family, maskFromPrefix(family, host)),
      AUTHOR: inetSockaddr(family, from),
    },
  }, RTSQ.ALL, family === 'inet' ? AF_INET : AF_INET6);
  return { route };
}
