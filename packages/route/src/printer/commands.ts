// route's output layouts, as pure functions of data: print_rtcmd_short() (add/delete/change
// result lines and the persistent-file lines), print_getmsg() (the `route get` block),
// delRouteEntry()'s flush line with routename()/netname(), sodump() and print_rtmsg() (-v).
import { RTM, RTF, RTA, RTV, AF_INET, AF_INET6, AF_LINK, formatRouteFlags, formatAddrNames } from '@ipmplab/core/syscalls';
import type { DecodedMessage, Sockaddr } from '@ipmplab/core/syscalls';
import { formatRtCommon, formatRtmsg, routename, routenameRaw } from './monitor';
import { pct_8d, pct_m20_20s } from '../libc';
import { guessSubnetMask, inetNtoa, vis } from '@ipmplab/userland';
import { family, linkNtoa, ntoa, ntop6, salen, sinAddr } from '../sockunion';
import type { Su } from '../sockunion';
import type { Rtcmd } from '../grammar';
import { MSG } from '../messages';

/** The lookups the printers make (gethostbyaddr, getnetbyaddr); the names, from files, are shown visibly. */
export interface PrintNames {
  hostByAddr(addr: string): string | undefined;
  netByNumber(net: number): string | undefined;
}

/** link_ntoa() of a union: the name is what the command line or the message carried, shown visibly. */
const linkText = (su: Su) => vis(linkNtoa(su));

const COMMAND: Record<number, string> = { [RTM.ADD]: 'add', [RTM.CHANGE]: 'change', [RTM.DELETE]: 'delete', [RTM.GET]: 'get' };

/**
 * print_rtcmd_short(): `add net 10.0.0.0/8: gateway 192.168.1.1` (no newline), with
 * ` persistent` for the route-file lines. With -n the IPv4 gateway is the address sent. The
 * destination and gateway are the texts as typed (or as in the file): shown visibly.
 */
export function formatRtcmdShort(rcip: Rtcmd, gwGood: boolean, toSaved: boolean, nflag: boolean): string {
  let s = `${COMMAND[rcip.cmd]}${toSaved ? ' persistent' : ''} ${rcip.flags & RTF.HOST ? 'host' : 'net'} ${vis(rcip.destStr ?? 'NULL')}`;
  if (rcip.gateStr === undefined) return s;
  const gateStr = vis(rcip.gateStr);
  const several = gwGood && rcip.gateHp !== undefined && rcip.gateHp.addrs.length > 1;
  switch (rcip.af) {
    case AF_INET:
      if (nflag) return `${s}: gateway ${ntoa(rcip.gate)}`;
      if (several) return `${s}: gateway ${gateStr} (${ntoa(rcip.gate)})`;
      return `${s}: gateway ${gateStr}`;
    case AF_INET6: {
      const obuf = ntop6(rcip.gate);
      if (nflag) return `${s}: gateway ${obuf}`;
      if (several) return `${s}: gateway ${gateStr} (${obuf})`;
      s += `: gateway ${gateStr}`;
      return s;
    }
    default:
      return `${s}: gateway ${gateStr}`;
  }
}

/** routename() of one of route's own unions (what the user asked for, flush entries). */
export function routenameSu(su: Su, nflag: boolean, names: PrintNames): string {
  switch (family(su)) {
    case AF_INET: {
      const a = sinAddr(su);
      if (a === 0) return 'default';
      return (!nflag && vis(names.hostByAddr(inetNtoa(a)))) || inetNtoa(a);
    }
    case AF_LINK:
      return linkText(su);
    case AF_INET6: {
      const text = ntop6(su);
      if (text === '::') return 'default';
      return (!nflag && vis(names.hostByAddr(text))) || text;
    }
    default:
      return routenameRaw(su);
  }
}

/**
 * netname(): a network's name (classful guess at the subnet, then getnetbyaddr) unless -n,
 * else the address without its trailing zero octets (10.0.0.0 -> 10, 172.16.0.0 -> 172.16).
 */
export function netnameSu(su: Su, nflag: boolean, names: PrintNames): string {
  switch (family(su)) {
    case AF_INET: {
      const a = sinAddr(su);
      let cp: string | undefined;
      if (a === 0) cp = 'default';
      else if (!nflag) {
        let mask = guessSubnetMask(a);
        let net = (a & mask) >>> 0;
        while ((mask & 1) === 0) {
          mask >>>= 1;
          net >>>= 1;
        }
        cp = vis(names.netByNumber(net));
      }
      if (cp !== undefined) return cp;
      if ((a & 0xffffff) === 0) return `${a >>> 24}`;
      if ((a & 0xffff) === 0) return `${a >>> 24}.${(a >>> 16) & 0xff}`;
      if ((a & 0xff) === 0) return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}`;
      return inetNtoa(a);
    }
    case AF_LINK:
      return linkText(su);
    case AF_INET6:
      return routenameSu(su, nflag, names);
    default: {
      const words = (salen(su) + 1) >> 1;
      let line = `af ${family(su)}:`;
      for (let w = 0; w < words; w++) line += ` ${(su[2 + 2 * w] | (su[3 + 2 * w] << 8)).toString(16)}`;
      return line;
    }
  }
}

/** delRouteEntry(): one deleted route, `%-20.20s %-20.20s done`. */
export function formatFlushLine(dst: Su, gateway: Su, host: boolean, nflag: boolean, names: PrintNames): string {
  const d = host ? routenameSu(dst, nflag, names) : netnameSu(dst, nflag, names);
  return `${pct_m20_20s(d)} ${pct_m20_20s(routenameSu(gateway, nflag, names))} done\n`;
}

/** sodump(): one union of a request as -v shows it; undefined for a family it cannot show. */
export function formatSodump(su: Su, which: string): string | undefined {
  switch (family(su)) {
    case AF_LINK:
      return `${which}: link ${linkText(su)}; `;
    case AF_INET:
      return `${which}: inet ${ntoa(su)}; `;
    case AF_INET6:
      return `${which}: inet6 ${ntop6(su)}; `;
    default:
      return undefined;
  }
}

/** print_rtmsg() of a request route is about to write (-v). */
export function formatRequest(m: DecodedMessage, size: number, nflag: boolean): string {
  return formatRtmsg(m, size, { numeric: nflag });
}

export interface GetPrintOptions {
  nflag: boolean;
  verbose: boolean;
  /** time(0), for a non-zero rmx_expire. */
  now: number;
}

const METRICS_HEADER = ' recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire';
/** Addresses print_getmsg() shows itself; any other bit gets a `sockaddrs:` line. */
const RTA_IGN = RTA.DST | RTA.GATEWAY | RTA.NETMASK | RTA.IFP | RTA.IFA | RTA.BRD | RTA.SRC;

/**
 * print_getmsg(): the `route get` block for the reply, with `route to:` the destination asked
 * for. Returns what goes to stdout and to stderr.
 */
export function formatGetReply(requested: string, reply: DecodedMessage, msglen: number, o: GetPrintOptions): { out: string; err: string } {
  let out = `   route to: ${requested}\n`;
  if (reply.header !== 'rt') return { out, err: '' };
  if (reply.errno) return { out, err: MSG.getReplyError(reply.errno) };
  const sa = reply.sockaddrs;
  const dst = sa.DST;
  let mask: Sockaddr | undefined = sa.NETMASK;
  const gate = sa.GATEWAY;
  const src = sa.SRC;
  const ifp = sa.IFP && sa.IFP.family === 'link' && sa.IFP.name.length !== 0 ? sa.IFP : undefined;
  // mask->sa_family = dst->sa_family: a mask sent as AF_UNSPEC reads as an IPv4 one.
  if (dst?.family === 'inet' && mask?.family === 'unspec') mask = { family: 'inet', addr: mask.addr ?? '0.0.0.0' };
  const name = (s: Sockaddr) => routename(s, { numeric: o.nflag });
  if (dst) out += `destination: ${name(dst)}\n`;
  if (mask) out += `       mask: ${routename(mask, { numeric: true })}\n`;
  if (gate && reply.flags & RTF.GATEWAY) out += `    gateway: ${name(gate)}\n`;
  if (src && reply.flags & RTF.SETSRC) out += `     setsrc: ${name(src)}\n`;
  if (ifp) {
    if (o.verbose) {
      out += `  interface: ${ifp.name} index ${ifp.index} address ${[...ifp.hwaddr].map((b) => `${b.toString(16).padStart(2, '0')} `).join('')}\n`;
    } else {
      out += `  interface: ${ifp.name}\n`;
    }
  }
  out += `      flags: ${formatRouteFlags(reply.flags)}`;
  const r = reply.metrics;
  const lock = (bit: number) => ((r.locks & bit) !== 0 ? 'L' : ' ');
  const msec = (u: number) => Math.floor(((u + 500) >>> 0) / 1000);
  const expire = r.expire ? (r.expire - o.now) >>> 0 : 0;
  out += `\n${METRICS_HEADER}\n`;
  out += `${pct_8d(r.recvpipe)}${lock(RTV.RPIPE)} `;
  out += `${pct_8d(r.sendpipe)}${lock(RTV.SPIPE)} `;
  out += `${pct_8d(r.ssthresh)}${lock(RTV.SSTHRESH)} `;
  out += `${pct_8d(msec(r.rtt))}${lock(RTV.RTT)} `;
  out += `${pct_8d(msec(r.rttvar))}${lock(RTV.RTTVAR)} `;
  out += `${pct_8d(r.hopcount)}${lock(RTV.HOPCOUNT)} `;
  out += `${pct_8d(r.mtu)}${lock(RTV.MTU)} `;
  out += `${pct_8d(expire)}${lock(RTV.EXPIRE)}`;
  if (o.verbose) {
    out += formatRtCommon(reply, { numeric: o.nflag });
  } else {
    if (reply.addrs & ~RTA_IGN) out += `\nsockaddrs: ${formatAddrNames(reply.addrs)}`;
    out += '\n';
  }
  void msglen;
  return { out, err: '' };
}
