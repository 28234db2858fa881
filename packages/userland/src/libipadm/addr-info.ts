// ipadm_addr_info (ipadm_addr.c i_ipadm_get_all_addr_info, i_ipadm_active_addr_info,
// i_ipadm_nvl2ainfo_common, i_ipadm_nvl2ainfo_persist): the kernel's addresses in SIOCGLIFCONF
// order (IPv4, then IPv6), each with the object ipmgmtd has on its logical interface (none: a
// type guessed from the flags, and show-addr prints IF/?), then what ipadm.conf adds: the
// persistent flags of those objects and, in state "disabled", the objects only ipadm.conf has.
// Unit 0 with no address is left out (unless DHCP runs on it).
import { ioctl, IFF, isLinkLocal6 } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtGetAddr, ipmgmtLif2Aobj, nvGet } from '../ipmgmtd';
import type { NvList } from '../ipmgmtd';
import { LIFC_ALL } from '../lifc-all';
import type { IpadmHandle } from './handle';
import { ifEnabled, lnum, statusOf } from './handle';
import { ifparseIfspec } from './ifspec';
import { mask2plen } from './inetutil';
import type { AddrInfo, AddrState, AddrType } from './types';
import type { IpadmStatus } from './status';

const UNSPEC = new Set(['0.0.0.0', '::']);

export function ipadmAddrInfo(iph: IpadmHandle, ifname?: string): { status: IpadmStatus; info: AddrInfo[] } {
  if (ifname !== undefined) {
    const sp = ifparseIfspec(ifname);
    if (!sp.valid || sp.lunvalid) return { status: 'INVALID_ARG', info: [] };
  }
  const info = activeAddrInfo(iph, ifname);
  const db = ipmgmtGetAddr(iph.files, { ifname });
  if (db.err !== 0) {
    // Nothing anywhere for a named interface. S11 still answers for one that is plumbed with no
    // address; illumos says the interface does not exist.
    if (info.length === 0 && ifname !== undefined) {
      const plumbed = iph.release === 'solaris11' && (ifEnabled(iph, ifname, 'inet') || ifEnabled(iph, ifname, 'inet6'));
      if (!plumbed) return { status: 'ENXIO', info };
    }
    return { status: 'SUCCESS', info };
  }
  for (const l of db.lines) {
    const aobjname = nvGet(l, '_aobjname')!;
    let cur = info.find((i) => i.aobjname === aobjname);
    if (!cur) {
      cur = {
        lifname: nvGet(l, '_ifname') ?? '', family: 'inet', aobjname, type: 'static', state: 'disabled', flags: 0n,
        addr: '', prefixlen: 0, dst: '', persistent: { stored: true, up: false, private: false, deprecated: false },
      };
      info.push(cur);
    }
    fromLine(cur, l);
  }
  return { status: 'SUCCESS', info };
}

/** i_ipadm_active_addr_info. */
function activeAddrInfo(iph: IpadmHandle, ifname?: string): AddrInfo[] {
  const out: AddrInfo[] = [];
  for (const e of ioctl(iph.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    const phys = e.name.split(':')[0];
    if (ifname !== undefined && phys !== ifname) continue;
    const af = e.family;
    let flags = 0n;
    let mask = '';
    let dst = '';
    const s = statusOf(() => {
      flags = ioctl(iph.k, 'SIOCGLIFFLAGS', { name: e.name, af }).flags;
      mask = ioctl(iph.k, 'SIOCGLIFNETMASK', { name: e.name, af }).addr;
      if ((flags & IFF.POINTOPOINT) !== 0n) dst = ioctl(iph.k, 'SIOCGLIFDSTADDR', { name: e.name, af }).addr;
    });
    if (s !== 'SUCCESS') continue;
    if (UNSPEC.has(e.addr) && (flags & IFF.DHCPRUNNING) === 0n) continue;
    const node = ipmgmtLif2Aobj(iph.files, phys, lnum(e.name), af);
    out.push({
      lifname: e.name, family: af, aobjname: node?.aobjname ?? '', type: node && node.atype !== 'none' ? node.atype : guessType(af, flags, e.addr),
      state: activeState(iph, e.name, af, flags), flags, addr: e.addr, prefixlen: mask2plen(af, mask), dst,
      persistent: { stored: false, up: false, private: false, deprecated: false },
    });
  }
  return out;
}

/** The type of an address ipmgmtd has no object for, from its flags. */
function guessType(af: Family, flags: bigint, addr: string): AddrType {
  if ((flags & IFF.DHCPRUNNING) !== 0n && (af === 'inet' || !isLinkLocal6(addr))) return 'dhcp';
  if ((flags & IFF.ADDRCONF) !== 0n) return 'addrconf';
  return 'static';
}

/**
 * The address state: down (or duplicate) when not UP; UP on a running link is tentative while
 * the kernel's DAD runs (SIOCGLIFDADSTATE), else ok; UP on a link that is not running is
 * inaccessible.
 */
function activeState(iph: IpadmHandle, lifname: string, af: Family, flags: bigint): AddrState {
  if ((flags & IFF.UP) === 0n) return (flags & IFF.DUPLICATE) !== 0n ? 'duplicate' : 'down';
  if ((flags & IFF.RUNNING) === 0n) return 'inaccessible';
  return ioctl(iph.k, 'SIOCGLIFDADSTATE', { name: lifname, af }).dadstate === 'inprogress' ? 'tentative' : 'ok';
}

/**
 * i_ipadm_nvl2ainfo_common / _persist: an address line gives the saved names and `up`; a
 * property line `deprecated`/`private`, or (for an object only in ipadm.conf) `prefixlen`.
 */
function fromLine(cur: AddrInfo, l: NvList): void {
  cur.persistent.stored = true;
  const disabled = cur.state === 'disabled';
  const v4 = nvGet(l, '_ipv4addr');
  const v6 = nvGet(l, '_ipv6addr');
  const intfid = nvGet(l, '_intfid');
  if (v4 !== undefined || v6 !== undefined) {
    const [sname, dname] = (v4 ?? v6)!.split(',', 2);
    cur.savedAddr = sname;
    if (dname) cur.savedDst = dname;
    if (nvGet(l, 'up') === 'yes') cur.persistent.up = true;
    if (disabled) {
      cur.type = 'static';
      cur.family = v4 !== undefined ? 'inet' : 'inet6';
    }
  } else if (intfid !== undefined || nvGet(l, '_dhcp') !== undefined) {
    // dhcp and addrconf objects always come back up.
    cur.persistent.up = true;
    if (disabled) {
      cur.type = intfid !== undefined ? 'addrconf' : 'dhcp';
      cur.family = intfid !== undefined ? 'inet6' : 'inet';
      if (intfid !== undefined) {
        const [addr, plen] = intfid.split(',')[0].split('/');
        cur.addr = addr;
        cur.prefixlen = Number.parseInt(plen ?? '0', 10) || 0;
      }
    }
  } else {
    if (nvGet(l, 'deprecated') === 'on') cur.persistent.deprecated = true;
    if (nvGet(l, 'private') === 'on') cur.persistent.private = true;
    const plen = nvGet(l, 'prefixlen');
    if (plen !== undefined && disabled) cur.prefixlen = Number.parseInt(plen, 10) || 0;
  }
}
