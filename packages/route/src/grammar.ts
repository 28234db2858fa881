// The route(8) argument grammar: route.c args_to_rtcmd(), getaddr(), in_getaddr(),
// in6_getaddr(), in_getprefixlen() and inet_makenetandmask(), into an `Rtcmd` (route.c's
// rtcmd_irep_t). The same code parses the command line and, with exitOnError off, the lines of
// the persistent route file. Name and interface lookups go through a `Resolver`, so the grammar
// is tested without a kernel.
import { RTM, RTF, RTA, RTV, AF_INET, AF_INET6, AF_LINK, ERRNO, ZERO_METRICS } from '@ipmplab/core/syscalls';
import type { RtMetrics } from '@ipmplab/core/syscalls';
import { K, keyword } from './keywords';
import { EXIT, MSG, QUIT } from './messages';
import { Exit } from './output';
import type { Out } from './output';
import {
  atoi, strtoul, inetAddr, inetLnaof, INADDR_NONE, IN_CLASSA, IN_CLASSB, IN_CLASSC, IN_CLASSE,
  IN_CLASSA_HOST, IN_CLASSA_NET, IN_CLASSB_HOST, IN_CLASSB_NET, IN_CLASSC_HOST, IN_CLASSC_NET, IN_CLASSE_NET, IP_HOST_MASK,
} from '@ipmplab/userland';
import { inPrefixlenToMask } from './libc';
import { newSu, setFamily, setSinAddr, sinAddr, linkAddr, rawSockaddr, PF_ROUTE, SIN_SIZE, SIN6_SIZE } from './sockunion';
import type { Su } from './sockunion';

/** struct hostent, as far as route.c uses it. */
export interface Hostent {
  addrtype: number;
  /** h_length: 4 or 16. */
  length: number;
  /** h_addr_list, in order. */
  addrs: Uint8Array[];
}

/** One IPv4 interface address as SIOCGIFCONF + SIOCGIFFLAGS + SIOCGIFNETMASK report it. */
export interface IfconfEntry {
  addr: number;
  mask: number;
  up: boolean;
  pointopoint: boolean;
}

/** The name service and the interface list, as the grammar needs them. */
export interface Resolver {
  /** gethostbyname(3NSL): IPv4 addresses of a host name. */
  gethostbyname(name: string): Hostent | undefined;
  /** getipnodebyname(name, AF_INET6, 0, ...): an IPv6 literal or an IPv6 host name. */
  getipnodebyname6(name: string): Hostent | undefined;
  /** getnetbyname(3SOCKET): n_net, the network number (unshifted). */
  getnetbyname(name: string): number | undefined;
  /** SIOCGIFCONF and per-interface flags and netmask (inet_makesubnetmask). */
  ifconf(): IfconfEntry[];
}

/** route.c's globals the grammar reads (and exit_on_error, which search_rtfile() toggles). */
export interface GrammarState {
  verbose: boolean;
  exitOnError: boolean;
}

export interface ParseCtx extends Out {
  g: GrammarState;
  names: Resolver;
}

/** route.c rtcmd_irep_t. */
export interface Rtcmd {
  cmd: number;
  flags: number;
  af: number;
  inits: number;
  metrics: RtMetrics;
  addrs: number;
  dst: Su;
  destStr?: string;
  src: Su;
  gate: Su;
  gateHp?: Hostent;
  gateStr?: string;
  mask: Su;
  ifa: Su;
  ifp: Su;
  ifpStr?: string;
}

export const ADDR_TYPE = { ANY: 0, HOST: 1, NET: 2 } as const;
type AddrType = (typeof ADDR_TYPE)[keyof typeof ADDR_TYPE];

const BAD_ADDR = -1;
const NO_PREFIX = -2;
/** BUFSIZ: in_getaddr() and in6_getaddr() copy the argument into a buffer of this size. */
const BUFSIZ = 1024;

/** new_rtcmd_irep(): the family from the global af, RTF_STATIC preset. */
export function newRtcmd(af: number): Rtcmd {
  return {
    cmd: 0, flags: RTF.STATIC, af, inits: 0, metrics: { ...ZERO_METRICS }, addrs: 0,
    dst: newSu(), src: newSu(), gate: newSu(), mask: newSu(), ifa: newSu(), ifp: newSu(),
  };
}

/** syntax_error(): print and exit(1), or (while the route file is read) do nothing. */
function syntaxError(ctx: ParseCtx, text: string): false {
  if (ctx.g.exitOnError) {
    ctx.err(text);
    throw new Exit(EXIT.USAGE);
  }
  return false;
}

/** quit("Internal Error", EINVAL). */
export function internalError(ctx: Out): never {
  ctx.err(MSG.quit(QUIT.internal, ERRNO.EINVAL));
  throw new Exit(ERRNO.EINVAL);
}

const isAllOnes6 = (b: Uint8Array) => b.every((x) => x === 0xff);

/**
 * args_to_rtcmd(): `words[0]` is the command (only its first letter is looked at), the rest
 * the modifiers and addresses. Returns false when the words do not parse; with exitOnError on
 * (the command line) that has already printed and thrown Exit(1), except for the few paths
 * where route.c itself returns without a message.
 */
export function argsToRtcmd(ctx: ParseCtx, rcip: Rtcmd, words: readonly string[]): boolean {
  switch (words[0]?.[0]) {
    case 'a':
      rcip.cmd = RTM.ADD;
      break;
    case 'c':
      rcip.cmd = RTM.CHANGE;
      break;
    case 'd':
      rcip.cmd = RTM.DELETE;
      break;
    case 'g':
      rcip.cmd = RTM.GET;
      break;
    default:
      internalError(ctx);
  }
  let atype: AddrType = ADDR_TYPE.ANY;
  let iflag = false;
  let locknext = false;
  let lockrest = false;
  let i = 0;
  let tok: string | undefined;
  const nextToken = () => (tok = words[++i]) !== undefined;

  while (nextToken()) {
    const keywordStr = tok!;
    let key: number;
    let dash: boolean;
    if (tok!.startsWith('-')) {
      dash = true;
      key = keyword(tok!.slice(1));
    } else {
      dash = false;
      key = keyword(tok!);
      if (key !== K.HOST && key !== K.NET) key = 0;
    }
    switch (key) {
      case K.HOST:
        if (atype === ADDR_TYPE.NET) return syntaxError(ctx, MSG.hostNetExclusive);
        atype = ADDR_TYPE.HOST;
        break;
      case K.NET:
        if (atype === ADDR_TYPE.HOST) return syntaxError(ctx, MSG.hostNetExclusive);
        atype = ADDR_TYPE.NET;
        break;
      case K.LINK:
        rcip.af = AF_LINK;
        break;
      case K.INET:
        rcip.af = AF_INET;
        break;
      case K.SA:
        rcip.af = PF_ROUTE;
        break;
      case K.INET6:
        rcip.af = AF_INET6;
        break;
      case K.IFACE:
      case K.INTERFACE:
        iflag = true;
        rcip.flags &= ~RTF.STATIC;
        break;
      case K.NOSTATIC:
        rcip.flags &= ~RTF.STATIC;
        break;
      case K.LOCK:
        locknext = true;
        break;
      case K.LOCKREST:
        lockrest = true;
        break;
      case K.REJECT:
        rcip.flags |= RTF.REJECT;
        break;
      case K.BLACKHOLE:
        rcip.flags |= RTF.BLACKHOLE;
        break;
      case K.PROTO1:
        rcip.flags |= RTF.PROTO1;
        break;
      case K.PROTO2:
        rcip.flags |= RTF.PROTO2;
        break;
      case K.CLONING:
        rcip.flags |= RTF.CLONING;
        break;
      case K.XRESOLVE:
        rcip.flags |= RTF.XRESOLVE;
        break;
      case K.STATIC:
        rcip.flags |= RTF.STATIC;
        break;
      case K.IFA:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.IFA, tok!, atype)) return false;
        break;
      case K.IFP:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.IFP, tok!, atype)) return false;
        break;
      case K.GATEWAY:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.GATEWAY, tok!, atype)) return false;
        break;
      case K.DST:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.DST, tok!, atype)) return false;
        break;
      case K.NETMASK:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.NETMASK, tok!, atype)) return false;
        atype = ADDR_TYPE.NET;
        break;
      case K.MTU:
      case K.HOPCOUNT:
      case K.EXPIRE:
      case K.RECVPIPE:
      case K.SENDPIPE:
      case K.SSTHRESH:
      case K.RTT:
      case K.RTTVAR:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        setMetric(rcip, tok!, key, locknext || lockrest);
        locknext = false;
        break;
      case K.PRIVATE:
        rcip.flags |= RTF.PRIVATE;
        break;
      case K.MULTIRT:
        rcip.flags |= RTF.MULTIRT;
        break;
      case K.SETSRC:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        if (!getaddr(ctx, rcip, RTA.SRC, tok!, atype)) return false;
        rcip.flags |= RTF.SETSRC;
        break;
      case K.SECATTR:
        if (!nextToken()) return syntaxError(ctx, MSG.argumentRequired(keywordStr));
        // is_system_labeled() is false on a lab host (no Trusted Extensions).
        return syntaxError(ctx, MSG.notLabeled);
      case K.INDIRECT:
        rcip.flags |= RTF.INDIRECT;
        break;
      default: {
        if (dash) return syntaxError(ctx, MSG.botched(tok!.slice(1)));
        if ((rcip.addrs & RTA.DST) === 0) {
          if (!getaddr(ctx, rcip, RTA.DST, tok!, atype)) return false;
        } else if ((rcip.addrs & RTA.GATEWAY) === 0) {
          if (!getaddr(ctx, rcip, RTA.GATEWAY, tok!, atype)) return false;
        } else {
          // A plain number is the metric of the old syntax: 0 means an interface route.
          const r = strtoul(tok!, 10);
          if (r.errno === 0 && r.end === tok!.length && r.value < 0x80000000) {
            iflag = r.value === 0;
            if (ctx.g.verbose) ctx.out(MSG.oldUsage(iflag));
            continue;
          }
          if (!getaddr(ctx, rcip, RTA.NETMASK, tok!, atype)) return false;
        }
      }
    }
  }

  if ((rcip.addrs & RTA.DST) === 0) return syntaxError(ctx, MSG.destinationRequired);
  if ((rcip.cmd === RTM.ADD || rcip.cmd === RTM.DELETE) && (rcip.addrs & RTA.GATEWAY) === 0) {
    return syntaxError(ctx, MSG.gatewayRequired);
  }
  if (!iflag) rcip.flags |= RTF.GATEWAY;
  if (atype !== ADDR_TYPE.NET) {
    if (rcip.addrs & RTA.NETMASK) {
      // The mask is known: a host route exactly when it is the host mask.
      if (rcip.af === AF_INET && sinAddr(rcip.mask) === IP_HOST_MASK) rcip.flags |= RTF.HOST;
      if (rcip.af === AF_INET6 && isAllOnes6(rcip.mask.subarray(8, 24))) rcip.flags |= RTF.HOST;
    } else {
      rcip.flags |= RTF.HOST;
    }
  }
  return true;
}

/**
 * set_metric(): the value via atoi into a uint_t (route.c `*valp = atoi(value)`), so nothing is
 * refused: a number beyond the int range wraps (4294967296 is 0) and a negative one is stored
 * as its 32-bit two's complement (-1 is 4294967295). Its RTV bit goes in inits (and in locks
 * when locked).
 */
function setMetric(rcip: Rtcmd, value: string, key: number, lock: boolean): void {
  const table: Record<number, [number, keyof RtMetrics]> = {
    [K.MTU]: [RTV.MTU, 'mtu'],
    [K.HOPCOUNT]: [RTV.HOPCOUNT, 'hopcount'],
    [K.EXPIRE]: [RTV.EXPIRE, 'expire'],
    [K.RECVPIPE]: [RTV.RPIPE, 'recvpipe'],
    [K.SENDPIPE]: [RTV.SPIPE, 'sendpipe'],
    [K.SSTHRESH]: [RTV.SSTHRESH, 'ssthresh'],
    [K.RTT]: [RTV.RTT, 'rtt'],
    [K.RTTVAR]: [RTV.RTTVAR, 'rttvar'],
  };
  const [flag, field] = table[key];
  rcip.inits = (rcip.inits | flag) >>> 0;
  if (lock) rcip.metrics.locks = (rcip.metrics.locks | flag) >>> 0;
  rcip.metrics[field] = atoi(value) >>> 0;
}

/** getaddr(): one address argument into the union `which` names. */
export function getaddr(ctx: ParseCtx, rcip: Rtcmd, which: number, s: string, atype: AddrType): boolean {
  const hpp: { hp?: Hostent } = {};
  if (which === RTA.GATEWAY) rcip.gateHp = undefined;
  rcip.addrs |= which;
  let su: Su;
  switch (which) {
    case RTA.DST:
      rcip.destStr = s;
      su = rcip.dst;
      break;
    case RTA.GATEWAY:
      rcip.gateStr = s;
      su = rcip.gate;
      break;
    case RTA.NETMASK:
      su = rcip.mask;
      break;
    case RTA.IFP:
      rcip.ifpStr = s;
      return true;
    case RTA.IFA:
      su = rcip.ifa;
      break;
    case RTA.SRC:
      su = rcip.src;
      break;
    default:
      return internalError(ctx);
  }
  setFamily(su, rcip.af);
  if (s === 'default') {
    // The unspecified address: whatever the union already holds stays (route.c does not clear it).
    if (which === RTA.DST) return getaddr(ctx, rcip, RTA.NETMASK, s, ADDR_TYPE.NET);
    return true;
  }
  const done = (ok: boolean) => {
    if (which === RTA.GATEWAY) rcip.gateHp = hpp.hp;
    return ok;
  };
  switch (rcip.af) {
    case AF_LINK:
      linkAddr(s, su);
      return true;
    case PF_ROUTE:
      rawSockaddr(s, su);
      return true;
    case AF_INET6:
      switch (which) {
        case RTA.DST: {
          const plen = { v: NO_PREFIX };
          if (!in6Getaddr(ctx, s, su, plen, hpp)) return false;
          if (plen.v !== NO_PREFIX) {
            rcip.mask.fill(0, 8, 24);
            if (!inPrefixlenToMask(plen.v, 128, rcip.mask, 8)) return syntaxError(ctx, MSG.badPrefixLengthNumber(plen.v));
            setFamily(rcip.mask, rcip.af);
            rcip.addrs |= RTA.NETMASK;
          }
          return true;
        }
        case RTA.GATEWAY:
        case RTA.IFA:
        case RTA.SRC:
          return done(in6Getaddr(ctx, s, su, undefined, hpp));
        default:
          return syntaxError(ctx, MSG.netmaskIPv6);
      }
    case AF_INET:
      if (which === RTA.DST) {
        const plen = { v: NO_PREFIX };
        if (!inGetaddr(ctx, s, su, plen, which, hpp, atype, rcip)) return false;
        if (plen.v !== NO_PREFIX) {
          rcip.mask.fill(0, 4, 8);
          if (!inPrefixlenToMask(plen.v, 32, rcip.mask, 4)) return syntaxError(ctx, MSG.badPrefixLengthNumber(plen.v));
          setFamily(rcip.mask, rcip.af);
          rcip.addrs |= RTA.NETMASK;
        }
        return true;
      }
      return done(inGetaddr(ctx, s, su, undefined, which, hpp, atype, rcip));
    default:
      return internalError(ctx);
  }
}

/** in_getprefixlen(): the n of `addr/n`, NO_PREFIX without a '/', BAD_ADDR (after a message) when bad. */
function inGetprefixlen(ctx: ParseCtx, addr: string, maxPlen: number): number {
  const slash = addr.indexOf('/');
  if (slash === 0) {
    syntaxError(ctx, MSG.unexpectedSlash(addr));
    return BAD_ADDR;
  }
  if (slash < 0) return NO_PREFIX;
  const str = addr.slice(slash + 1);
  const r = strtoul(str, 10);
  if (r.errno !== 0 || r.end === 0) {
    syntaxError(ctx, MSG.badPrefixLength(str));
    return BAD_ADDR;
  }
  const prefixlen = r.value | 0;
  if (prefixlen > maxPlen) {
    syntaxError(ctx, MSG.prefixOutOfRange(str));
    return BAD_ADDR;
  }
  return prefixlen;
}

/** in_getaddr(): an IPv4 address, host name or network name (host first unless -net dst). */
function inGetaddr(
  ctx: ParseCtx, s: string, su: Su, plenp: { v: number } | undefined, which: number,
  hpp: { hp?: Hostent }, atype: AddrType, rcip: Rtcmd,
): boolean {
  let str = s.slice(0, BUFSIZ - 1);
  if (plenp) {
    plenp.v = inGetprefixlen(ctx, str, 32);
    if (plenp.v === BAD_ADDR) return false;
    const slash = str.indexOf('/');
    if (slash >= 0) str = str.slice(0, slash);
  } else if (str.includes('/')) {
    return syntaxError(ctx, MSG.unexpectedSlash(str));
  }
  su.fill(0, 0, SIN_SIZE);
  setFamily(su, AF_INET);
  if (str === '255.255.255.255') {
    setSinAddr(su, 0xffffffff);
    return true;
  }
  const val = inetAddr(str);
  if (val !== INADDR_NONE) {
    setSinAddr(su, val);
    if (which === RTA.DST && (atype === ADDR_TYPE.NET || (atype === ADDR_TYPE.ANY && inetLnaof(val) === 0))) {
      inetMakenetandmask(ctx, rcip, val, su);
    }
    return true;
  }
  if (which !== RTA.DST || atype !== ADDR_TYPE.NET) {
    const hp = ctx.names.gethostbyname(str);
    if (hp) {
      hpp.hp = hp;
      su.set(hp.addrs[0].subarray(0, hp.length), 4);
      return true;
    }
  }
  if (atype !== ADDR_TYPE.HOST) {
    const net = ctx.names.getnetbyname(str);
    if (net !== undefined && net !== 0) {
      if (which === RTA.DST) inetMakenetandmask(ctx, rcip, net, su);
      return true;
    }
  }
  return syntaxError(ctx, MSG.badValue(s));
}

/** in6_getaddr(): an IPv6 literal or host name, with `/n` for the destination. */
function in6Getaddr(ctx: ParseCtx, s: string, su: Su, plenp: { v: number } | undefined, hpp: { hp?: Hostent }): boolean {
  let str = s.slice(0, BUFSIZ - 1);
  if (plenp) {
    plenp.v = inGetprefixlen(ctx, str, 128);
    if (plenp.v === BAD_ADDR) return false;
    const slash = str.indexOf('/');
    if (slash >= 0) str = str.slice(0, slash);
  } else if (str.includes('/')) {
    return syntaxError(ctx, MSG.unexpectedSlash(str));
  }
  su.fill(0, 0, SIN6_SIZE);
  setFamily(su, AF_INET6);
  const hp = ctx.names.getipnodebyname6(str);
  if (hp) {
    hpp.hp = hp;
    su.set(hp.addrs[0].subarray(0, hp.length), 8);
    return true;
  }
  return syntaxError(ctx, MSG.badAddress(s));
}

/**
 * inet_makenetandmask(): a network number into an address, and (unless a mask is already
 * known) its classful mask, or the netmask of a local interface on that classful network.
 */
function inetMakenetandmask(ctx: ParseCtx, rcip: Rtcmd, net: number, su: Su): void {
  net >>>= 0;
  let addr: number;
  let mask: number;
  if (net === 0) {
    mask = addr = 0;
  } else if (net < 128) {
    addr = (net << 24) >>> 0;
    mask = IN_CLASSA_NET;
  } else if (net < 65536) {
    addr = (net << 16) >>> 0;
    mask = IN_CLASSB_NET;
  } else if (net < 16777216) {
    addr = (net << 8) >>> 0;
    mask = IN_CLASSC_NET;
  } else {
    addr = net;
    if ((addr & IN_CLASSA_HOST) === 0) mask = IN_CLASSA_NET;
    else if ((addr & IN_CLASSB_HOST) === 0) mask = IN_CLASSB_NET;
    else if ((addr & IN_CLASSC_HOST) === 0) mask = IN_CLASSC_NET;
    else {
      if (IN_CLASSA(addr)) mask = IN_CLASSA_NET;
      else if (IN_CLASSB(addr)) mask = IN_CLASSB_NET;
      else if (IN_CLASSC(addr)) mask = IN_CLASSC_NET;
      else mask = IP_HOST_MASK;
      mask = inetMakesubnetmask(ctx, addr, mask);
    }
  }
  setSinAddr(su, addr);
  if (IN_CLASSE(addr)) mask = IN_CLASSE_NET;
  if (!(rcip.addrs & RTA.NETMASK)) {
    rcip.addrs |= RTA.NETMASK;
    setSinAddr(rcip.mask, mask);
    setFamily(rcip.mask, AF_INET);
  }
}

/** inet_makesubnetmask(): the mask of an UP interface on the same classful net (pt-pt last). */
function inetMakesubnetmask(ctx: ParseCtx, addr: number, mask: number): number {
  if (mask === 0) return 0;
  let subnetmask = 0;
  for (const e of ctx.names.ifconf()) {
    if (!e.up) continue;
    if (((e.addr & mask) >>> 0) === ((addr & mask) >>> 0)) {
      if (e.pointopoint) {
        subnetmask = e.mask;
        continue;
      }
      return e.mask;
    }
  }
  return subnetmask !== 0 ? subnetmask : mask;
}
