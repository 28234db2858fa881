// IPMP group membership for ipadm. Solaris 11 (ipadm_if.c i_ipadm_update_ipmp, i_ipadm_add_ipmp,
// i_ipadm_remove_ipmp, i_ipadm_add_ipmp_bringup_underif, ipadm_create_ipmp_implicit,
// ipadm_down_addrs, ipadm_up_addrs, ipadm_mark_testaddrs, ipadm_clear_testaddrs) leaves the
// repairs to its caller: ipadm's add_ipmp retries after each. illumos 2021 (ipadm_if.c
// i_ipadm_update_ipmp, i_ipadm_set_groupname_active) does them itself.
import { FAMILIES, ioctl, IFF, isLinkLocal6, ERRNO, KernelError } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtSetIf, ipmgmtUpdateIpmp } from '../ipmgmtd';
import { LIFC_ALL } from '../lifc-all';
import type { IpadmHandle } from './handle';
import { getFlags, ifEnabled, isIpmp, isUnderIpmp, lnum, setFlags, statusOf } from './handle';
import { createIf } from './plumb';
import { persistIf } from './persist-if';
import { ipadmErrno2status } from './status';
import type { IpadmStatus } from './status';

/** A logical interface of one family. */
export interface Lif {
  name: string;
  af: Family;
}

const enabledAny = (iph: IpadmHandle, ifname: string) => FAMILIES.some((af) => ifEnabled(iph, ifname, af));

/** i_ipadm_get_active_af: IPv4 when plumbed for it, else IPv6. */
const activeAf = (iph: IpadmHandle, ifname: string): Family => (ifEnabled(iph, ifname, 'inet') ? 'inet' : 'inet6');

/** i_ipadm_get_groupname: the IPv4 instance's group, else the IPv6 one's. */
export function groupname(iph: IpadmHandle, ifname: string): { status: IpadmStatus; group: string } {
  let group = '';
  let status: IpadmStatus = 'SUCCESS';
  for (const af of FAMILIES) {
    status = statusOf(() => {
      group = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ifname, af }).group;
    });
    if (status === 'SUCCESS') break;
  }
  return { status, group };
}

/** The logical interfaces of `ifname` in both families (SIOCGLIFCONF order, IPv4 first). */
export function lifsOf(iph: IpadmHandle, ifname: string): Lif[] {
  const entries = ioctl(iph.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries;
  return entries.filter((e) => e.name.split(':')[0] === ifname).map((e) => ({ name: e.name, af: e.family }));
}

/** i_ipadm_get_underifs: the interfaces in the IPMP interface's group, in SIOCGLIFCONF order. */
export function activeUnders(iph: IpadmHandle, ipmpif: string): string[] {
  const g = groupname(iph, ipmpif);
  if (g.status !== 'SUCCESS') return [];
  const out: string[] = [];
  for (const e of ioctl(iph.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    if (lnum(e.name) !== 0 || e.name === ipmpif || out.includes(e.name)) continue;
    const u = groupname(iph, e.name);
    if (u.status === 'SUCCESS' && u.group === g.group) out.push(e.name);
  }
  return out;
}

// ---- Solaris 11 ----

/** Validation shared by add and remove (i_ipadm_update_ipmp). */
function validateUpdate(iph: IpadmHandle, ipmpif: string, underif: string): { status: IpadmStatus; grname: string; ipmpPexist: boolean } {
  const fail = (status: IpadmStatus) => ({ status, grname: '', ipmpPexist: false });
  if (!iph.authorized) return fail('EAUTH');
  const ipmpPexist = (persistIf(iph, ipmpif)?.families.length ?? 0) > 0;
  const underPexist = (persistIf(iph, underif)?.families.length ?? 0) > 0;
  if (!enabledAny(iph, ipmpif)) return fail(ipmpPexist ? 'OP_DISABLE_OBJ' : 'NO_IPMPIF');
  if (!isIpmp(iph, ipmpif)) return fail('NOT_IPMP');
  if (!enabledAny(iph, underif)) return fail(underPexist ? 'OP_DISABLE_OBJ' : 'NO_UNDERIF');
  const g = groupname(iph, ipmpif);
  if (g.status !== 'SUCCESS') return fail(g.status);
  return { status: 'SUCCESS', grname: g.group, ipmpPexist };
}

/** ipadm_add_ipmp (S11): join, record the member, bring the member's unit 0 up. */
export function ipadmAddIpmp(iph: IpadmHandle, ipmpif: string, underif: string, persist: boolean): IpadmStatus {
  const v = validateUpdate(iph, ipmpif, underif);
  if (v.status !== 'SUCCESS') return v.status;
  if (persist && !v.ipmpPexist) return 'TEMPORARY_OBJ';
  let status = joinGroup(iph, v.grname, ipmpif, underif, persist);
  if (status === 'SUCCESS') status = bringupUnderif(iph, underif);
  // Any failure ends with i_ipadm_remove_ipmp, which does nothing to a member of another group.
  if (status !== 'SUCCESS') leaveS11(iph, v.grname, ipmpif, underif, persist);
  return status;
}

/** ipadm_remove_ipmp (S11). */
export function ipadmRemoveIpmp(iph: IpadmHandle, ipmpif: string, underif: string, persist: boolean): IpadmStatus {
  const v = validateUpdate(iph, ipmpif, underif);
  if (v.status !== 'SUCCESS') return v.status;
  return leaveS11(iph, v.grname, ipmpif, underif, persist);
}

/** i_ipadm_add_ipmp (S11; also the replay's join on both releases): SIOCSLIFGROUPNAME on the member's socket, the kernel's refusals in libipadm's words. */
export function joinGroup(iph: IpadmHandle, grname: string, ipmpif: string, underif: string, persist: boolean): IpadmStatus {
  try {
    ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: underif, af: activeAf(iph, underif), group: grname });
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    switch (e.errno) {
      case ERRNO.ENOENT: return 'NO_IPMPIF';
      case ERRNO.EALREADY: return 'ALREADY_IN_GRP';
      case ERRNO.EAFNOSUPPORT: return 'IPMPIF_MISSING_AF';
      case ERRNO.EADDRINUSE: return 'UNDERIF_UP_ADDRS';
      case ERRNO.EADDRNOTAVAIL: return 'UNDERIF_APP_ADDRS';
      default: return ipadmErrno2status(e.errno);
    }
  }
  if (persist) ipmgmtUpdateIpmp(iph.files, ipmpif, underif, 'add');
  return 'SUCCESS';
}

/** i_ipadm_remove_ipmp. */
function leaveS11(iph: IpadmHandle, grname: string, ipmpif: string, underif: string, persist: boolean): IpadmStatus {
  const g = groupname(iph, underif);
  if (g.status !== 'SUCCESS') return g.status;
  if (g.group !== grname) return 'NOT_IN_GROUP';
  const left = statusOf(() => ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: underif, af: activeAf(iph, underif), group: '' }));
  if (left !== 'SUCCESS') return left;
  if (persist) ipmgmtUpdateIpmp(iph.files, ipmpif, underif, 'remove');
  return 'SUCCESS';
}

/** Unit 0 has an address (i_ipadm_ifaddr_exists). */
function ifaddrExists(iph: IpadmHandle, ifname: string, af: Family): boolean {
  let addr = '';
  if (statusOf(() => { addr = ioctl(iph.k, 'SIOCGLIFADDR', { name: ifname, af }).addr; }) !== 'SUCCESS') return false;
  return addr !== '0.0.0.0' && addr !== '::';
}

/**
 * i_ipadm_add_ipmp_bringup_underif (AF_UNSPEC): unit 0 of each plumbed family without an
 * address goes up. For IPv6 S11 creates a link-local addrconf address there
 * (i_ipadm_create_ipv6_on_underif); the lab, with no in.ndpd, brings unit 0 up (inferred).
 */
export function bringupUnderif(iph: IpadmHandle, underif: string): IpadmStatus {
  let any = false;
  for (const af of FAMILIES) {
    if (!ifEnabled(iph, underif, af)) continue;
    any = true;
    if (ifaddrExists(iph, underif, af)) continue;
    const s = setFlags(iph, underif, af, IFF.UP, 0n);
    if (s !== 'SUCCESS') return s;
  }
  return any ? 'SUCCESS' : 'ENXIO';
}

/** ipadm_create_ipmp_implicit: plumbs the family the IPMP interface lacks (persistently if it is persistent). */
export function ipadmCreateIpmpImplicit(iph: IpadmHandle, ifname: string): IpadmStatus {
  const af = FAMILIES.find((f) => !ifEnabled(iph, ifname, f));
  if (af === undefined) return 'SUCCESS';
  // i_ipadm_create_ipmp (implicit) -> i_ipadm_create_if: persisted when the interface is.
  const p = persistIf(iph, ifname);
  const { status } = createIf(iph, ifname, af, { ipmp: true });
  if (status !== 'SUCCESS') return status;
  if (p && p.families.length > 0 && !p.families.includes(af)) ipmgmtSetIf(iph.files, ifname, af, 'ipmp');
  return 'SUCCESS';
}

/** ipadm_down_addrs: the UP (or DUPLICATE) addresses of `ifname`, brought down; returns them. */
export function ipadmDownAddrs(iph: IpadmHandle, ifname: string): { status: IpadmStatus; downed: Lif[] } {
  const downed: Lif[] = [];
  for (const l of lifsOf(iph, ifname)) {
    const f = getFlags(iph, l.name, l.af);
    if (f.status !== 'SUCCESS') continue;
    if ((f.flags & (IFF.UP | IFF.DUPLICATE)) === 0n) continue;
    const s = setFlags(iph, l.name, l.af, 0n, IFF.UP);
    if (s !== 'SUCCESS') {
      ipadmUpAddrs(iph, downed);
      return { status: s, downed: [] };
    }
    if ((f.flags & IFF.ADDRCONF) === 0n) downed.push(l);
  }
  return { status: 'SUCCESS', downed };
}

/** ipadm_up_addrs. */
export function ipadmUpAddrs(iph: IpadmHandle, addrs: readonly Lif[]): IpadmStatus {
  for (const l of addrs) {
    const s = setFlags(iph, l.name, l.af, IFF.UP, 0n);
    if (s !== 'SUCCESS') return s;
  }
  return 'SUCCESS';
}

/** i_ipadm_is_dataaddr: not NOFAILOVER, not unspecified, not an IPv6 link-local. */
function isDataAddr(iph: IpadmHandle, l: Lif, flags: bigint): boolean {
  if ((flags & IFF.NOFAILOVER) !== 0n) return false;
  const addr = ioctl(iph.k, 'SIOCGLIFADDR', { name: l.name, af: l.af }).addr;
  if (addr === '0.0.0.0' || addr === '::') return false;
  return !(l.af === 'inet6' && isLinkLocal6(addr));
}

/**
 * i_ipadm_mark_testaddrs_common: marking sets IFF_NOFAILOVER on the data addresses (the kernel
 * adds IFF_DEPRECATED); clearing takes IFF_NOFAILOVER and IFF_DEPRECATED off the test addresses
 * (not DHCP's).
 */
export function ipadmMarkTestaddrs(iph: IpadmHandle, ifname: string, mark: boolean): IpadmStatus {
  for (const l of lifsOf(iph, ifname)) {
    const f = getFlags(iph, l.name, l.af);
    if (f.status !== 'SUCCESS') return f.status;
    if (mark ? !isDataAddr(iph, l, f.flags) : (f.flags & IFF.NOFAILOVER) === 0n || (f.flags & IFF.DHCPRUNNING) !== 0n) continue;
    const s = mark ? setFlags(iph, l.name, l.af, IFF.NOFAILOVER, 0n) : setFlags(iph, l.name, l.af, 0n, IFF.NOFAILOVER | IFF.DEPRECATED);
    if (s !== 'SUCCESS') return s;
  }
  return 'SUCCESS';
}

// ---- illumos 2021 ----

/** ipadm_add_ipmp_member / ipadm_remove_ipmp_member (i_ipadm_update_ipmp). */
export function ipadmUpdateIpmpMember(iph: IpadmHandle, gifname: string, mifname: string, persist: boolean, op: 'add' | 'remove'): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  if (!enabledAny(iph, gifname) || !enabledAny(iph, mifname)) return 'OP_DISABLE_OBJ';
  if (!isIpmp(iph, gifname)) return 'INVALID_ARG';
  if (op === 'add' && isUnderIpmp(iph, mifname)) return 'IF_INUSE';
  const g2 = groupname(iph, gifname);
  if (g2.status !== 'SUCCESS') return g2.status;
  let group = g2.group;
  if (op === 'remove') {
    const g1 = groupname(iph, mifname);
    if (g1.status !== 'SUCCESS') return g1.status;
    if (g1.group === '' || g1.group !== group) return 'INVALID_ARG';
    group = '';
  }
  if (persist && ipmgmtUpdateIpmp(iph.files, gifname, mifname, op) !== 0) return 'NOTFOUND';
  return setGroupnameActive(iph, mifname, group);
}

/**
 * i_ipadm_set_groupname_active: the member's UP addresses go down (ipadm_disable_addr for an
 * address object; the lab brings each down), SIOCSLIFGROUPNAME on the IPv4 socket and, if that
 * fails, the IPv6 one, the addresses come back; then a member that left has its unit 0's test
 * marks cleared, and one that joined with no address up has unit 0 brought up in both families.
 */
function setGroupnameActive(iph: IpadmHandle, ifname: string, group: string): IpadmStatus {
  const { downed } = ipadmDownAddrs(iph, ifname);
  let status = statusOf(() => ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: ifname, af: 'inet', group }));
  if (status !== 'SUCCESS') status = statusOf(() => ioctl(iph.k, 'SIOCSLIFGROUPNAME', { name: ifname, af: 'inet6', group }));
  ipadmUpAddrs(iph, downed);
  if (status === 'SUCCESS') {
    for (const af of FAMILIES) {
      if (group === '') setFlags(iph, ifname, af, 0n, IFF.DEPRECATED | IFF.NOFAILOVER);
      else if (downed.length === 0) setFlags(iph, ifname, af, IFF.UP, 0n);
    }
  }
  return status;
}
