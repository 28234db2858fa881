// The conversation with the kernel: route.c newroute() and rtmsg() (one request, retried on
// the next address of a gateway name, its result line), and flushroutes()/delRouteEntry()
// (RTM_DELETE for every default, prefix and host route in the MIB).
import { RTM, RTF, RTA, AF_INET, AF_INET6, AF_LINK, ERRNO, RtMsghdrView, decodeMessage, rtsWrite, mibRoutesPaged, formatRouteFlags, parseIPv4, parseIPv6 } from '@ipmplab/core/syscalls';
import type { DecodedMessage, Route, Sockaddr, SockaddrBytesSet, Family } from '@ipmplab/core/syscalls';
import { ifNameToIndex } from '@ipmplab/userland';
import type { RunCtx } from '../context';
import { argsToRtcmd, internalError, newRtcmd } from '../grammar';
import type { Rtcmd } from '../grammar';
import { keyword, K } from '../keywords';
import { ENOTSOCK, EBADF, EXIT, MSG, QUIT, reason, quietWriteError } from '../messages';
import { Exit } from '../output';
import { formatFlushLine, formatGetReply, formatRequest, formatRtcmdShort, formatSodump, routenameSu } from '../printer/commands';
import { newSu, ntoa, ntop6, setFamily, setSdlIndex, wireBytes, sin6Addr, setSinAddr } from '../sockunion';
import type { Su } from '../sockunion';
import { usage } from '../usage';
import { saveRoute } from '../persist';

const ORDER: [number, keyof SockaddrBytesSet, keyof Pick<Rtcmd, 'dst' | 'gate' | 'mask' | 'ifp' | 'ifa' | 'src'>, string][] = [
  [RTA.DST, 'DST', 'dst', 'newrt->ri_dst'],
  [RTA.GATEWAY, 'GATEWAY', 'gate', 'newrt->ri_gate'],
  [RTA.NETMASK, 'NETMASK', 'mask', 'newrt->ri_mask'],
  [RTA.IFP, 'IFP', 'ifp', 'newrt->ri_ifp'],
  [RTA.IFA, 'IFA', 'ifa', 'newrt->ri_ifa'],
  [RTA.SRC, 'SRC', 'src', 'newrt->ri_src'],
];

/** The message rtmsg() builds: the rt_msghdr, then each union's bytes (ROUNDUP_LONG(salen)). */
export function buildRequest(ctx: Pick<RunCtx, 'out' | 'err' | 'g'>, newrt: Rtcmd, seq: number): Uint8Array {
  const sockaddrs: SockaddrBytesSet = {};
  for (const [bit, name, field, member] of ORDER) {
    if (!(newrt.addrs & bit)) continue;
    sockaddrs[name] = wireBytes(newrt[field]);
    if (ctx.g.verbose) {
      const dump = formatSodump(newrt[field], member);
      if (dump === undefined) internalError(ctx);
      ctx.out(dump);
    }
  }
  const rtm = RtMsghdrView.withSockaddrs(sockaddrs);
  rtm.type = newrt.cmd;
  rtm.flags = newrt.flags;
  rtm.seq = seq;
  rtm.inits = newrt.inits;
  rtm.metrics = newrt.metrics;
  return rtm.bytes;
}

/** print_rtmsg() of route's own message (-v); silent for one the decoder cannot read. */
function dumpRequest(ctx: RunCtx, bytes: Uint8Array): void {
  let m: DecodedMessage;
  try {
    m = decodeMessage(bytes);
  } catch {
    return;
  }
  ctx.out(formatRequest(m, bytes.length, ctx.g.nflag));
}

/** rtmsg(): 0, or -1 with the write's errno. Prints the `route get` block for a reply. */
function rtmsg(ctx: RunCtx, newrt: Rtcmd): { ret: number; errno: number } {
  if (newrt.cmd === RTM.GET) {
    setFamily(newrt.ifp, AF_LINK);
    newrt.addrs |= RTA.IFP;
  }
  const seq = ++ctx.g.seq;
  const bytes = buildRequest(ctx, newrt, seq);
  if (ctx.g.verbose) dumpRequest(ctx, bytes);
  if (ctx.g.debugonly) return { ret: 0, errno: 0 };
  if (ctx.g.tflag) {
    // write(2) to /dev/null succeeds; reading the reply from a write-only descriptor does not.
    if (newrt.cmd === RTM.GET) ctx.err(MSG.readFrom(EBADF));
    return { ret: 0, errno: 0 };
  }
  const r = rtsWrite(ctx.host.k, ctx.host.sock, bytes);
  if (r.errno !== 0) {
    if (!quietWriteError(r.errno)) ctx.err(MSG.writing(r.errno));
    return { ret: -1, errno: r.errno };
  }
  if (newrt.cmd === RTM.GET && r.replyBytes) {
    const replyBytes = r.replyBytes;
    const reply = decodeMessage(replyBytes);
    const requested = routenameSu(newrt.dst, ctx.g.nflag, ctx.host.names);
    const printed = formatGetReply(requested, reply, replyBytes.length, { nflag: ctx.g.nflag, verbose: ctx.g.verbose, now: ctx.host.now() });
    ctx.out(printed.out);
    ctx.err(printed.err);
    if (ctx.g.json) ctx.records.push({ command: 'get', requested: newrt.destStr, reply: replyRecord(reply) });
  }
  return { ret: 0, errno: 0 };
}

/** newroute(): parse, resolve -ifp, send (trying each address of a gateway name), print. */
export function newroute(ctx: RunCtx, words: readonly string[]): number {
  const newrt = newRtcmd(ctx.g.af);
  argsToRtcmd(ctx, newrt, words);
  if (newrt.cmd !== RTM.GET && !ctx.g.tflag) ctx.host.sock.shutRd = true;
  if (newrt.addrs & RTA.IFP) {
    const name = newrt.ifpStr ?? '';
    const { index } = ifNameToIndex(ctx.host.k, name);
    if (index === 0) {
      ctx.err(MSG.noSuchInterface(name));
      throw new Exit(EXIT.USAGE);
    }
    setSdlIndex(newrt.ifp, index);
    setFamily(newrt.ifp, AF_LINK);
  }
  let r = { ret: 0, errno: 0 };
  for (let attempts = 1; ; attempts++) {
    r = rtmsg(ctx, newrt);
    if (r.ret === 0) break;
    if (r.errno !== ERRNO.ENETUNREACH && r.errno !== ERRNO.ESRCH) break;
    const hp = newrt.gateHp;
    if (newrt.addrs & RTA.GATEWAY && hp && hp.addrs[attempts]) {
      if (ctx.g.af === AF_INET) {
        newrt.gate.set(hp.addrs[attempts].subarray(0, hp.length), 4);
        continue;
      }
      if (ctx.g.af === AF_INET6) {
        newrt.gate.set(hp.addrs[attempts].subarray(0, hp.length), 8);
        continue;
      }
    }
    break;
  }
  const oerrno = r.ret === 0 ? 0 : r.errno;
  if (newrt.cmd !== RTM.GET) {
    ctx.out(formatRtcmdShort(newrt, r.ret === 0, false, ctx.g.nflag));
    if (r.ret === 0) ctx.out('\n');
  } else if (r.ret !== 0) {
    if (ctx.g.nflag && newrt.af === AF_INET) ctx.out(` ${ntoa(newrt.dst)}`);
    else if (ctx.g.nflag && newrt.af === AF_INET6) ctx.out(` ${ntop6(newrt.dst)}`);
    else ctx.out(newrt.destStr ?? '(null)');
  }
  if (r.ret !== 0) ctx.out(`: ${reason(oerrno)}\n`);
  if (ctx.g.json && !(newrt.cmd === RTM.GET && r.ret === 0)) {
    ctx.records.push({
      command: COMMAND_WORD[newrt.cmd], type: newrt.flags & RTF.HOST ? 'host' : 'net', destination: newrt.destStr ?? null,
      gateway: newrt.gateStr ?? null, flags: formatRouteFlags(newrt.flags), errno: oerrno, error: r.ret === 0 ? null : reason(oerrno),
    });
  }
  return oerrno;
}

const COMMAND_WORD: Record<number, string> = { [RTM.ADD]: 'add', [RTM.CHANGE]: 'change', [RTM.DELETE]: 'delete', [RTM.GET]: 'get' };

/** --json: the reply of a `route get`, numeric. */
function replyRecord(m: DecodedMessage) {
  if (m.header !== 'rt') return null;
  const sa = m.sockaddrs;
  const text = (s: Sockaddr | undefined) => (s && (s.family === 'inet' || s.family === 'inet6') ? s.addr : s && s.family === 'link' ? s.name : null);
  return {
    destination: text(sa.DST), mask: text(sa.NETMASK), gateway: m.flags & RTF.GATEWAY ? text(sa.GATEWAY) : null,
    interface: sa.IFP && sa.IFP.family === 'link' && sa.IFP.name ? sa.IFP.name : null, setsrc: m.flags & RTF.SETSRC ? text(sa.SRC) : null,
    flags: formatRouteFlags(m.flags), metrics: { ...m.metrics },
  };
}

/** The MIB entry types delRouteEntry() deletes: IRE_DEFAULT, IRE_PREFIX, IRE_HOST (off-link routes). */
function flushable(r: Route): boolean {
  return r.type === 'offlink';
}

function inetSu(fam: Family, addr: string): Su {
  const su = newSu();
  if (fam === 'inet') {
    setFamily(su, AF_INET);
    const b = parseIPv4(addr);
    if (b) setSinAddr(su, ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0);
  } else {
    setFamily(su, AF_INET6);
    const b = parseIPv6(addr);
    if (b) sin6Addr(su).set(b);
  }
  return su;
}

function maskSu(fam: Family, plen: number): Su {
  const su = newSu();
  setFamily(su, fam === 'inet' ? AF_INET : AF_INET6);
  const at = fam === 'inet' ? 4 : 8;
  for (let i = 0; i < plen; i++) su[at + (i >> 3)] |= 0x80 >> (i & 7);
  return su;
}

/** delRouteEntry(): RTM_DELETE for one MIB entry, seq = its index in the walk. */
function delRouteEntry(ctx: RunCtx, r: Route, seqno: number): void {
  if (!flushable(r)) return;
  const host = r.prefixlen === (r.family === 'inet' ? 32 : 128);
  const dst = inetSu(r.family, r.dst);
  const gw = inetSu(r.family, r.gateway || (r.family === 'inet' ? '0.0.0.0' : '::'));
  const mask = maskSu(r.family, r.prefixlen);
  const rtm = RtMsghdrView.withSockaddrs({ DST: wireBytes(dst), GATEWAY: wireBytes(gw), NETMASK: wireBytes(mask) });
  rtm.type = RTM.DELETE;
  rtm.flags = RTF.GATEWAY | (host ? RTF.HOST : 0);
  rtm.seq = seqno;
  const bytes = rtm.bytes;
  if (ctx.g.debugonly) {
    if (ctx.g.verbose) dumpRequest(ctx, bytes);
    return;
  }
  const res = rtsWrite(ctx.host.k, ctx.host.sock, bytes);
  if (res.errno !== 0) {
    ctx.err(MSG.writeTo(res.errno));
    return;
  }
  if (ctx.g.json) ctx.records.push({ command: 'flush', destination: r.dst, prefixlen: r.prefixlen, gateway: r.gateway, errno: 0 });
  if (ctx.g.qflag) return;
  if (ctx.g.verbose) dumpRequest(ctx, bytes);
  else ctx.out(formatFlushLine(dst, gw, host, ctx.g.nflag, ctx.host.names));
}

/**
 * flushroutes(): `args` are the words from `flush` on (undefined for -f). Deletes the
 * default, prefix and host routes of the global family; with -p also the file's routes.
 */
export function flushroutes(ctx: RunCtx, args: readonly string[] | undefined): void {
  if (args && args.length > 1) {
    const word = args[1];
    if (args.length === 2 && word.startsWith('-')) {
      switch (keyword(word.slice(1))) {
        case K.INET:
          ctx.g.af = AF_INET;
          break;
        case K.LINK:
          ctx.g.af = AF_LINK;
          break;
        case K.INET6:
          ctx.g.af = AF_INET6;
          break;
        default:
          usage(ctx, word);
      }
    } else {
      usage(ctx, word);
    }
  }
  if (ctx.g.permFlag) saveRoute(ctx, undefined, true);
  if (!ctx.g.updateTable) return;
  if (ctx.g.tflag) {
    // setsockopt(SO_USELOOPBACK) on /dev/null.
    ctx.err(MSG.quit(QUIT.setsockopt, ENOTSOCK));
    throw new Exit(ENOTSOCK);
  }
  ctx.host.sock.useLoopback = false;
  if (!ctx.host.privileged) {
    // open("/dev/ip", O_RDWR): the device is 0660 root sys.
    ctx.err(MSG.flushNoPrivilege);
    throw new Exit(ERRNO.EACCES);
  }
  if (ctx.g.verbose) ctx.out(MSG.examining);
  const fam: Family | undefined = ctx.g.af === AF_INET ? 'inet' : ctx.g.af === AF_INET6 ? 'inet6' : undefined;
  if (fam) {
    // route.c reads the whole MIB first; read a page at a time instead (the same walk: each
    // delete removes only the route just handed out), so 200,000 routes are never all in memory.
    let seqno = 0;
    for (const r of mibRoutesPaged(ctx.host.k, fam)) delRouteEntry(ctx, r, seqno++);
  }
  ctx.host.sock.useLoopback = true;
}
