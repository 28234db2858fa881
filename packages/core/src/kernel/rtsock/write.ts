// Writing to a routing socket (rts.c rts_wput, ip_rts.c ip_rts_request_common): validation in
// illumos order, the per-type handler, then the request echoed to every eligible socket with
// RTF_DONE or rtm_errno. RTM_GET is answered with a new message instead.
import { RTM, RTF, RTM_VERSION, RT_MSGHDR_SIZE, RtMsghdrView, ERRNO, KernelError, decodeMessage, encodeMessage, AF_INET, AF_INET6, RTSQ } from '../../wire';
import type { DecodedMessage, RtMessage, Sockaddr } from '../../wire';
import type { Kernel } from '../kernel';
import type { Family } from '../model';
import type { RtSocket } from './socket';
import type { RtRequest } from '../route/request';
import { fail, hostPrefix } from '../route/request';
import { canonical, prefixFromMask } from '../addr';
import { rtAdd } from '../route/add';
import { rtDelete } from '../route/delete';
import { rtChange, rtGet } from '../route/get';
import { isUnderIpmp } from './emit';
import { groupOf } from '../ipmp/group';
import { slabCopy } from '../../wire/slab';

export interface RtWriteResult {
  /** What write(2) returns: 0 or the errno (also in the echo's rtm_errno). */
  errno: number;
  /** The RTM_GET reply. */
  reply?: RtMessage;
  /** The RTM_GET reply's bytes, as the writer's read(2) on the socket returns them. */
  replyBytes?: Uint8Array;
}

function inetOf(sa: Sockaddr | undefined, family: Family): string | undefined {
  if (!sa) return undefined;
  if (sa.family === 'unspec') {
    // AF_UNSPEC is read as IPv4 (rts_getaddrs).
    if (family !== 'inet') fail(ERRNO.EINVAL);
    return (sa as { addr?: string }).addr ?? '0.0.0.0';
  }
  if (sa.family !== family) fail(ERRNO.EINVAL);
  return canonical(family, (sa as { addr: string }).addr) ?? fail(ERRNO.EINVAL);
}

/** The working family comes from RTA_DST; an unknown one fails per request type. */
function requestFamily(type: number, dst: Sockaddr): Family {
  if (dst.family === 'inet' || dst.family === 'unspec') return 'inet';
  if (dst.family === 'inet6') return 'inet6';
  if (type === RTM.ADD || type === RTM.DELETE) return fail(ERRNO.ESRCH);
  if (type === RTM.GET || type === RTM.CHANGE) return fail(ERRNO.EAFNOSUPPORT);
  return fail(ERRNO.EOPNOTSUPP);
}

/** Builds the validated request (checks 4–7 of reference routing-socket §2.2). */
function parseRequest(k: Kernel, m: DecodedMessage & { header: 'rt' }): RtRequest {
  const sa = m.sockaddrs;
  const dstSa = sa.DST ?? fail(ERRNO.EINVAL);
  if (sa.GENMASK || sa.BRD) fail(ERRNO.EINVAL);
  const family = requestFamily(m.type, dstSa);
  if (family === 'inet6' && sa.DST?.family === 'inet6' && /^::ffff:/i.test(sa.DST.addr)) fail(ERRNO.EINVAL);
  const dst = inetOf(dstSa, family)!;
  const gateway = inetOf(sa.GATEWAY, family);
  const src = inetOf(sa.SRC, family);
  inetOf(sa.IFA, family);
  inetOf(sa.AUTHOR, family);
  let prefixlen = hostPrefix(family);
  let maskGiven = (m.flags & RTF.HOST) !== 0;
  if (sa.NETMASK && (m.flags & RTF.HOST) === 0) {
    const mask = inetOf(sa.NETMASK, family)!;
    prefixlen = prefixFromMask(family, mask);
    maskGiven = true;
    if (prefixlen < 0) prefixlen = -1; // non-contiguous: refused by the handlers that care (ENOTSUP)
  }
  let ifp;
  if (sa.IFP) {
    if (sa.IFP.family !== 'link' && sa.IFP.family !== 'unspec') fail(ERRNO.EINVAL);
    const index = sa.IFP.family === 'link' ? sa.IFP.index : 0;
    if (index !== 0) ifp = k.phyintByIndex(index) ?? fail(ERRNO.EINVAL);
  }
  if (ifp && isUnderIpmp(ifp)) {
    // An underlying interface: RTM_ADD is applied to its IPMP interface, CHANGE and DELETE fail,
    // GET stays restricted to it (the rest fail later with EOPNOTSUPP).
    if (m.type === RTM.ADD) {
      const g = groupOf(k, ifp);
      ifp = (g && k.state.phyints[g.ifname]) ?? fail(ERRNO.EINVAL);
    } else if (m.type === RTM.CHANGE || m.type === RTM.DELETE) fail(ERRNO.EINVAL);
  }
  return {
    type: m.type, family, dst, prefixlen, maskGiven, netmaskGiven: !!sa.NETMASK, gateway, ifp, ifpGiven: !!sa.IFP, ifaGiven: !!sa.IFA, src,
    flags: m.flags, inits: m.inits, locks: m.metrics.locks, metrics: m.metrics,
  };
}

function familyOfMessage(m: DecodedMessage): number {
  const d = m.sockaddrs.DST;
  return d?.family === 'inet6' ? AF_INET6 : d?.family === 'inet' || d?.family === 'unspec' ? AF_INET : 0;
}

/** Patches rtm_pid / rtm_flags / rtm_errno into a copy of the written bytes (the echo). */
function echoBytes(bytes: Uint8Array, pid: number, flags: number, errno: number): Uint8Array {
  const echo = new RtMsghdrView(slabCopy(bytes));
  echo.pid = pid;
  echo.flags = flags;
  echo.errno = errno;
  return echo.bytes;
}

export function rtsWrite(k: Kernel, sock: RtSocket, bytes: Uint8Array): RtWriteResult {
  if (bytes.length < RT_MSGHDR_SIZE) return { errno: ERRNO.EINVAL };
  const hdr = new RtMsghdrView(bytes);
  if (hdr.msglen !== bytes.length) return { errno: ERRNO.EINVAL };
  if (hdr.version !== RTM_VERSION) return { errno: ERRNO.EPROTONOSUPPORT };
  const type = hdr.type;
  const origFlags = hdr.flags;
  /** The request as decoded, once it is. */
  let m: (DecodedMessage & { header: 'rt' }) | undefined;
  const echo = (errno: number, reply?: RtMessage): RtWriteResult => {
    const replyBytes = reply && encodeMessage(reply);
    if (!reply) {
      const flags = errno === 0 ? origFlags | RTF.DONE : origFlags;
      const out = echoBytes(bytes, sock.pid, flags, errno);
      let decoded: DecodedMessage | undefined;
      if (m) {
        // The echo is the request's bytes with three fields patched: no need to decode it again.
        decoded = { ...m, pid: sock.pid, flags: flags >>> 0, errno } as DecodedMessage;
      } else {
        try {
          decoded = decodeMessage(out, { header: 'rt' });
        } catch {
          decoded = undefined;
        }
      }
      if (decoded) k.emit(decoded, RTSQ.ALL, familyOfMessage(decoded), sock.id, out);
    } else {
      k.emit(reply, RTSQ.ALL, familyOfMessage(reply as DecodedMessage), sock.id, replyBytes);
    }
    return { errno, reply, replyBytes };
  };
  try {
    if (type !== RTM.GET && type !== RTM.RESOLVE && !k.caller.privileged) return echo(ERRNO.EPERM);
    const rtm = decodeMessage(bytes, { header: 'rt' }) as DecodedMessage & { header: 'rt' };
    m = rtm;
    const req = parseRequest(k, rtm);
    switch (type) {
      case RTM.ADD:
        rtAdd(k, req);
        return echo(0);
      case RTM.DELETE:
        rtDelete(k, req);
        return echo(0);
      case RTM.CHANGE:
        rtChange(k, req);
        return echo(0);
      case RTM.GET:
        return echo(0, rtGet(k, req, { ...rtm, pid: sock.pid }));
      default:
        return echo(ERRNO.EOPNOTSUPP);
    }
  } catch (e) {
    if (e instanceof KernelError) return echo(e.errno);
    throw e;
  }
}

