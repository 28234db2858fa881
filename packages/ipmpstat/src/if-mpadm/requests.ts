// if_mpadm(8)'s requests: offline an IPMP group member or undo it (the Clearview if_mpadm.c).
//
//  -d IF: is_offline (SIOCGLIFFLAGS on an IPv4 socket, on ENXIO again on an IPv6 one) must be
//         clear; in.mpathd offlines it with minimum redundancy 1 (ipmp_offline); then every UP
//         address of IF, both families, is brought down (ifaddrlistx + SIOCSLIFFLAGS).
//  -r IF: IFF_OFFLINE must be set; every down address of IF is brought up; in.mpathd undoes the
//         offline (ipmp_undo_offline); a warning if IFF_OFFLINE is still set afterwards.
//
// The whole run is one transaction. A fatal error after changes were made (an undo refused by
// in.mpathd after the addresses came up) keeps those changes, as on the real system.
import { ERRNO, IFF, KernelError, LIFNAMSIZ, ioctl, ipmpSnapshot, mpathdOffline, mpathdUndoOffline, strerror } from '@ipmplab/core/syscalls';
import type { Family, Kernel, MpathdResult } from '@ipmplab/core/syscalls';
import { LIFC_ALL } from '@ipmplab/userland';
import { EXIT, IPMP_ERRMSG, MPADM, MPADM_ERRMSG } from '../messages';
import type { MpadmAction } from './grammar';


/** die(): stop with exit 1 after the message. */
class Fatal extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

interface Ctx {
  k: Kernel;
  ifname: string;
  /** The name as the kernel and in.mpathd see it (strlcpy into LIFNAMSIZ). */
  lifr: string;
  err: (text: string) => void;
}

function errnoOf(e: unknown): number {
  if (e instanceof KernelError) return e.errno;
  throw e;
}

/** is_offline(): IFF_OFFLINE on the name, asking an IPv4 socket first, an IPv6 one on ENXIO. */
function isOffline(c: Ctx): boolean {
  let flags: bigint;
  try {
    flags = ioctl(c.k, 'SIOCGLIFFLAGS', { name: c.lifr, af: 'inet' }).flags;
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== ERRNO.ENXIO) throw new Fatal(MPADM.cannotGetFlags(c.ifname, strerror(errno)));
    try {
      flags = ioctl(c.k, 'SIOCGLIFFLAGS', { name: c.lifr, af: 'inet6' }).flags;
    } catch (e6) {
      throw new Fatal(MPADM.cannotGetFlags(c.ifname, strerror(errnoOf(e6))));
    }
  }
  return (flags & IFF.OFFLINE) !== 0n;
}

interface LifAddr {
  name: string;
  flags: bigint;
}

/**
 * libinetutil ifaddrlistx(): the logical interfaces of the physical interface `ifname` with at
 * least one of `set` (when non-zero) and none of `clear`, from SIOCGLIFCONF (AF_UNSPEC,
 * NOXMIT|ALLZONES|TEMPORARY|UNDER_IPMP), each entry's flags read on its family's socket
 * (vanished ones skipped). The list is built by prepending, so it runs in reverse kernel order.
 */
function ifaddrlistx(k: Kernel, ifname: string, set: bigint, clear: bigint): LifAddr[] | { errno: number } {
  let entries;
  try {
    entries = ioctl(k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries;
  } catch (e) {
    return { errno: errnoOf(e) };
  }
  const out: LifAddr[] = [];
  for (const e of entries) {
    if (e.name.split(':')[0] !== ifname) continue;
    let flags: bigint;
    try {
      flags = ioctl(k, 'SIOCGLIFFLAGS', { name: e.name, af: e.family }).flags;
    } catch (err) {
      const errno = errnoOf(err);
      if (errno === ERRNO.ENXIO) continue;
      return { errno };
    }
    if ((set !== 0n && (flags & set) === 0n) || (flags & clear) !== 0n) continue;
    out.unshift({ name: e.name, flags });
  }
  return out;
}

/** set_lifflags(): SIOCSLIFFLAGS on the socket of the address's family (IFF_IPV4 decides). */
function setLifFlags(k: Kernel, name: string, flags: bigint): boolean {
  const af: Family = (flags & IFF.IPV4) !== 0n ? 'inet' : 'inet6';
  try {
    ioctl(k, 'SIOCSLIFFLAGS', { name, af, flags });
    return true;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

/** libipmp's answer to a command, as far as the tool can see it. */
type Answer = MpathdResult | { code: 'ENOMPATHD' };

/**
 * ipmp_offline / ipmp_undo_offline through libipmp: no daemon answers ECONNREFUSED
 * (IPMP_ENOMPATHD); an unprivileged caller cannot bind a privileged port, so in.mpathd drops the
 * command unanswered and libipmp returns IPMP_FAILURE with the errno left by the refused
 * TCP_ANONPRIVBIND (EACCES).
 */
function askMpathd(c: Ctx, ask: (k: Kernel, name: string) => MpathdResult): Answer {
  if (!ipmpSnapshot(c.k)) return { code: 'ENOMPATHD' };
  if (!c.k.caller.privileged) return { code: 'FAILURE', errno: ERRNO.EACCES };
  return ask(c.k, c.lifr);
}

/** mpadm_errmsg(): its own words for EUNKIF and EMINRED, libipmp's for the rest. */
export function mpadmErrmsg(r: Answer): string {
  switch (r.code) {
    case 'EUNKIF': return MPADM_ERRMSG.EUNKIF;
    case 'EMINRED': return MPADM_ERRMSG.EMINRED;
    case 'EHWADDRDUP': return IPMP_ERRMSG.EHWADDRDUP;
    case 'ENOMPATHD': return IPMP_ERRMSG.ENOMPATHD;
    case 'FAILURE': return strerror(r.errno);
    case 'SUCCESS': return 'operation succeeded';
  }
}

function doOffline(c: Ctx): void {
  if (isOffline(c)) throw new Fatal(MPADM.alreadyOffline(c.ifname));
  const r = askMpathd(c, (k, name) => mpathdOffline(k, name, 1));
  if (r.code !== 'SUCCESS') throw new Fatal(MPADM.cannotOffline(c.ifname, mpadmErrmsg(r)));
  const addrs = ifaddrlistx(c.k, c.ifname, IFF.UP, 0n);
  if ('errno' in addrs) throw new Fatal(MPADM.cannotGetAddrsOn(c.ifname, strerror(addrs.errno)));
  for (const a of addrs) {
    if ((a.flags & IFF.OFFLINE) === 0n) c.err(MPADM.offlineVanished(a.name));
    if (!setLifFlags(c.k, a.name, a.flags & ~IFF.UP)) c.err(MPADM.cannotBringDown(a.name));
  }
}

function undoOffline(c: Ctx): void {
  if (!isOffline(c)) throw new Fatal(MPADM.notOffline(c.ifname));
  const addrs = ifaddrlistx(c.k, c.ifname, 0n, IFF.UP);
  if ('errno' in addrs) throw new Fatal(MPADM.cannotGetAddrsFor(c.ifname, strerror(addrs.errno)));
  for (const a of addrs) {
    if ((a.flags & IFF.OFFLINE) === 0n) c.err(MPADM.offlineVanished(a.name));
    if (!setLifFlags(c.k, a.name, a.flags | IFF.UP)) c.err(MPADM.cannotBringUp(a.name));
  }
  const r = askMpathd(c, (k, name) => mpathdUndoOffline(k, name));
  if (r.code !== 'SUCCESS') throw new Fatal(MPADM.cannotUndo(c.ifname, mpadmErrmsg(r)));
  if (isOffline(c)) c.err(MPADM.notCleared(c.ifname));
}

/** The kernel conversation of one run; stderr text is handed to `err` as it happens. */
export function runIfMpadm(k: Kernel, action: MpadmAction, ifname: string, err: (text: string) => void): number {
  const c: Ctx = { k, ifname, lifr: truncateName(ifname), err };
  try {
    if (action === 'offline') doOffline(c);
    else undoOffline(c);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof Fatal) {
      err(e.text);
      return EXIT.FAILURE;
    }
    throw e;
  }
}

/** strlcpy(lifr.lifr_name, ifname, LIFNAMSIZ), by bytes as C copies. */
function truncateName(name: string): string {
  const buf = Buffer.from(name);
  return buf.length < LIFNAMSIZ ? name : buf.subarray(0, LIFNAMSIZ - 1).toString();
}
