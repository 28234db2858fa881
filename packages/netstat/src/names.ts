// How netstat turns addresses into text (netstat.c pr_addr, pr_addr6, pr_addrnz, pr_mask,
// pr_net, pr_netaddr, pr_prefix6), over the lab host's name service.
import { toBytes } from '@ipmplab/core/syscalls';
import { guessSubnetMask, hostByAddr, inetNtoa, netByNumber, vis } from '@ipmplab/userland';

/** The lookups netstat makes (getipnodebyaddr, getnetbyaddr); injectable for tests. */
export interface NameService {
  hostByAddr(addr: string): string | undefined;
  netByNumber(number: number): string | undefined;
}

export const LAB_NAME_SERVICE: NameService = { hostByAddr, netByNumber };

export interface Names {
  addr(addr: string): string;
  addrnz(addr: string): string;
  addr6(addr: string): string;
  /** IPv6 gateway column: "    --" for the unspecified address. */
  addr6nz(addr: string): string;
  net(dst: string, prefixlen: number): string;
  netaddr(addr: string, mask: string): string;
  prefix6(addr: string, prefixlen: number): string;
  mask(prefixlen: number): string;
}

/** pr_addrnz's text for 0.0.0.0 (four spaces, two dashes). */
export const NO_GATEWAY = '    --';

function be32(addr: string): number {
  const b = toBytes('inet', addr);
  return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
}

function maskOf(prefixlen: number): number {
  return prefixlen === 0 ? 0 : (0xffffffff << (32 - prefixlen)) >>> 0;
}

/** The address's bytes read as a little-endian (x86) uint32, as netstat holds an IpAddress. */
function le32(addr: string): number {
  const b = toBytes('inet', addr);
  return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
}

function swap32(v: number): number {
  return (((v & 0xff) << 24) | (((v >>> 8) & 0xff) << 16) | (((v >>> 16) & 0xff) << 8) | (v >>> 24)) >>> 0;
}

/** Host names lose the domain of the host itself (the lab host's name has none). */
function stripDomain(name: string, domain: string): string {
  const dot = name.indexOf('.');
  return dot >= 0 && name.slice(dot + 1).toLowerCase() === domain.toLowerCase() ? name.slice(0, dot) : name;
}

export function makeNames(numeric: boolean, files: NameService = LAB_NAME_SERVICE): Names {
  // The names are what the hosts and networks files hold, whatever their writer put there:
  // shown visibly (their widths then count as they are seen).
  const ns: NameService = {
    hostByAddr: (a) => vis(files.hostByAddr(a)),
    netByNumber: (n) => vis(files.netByNumber(n)),
  };
  const domain = '';
  const host = (addr: string): string | undefined => {
    if (numeric) return undefined;
    const n = ns.hostByAddr(addr);
    return n === undefined ? undefined : stripDomain(n, domain);
  };
  // An address is the kernel's text: shown visibly too (a damaged or hand-edited state could
  // hold anything there).
  const addr = (a: string) => host(a) ?? vis(a);
  const addr6 = (a: string) => host(a) ?? vis(a);
  return {
    addr,
    addrnz: (a) => (a === '' || a === '0.0.0.0' ? NO_GATEWAY : addr(a)),
    addr6,
    addr6nz: (a) => (a === '' || a === '::' ? NO_GATEWAY : addr6(a)),
    /**
     * pr_net (netstat -r destinations that are not host routes). illumos passes the
     * network-order address and mask to it without ntohl; on x86 the shift loop
     * therefore runs on byte-swapped values: for any mask of /8 or more the low bit is
     * already set, so getnetbyaddr() is asked for the address bytes read backwards
     * (b0 | b1<<8 | b2<<16, masked). With the stock networks file this makes 10.0.0.0/8,
     * 10.0.0.0/16 and 10.0.0.0/24 all print as "arpanet" (and 127.0.0.0/8../24 as
     * "loopback"), while 10.1.0.0/16 prints numerically. Reproduced as on x86, the platform
     * the lab stands for; derived from the source, not observed on a live system.
     */
    net: (dst, prefixlen) => {
      // The mask is 0 exactly when the prefix length is (checked first: this runs per row).
      if (prefixlen === 0 && le32(dst) === 0) return 'default';
      if (numeric) return vis(dst);
      const a = le32(dst);
      let m = swap32(maskOf(prefixlen));
      if (a === 0) return vis(dst);
      if (m === 0) m = guessSubnetMask(a);
      let net = (a & m) >>> 0;
      while ((m & 1) === 0) {
        m >>>= 1;
        net >>>= 1;
      }
      const name = ns.netByNumber(net);
      if (name !== undefined) return name;
      return host(dst) ?? vis(dst);
    },
    /** pr_netaddr (netstat -i Net/Dest): the same lookups, in host order, of the interface address. */
    netaddr: (address, maskText) => {
      const a = be32(address);
      let m = be32(maskText);
      if (a === 0 && m === 0) return 'default';
      let net = 0;
      let netshifted = 0;
      if (a !== 0) {
        if (m === 0) m = guessSubnetMask(a);
        net = netshifted = (a & m) >>> 0;
        while ((m & 1) === 0) {
          m >>>= 1;
          netshifted >>>= 1;
        }
      }
      if (!numeric) {
        const name = ns.netByNumber(netshifted) ?? host(address);
        if (name !== undefined) return name;
      }
      return inetNtoa(net);
    },
    prefix6: (a, prefixlen) => {
      if (a === '::' && prefixlen === 0) return 'default';
      const text = addr6(a);
      return prefixlen === 128 ? text : `${text}/${prefixlen}`;
    },
    mask: (prefixlen) => inetNtoa(maskOf(prefixlen)),
  };
}
