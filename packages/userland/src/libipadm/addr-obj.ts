// The address object ipadm fills before ipadm_create_addr (ipadm_addr.c ipadm_create_addrobj,
// i_ipadm_is_user_aobjname_valid, ipadm_set_addr, i_ipadm_resolve_addr, ipadm_set_dst_addr,
// ipadm_set_interface_id), and the look-up of an existing object by name
// (i_ipadm_get_addrobj: ipmgmtd's map; S11 also the persistent lines of a disabled object).
import { canonical, familyOf, FAMILIES } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { aobjmapRead, ipmgmtAobjname2Addrobj, ipmgmtGetAddr, nvGet } from '../ipmgmtd';
import type { AobjNode, AobjType } from '../ipmgmtd';
import { hostAddrs } from '../name-service';
import type { IpadmHandle } from './handle';
import { ifparseIfspec } from './ifspec';
import type { IpadmStatus } from './status';

/** IPADM_AOBJ_USTRSIZ: the part after '/' is shorter than this. */
export const IPADM_AOBJ_USTRSIZ = 32;

/** struct ipadm_addrobj_s. */
export interface AddrObj {
  ifname: string;
  lifnum: number;
  /** "IF/NAME"; '' for a name ipmgmtd (or, on Solaris 11.4, libipadm) makes up. */
  aobjname: string;
  atype: Exclude<AobjType, 'none'>;
  af?: Family;
  /** static: the local address, its text as given (hostname or literal), the prefix length (0: default). */
  addr?: string;
  aname?: string;
  prefixlen: number;
  dst?: string;
  dname?: string;
  /** addrconf: the interface id and its prefix length. */
  intfid?: { addr: string; plen: number };
  stateless: boolean;
  stateful: boolean;
}

/** i_ipadm_is_user_aobjname_valid: a letter, then letters and digits, shorter than 32. */
export function userAobjnameValid(name: string): boolean {
  return name.length < IPADM_AOBJ_USTRSIZ && /^[A-Za-z][A-Za-z0-9]*$/.test(name);
}

/** ipadm_create_addrobj: "IF" or "IF/NAME" (a logical unit in IF is the legacy caller's). */
export function ipadmCreateAddrobj(type: AddrObj['atype'], aobjname: string): { status: IpadmStatus; obj?: AddrObj } {
  if (aobjname === '') return { status: 'INVALID_ARG' };
  const slash = aobjname.indexOf('/');
  const ifpart = slash < 0 ? aobjname : aobjname.slice(0, slash);
  const aname = slash < 0 ? undefined : aobjname.slice(slash + 1);
  const sp = ifparseIfspec(ifpart);
  if (!sp.valid) return { status: 'INVALID_ARG' };
  if (aname !== undefined && !userAobjnameValid(aname)) return { status: 'INVALID_ARG' };
  const ifname = sp.lunvalid ? ifpart.slice(0, ifpart.indexOf(':')) : ifpart;
  return {
    status: 'SUCCESS',
    obj: {
      ifname, lifnum: sp.lunvalid ? sp.lun : 0, aobjname: aname === undefined ? '' : `${ifname}/${aname}`, atype: type,
      af: type === 'addrconf' ? 'inet6' : type === 'dhcp' ? 'inet' : undefined,
      prefixlen: 0, stateless: true, stateful: true,
    },
  };
}

/**
 * i_ipadm_resolve_addr (getaddrinfo, AF_UNSPEC, AI_ALL|AI_V4MAPPED): a literal, else the hosts
 * database; a name with more than one address is refused.
 */
function resolve(name: string): { status: IpadmStatus; af?: Family; addr?: string } {
  const af = familyOf(name);
  if (af !== undefined) return { status: 'SUCCESS', af, addr: canonical(af, name) };
  const found = FAMILIES.flatMap((f) => hostAddrs(name, f).map((addr) => ({ af: f, addr })));
  if (found.length === 0) return { status: 'BAD_ADDR' };
  if (found.length > 1) return { status: 'BAD_HOSTNAME' };
  return { status: 'SUCCESS', ...found[0] };
}

/** ipadm_set_addr: "addr[/prefixlen]" (strtoul: digits only, any size). */
export function ipadmSetAddr(obj: AddrObj, astr: string): IpadmStatus {
  let name = astr;
  let prefixlen = 0;
  const slash = astr.indexOf('/');
  if (slash >= 0) {
    name = astr.slice(0, slash);
    const p = astr.slice(slash + 1);
    if (p !== '' && !/^\s*[+-]?\d+$/.test(p)) return 'INVALID_ARG';
    // A negative value wraps in strtoul: too long for any family either way.
    prefixlen = p === '' ? 0 : Math.min(Number.parseInt(p, 10) < 0 ? 0xffffffff : Number.parseInt(p, 10), 0xffffffff);
  }
  const r = resolve(name);
  if (r.status !== 'SUCCESS') return r.status;
  obj.addr = r.addr;
  obj.aname = name;
  obj.af = r.af;
  obj.prefixlen = prefixlen;
  return 'SUCCESS';
}

/** ipadm_set_dst_addr: no mask on a destination. */
export function ipadmSetDstAddr(obj: AddrObj, dstr: string): IpadmStatus {
  if (dstr.includes('/')) return 'BAD_ADDR';
  const r = resolve(dstr);
  if (r.status !== 'SUCCESS') return r.status;
  obj.dst = r.addr;
  obj.dname = dstr;
  obj.af ??= r.af;
  return 'SUCCESS';
}

/**
 * ipadm_set_interface_id: "id[/plen]" (IPv6 literal, plen 64 by default), with no bit set in the
 * first plen bits (i_ipadm_mask_interface_id): S11 says IPADM_INVALID_IFID, illumos INVALID_ARG.
 */
export function ipadmSetInterfaceId(iph: IpadmHandle, obj: AddrObj, s: string): IpadmStatus {
  const bad: IpadmStatus = iph.release === 'solaris11' ? 'BAD_IFID' : 'INVALID_ARG';
  const [a, p] = s.split('/', 2);
  const plen = p === undefined ? 64 : /^\d+$/.test(p) ? Number(p) : -1;
  if (familyOf(a) !== 'inet6' || plen < 0 || plen > 128) return bad;
  const addr = canonical('inet6', a)!;
  obj.intfid = { addr, plen };
  return 'SUCCESS';
}

/** The address object as i_ipadm_get_addrobj finds it, with the map's flags. */
export interface FoundAddrobj {
  node: AobjNode;
}

const AF_OF_LINE = (l: [string, string][]): { af: Family; atype: AobjNode['atype'] } | undefined => {
  if (nvGet(l, '_ipv4addr') !== undefined) return { af: 'inet', atype: 'static' };
  if (nvGet(l, '_ipv6addr') !== undefined) return { af: 'inet6', atype: 'static' };
  if (nvGet(l, '_dhcp') !== undefined) return { af: 'inet', atype: 'dhcp' };
  if (nvGet(l, '_intfid') !== undefined) return { af: 'inet6', atype: 'addrconf' };
  return undefined;
};

/**
 * i_ipadm_get_addrobj: the node of that name in ipmgmtd's map; Solaris 11 falls back to the
 * persistent line of an object the map does not have (i_ipadm_get_persistent_addrobj), illumos
 * answers ENOENT (NOTFOUND).
 */
export function getAddrobj(iph: IpadmHandle, aobjname: string): { status: IpadmStatus; node?: AobjNode } {
  const node = ipmgmtAobjname2Addrobj(iph.files, aobjname);
  if (node) return { status: 'SUCCESS', node };
  if (iph.release !== 'solaris11') return { status: 'NOTFOUND' };
  const got = ipmgmtGetAddr(iph.files, { aobjname });
  const line = got.lines.find((l) => AF_OF_LINE(l) !== undefined);
  const t = line && AF_OF_LINE(line);
  if (!line || !t) return { status: 'NOTFOUND' };
  return { status: 'SUCCESS', node: { aobjname, ifname: nvGet(line, '_ifname') ?? '', lnum: -1, family: t.af, atype: t.atype, flags: 2 } };
}

/** i_ipadm_addrobj2lifname. */
export const lifnameOf = (ifname: string, lnum: number): string => (lnum > 0 ? `${ifname}:${lnum}` : ifname);

/**
 * Solaris 11.4 names an object made without one: IF/v4, IF/v4a, IF/v4b… for IPv4, IF/v6… for
 * IPv6 (as its documentation shows create-addr printing "ipadm: ipmp0/v4" then "ipmp0/v4a"); the
 * first that neither the map nor ipadm.conf has (inferred: the 11.4 library is not available).
 */
export function autoAobjname(iph: IpadmHandle, ifname: string, af: Family): string {
  const base = `${ifname}/${af === 'inet' ? 'v4' : 'v6'}`;
  const taken = new Set([...aobjmapRead(iph.files).map((n) => n.aobjname), ...ipmgmtGetAddr(iph.files, { ifname }).lines.map((l) => nvGet(l, '_aobjname'))]);
  for (let i = -1; ; i++) {
    const name = i < 0 ? base : `${base}${suffix(i)}`;
    if (!taken.has(name)) return name;
  }
}

const suffix = (n: number): string => (n >= 26 ? suffix(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));
