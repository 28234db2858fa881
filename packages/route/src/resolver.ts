// The lab host's name service and interface list behind route's grammar and printers:
// gethostbyname / getipnodebyname / getnetbyname / gethostbyaddr / getnetbyaddr over the
// host's /etc/inet/hosts and /etc/inet/networks, and SIOCGIFCONF for inet_makesubnetmask().
import { AF_INET, AF_INET6, IFF, ioctl, KernelError, parseIPv4, parseIPv6 } from '@ipmplab/core/syscalls';
import type { Kernel } from '@ipmplab/core/syscalls';
import { hostAddrs, hostByAddr, netByNumber, netNumberByName } from '@ipmplab/userland';
import type { Hostent, IfconfEntry, Resolver } from './grammar';

const bytesToNumber = (b: Uint8Array) => ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;

/** The name-service half of the resolver (no kernel needed). */
export const nameService = {
  gethostbyname(name: string): Hostent | undefined {
    const addrs = hostAddrs(name, 'inet').map((a) => parseIPv4(a)!);
    return addrs.length ? { addrtype: AF_INET, length: 4, addrs } : undefined;
  },
  getipnodebyname6(name: string): Hostent | undefined {
    // A literal first (inet_pton); an IPv4 literal without AI_V4MAPPED is not an answer.
    const literal = name.includes(':') ? parseIPv6(name) : null;
    if (literal) return { addrtype: AF_INET6, length: 16, addrs: [literal] };
    const addrs = hostAddrs(name, 'inet6').map((a) => parseIPv6(a)!);
    return addrs.length ? { addrtype: AF_INET6, length: 16, addrs } : undefined;
  },
  getnetbyname(name: string): number | undefined {
    return netNumberByName(name);
  },
  /** gethostbyaddr / getipnodebyaddr: the official name. */
  hostByAddr(addr: string): string | undefined {
    return hostByAddr(addr);
  },
  /** getnetbyaddr(net, AF_INET). */
  netByNumber(net: number): string | undefined {
    return netByNumber(net);
  },
};

export type NameService = typeof nameService;

/** SIOCGIFCONF (the IPv4 interfaces of the zone), then SIOCGIFFLAGS and SIOCGIFNETMASK of each. */
export function ifconf(k: Kernel): IfconfEntry[] {
  const out: IfconfEntry[] = [];
  for (const e of ioctl(k, 'SIOCGIFCONF', {}).entries) {
    if (e.family !== 'inet') continue;
    try {
      const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: e.name, af: 'inet' });
      const { addr: mask } = ioctl(k, 'SIOCGLIFNETMASK', { name: e.name, af: 'inet' });
      out.push({
        addr: bytesToNumber(parseIPv4(e.addr)!),
        mask: bytesToNumber(parseIPv4(mask)!),
        up: (flags & IFF.UP) !== 0n,
        pointopoint: (flags & IFF.POINTOPOINT) !== 0n,
      });
    } catch (err) {
      if (!(err instanceof KernelError)) throw err;
    }
  }
  return out;
}

/** The grammar's resolver on a kernel (the interface list is read only when a -net needs it). */
export function kernelResolver(k: Kernel | undefined): Resolver {
  // The name service's functions named, not spread: a batch makes a resolver a line.
  const { gethostbyname, getipnodebyname6, getnetbyname } = nameService;
  return { gethostbyname, getipnodebyname6, getnetbyname, ifconf: () => (k ? ifconf(k) : []) };
}
