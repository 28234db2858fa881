// The operations on an existing address object (ipadm_addr.c ipadm_up_addr,
// i_ipadm_up_addr_underif, ipadm_down_addr, i_ipadm_updown_common, ipadm_refresh_addr,
// ipadm_enable_addr, ipadm_disable_addr).
import { ioctl, IFF } from '@ipmplab/core/syscalls';
import { ipmgmtGetAddr, ipmgmtSetAddrProp, IPMGMT_ACTIVE, IPMGMT_PERSIST, nvGet } from '../ipmgmtd';
import type { AobjNode } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { getFlags, setFlags, statusOf } from './handle';
import { getAddrobj, lifnameOf } from './addr-obj';
import { ipadmDeleteAddr } from './delete-addr';
import { initAddrLines } from './addr-init';
import type { IpadmStatus } from './status';

/** i_ipadm_updown_common: an active static object (DHCP only temporarily), and its flags. */
function updownCommon(iph: IpadmHandle, aobjname: string, persist: boolean): { status: IpadmStatus; node?: AobjNode; flags: bigint } {
  if (!iph.authorized) return { status: 'EAUTH', flags: 0n };
  const got = getAddrobj(iph, aobjname);
  if (!got.node) return { status: got.status, flags: 0n };
  const node = got.node;
  if ((node.flags & IPMGMT_ACTIVE) === 0) return { status: 'OP_DISABLE_OBJ', flags: 0n };
  if (persist && (node.flags & IPMGMT_PERSIST) === 0) return { status: 'TEMPORARY_OBJ', flags: 0n };
  if (node.atype === 'addrconf' || (node.atype === 'dhcp' && persist)) return { status: 'NOTSUP', flags: 0n };
  const f = getFlags(iph, lifnameOf(node.ifname, node.lnum), node.family);
  return { status: f.status, node, flags: f.flags };
}

/**
 * ipadm_up_addr: a duplicate address is refused (refresh-addr is for that); an address already
 * up is only recorded. On an IPMP member a data address moves to the IPMP interface when it
 * comes up (S11 then moves its object there, i_ipadm_migrate_addrs; the lab's ipadm never
 * makes data addresses on members, so that case does not arise).
 */
export function ipadmUpAddr(iph: IpadmHandle, aobjname: string, persist: boolean): IpadmStatus {
  const c = updownCommon(iph, aobjname, persist);
  if (c.status !== 'SUCCESS' || !c.node) return c.status;
  const node = c.node;
  if (!iph.legacy && (c.flags & IFF.DUPLICATE) !== 0n) return 'DAD_FOUND';
  if ((c.flags & IFF.UP) === 0n) {
    const s = setFlags(iph, lifnameOf(node.ifname, node.lnum), node.family, IFF.UP, 0n);
    if (s !== 'SUCCESS') return s;
  }
  if (persist) ipmgmtSetAddrProp(iph.files, node.ifname, aobjname, 'up', 'yes');
  return 'SUCCESS';
}

/** ipadm_down_addr: down; a duplicate address has its DUPLICATE cleared (its address set again). */
export function ipadmDownAddr(iph: IpadmHandle, aobjname: string, persist: boolean): IpadmStatus {
  const c = updownCommon(iph, aobjname, persist);
  if (c.status !== 'SUCCESS' || !c.node) return c.status;
  const node = c.node;
  const lifname = lifnameOf(node.ifname, node.lnum);
  if ((c.flags & IFF.UP) !== 0n) {
    const s = setFlags(iph, lifname, node.family, 0n, IFF.UP);
    if (s !== 'SUCCESS') return s;
  } else if ((c.flags & IFF.DUPLICATE) !== 0n) {
    const s = statusOf(() => {
      const { addr } = ioctl(iph.k, 'SIOCGLIFADDR', { name: lifname, af: node.family });
      ioctl(iph.k, 'SIOCSLIFADDR', { name: lifname, af: node.family, addr });
    });
    if (s !== 'SUCCESS') return s;
  }
  if (persist) ipmgmtSetAddrProp(iph.files, node.ifname, aobjname, 'up', 'no');
  return 'SUCCESS';
}

/**
 * ipadm_refresh_addr: a static address that is a duplicate is brought up again, which restarts
 * DAD; `inform` (-i) needs dhcpagent, which the lab does not run.
 */
export function ipadmRefreshAddr(iph: IpadmHandle, aobjname: string, inform: boolean): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const got = getAddrobj(iph, aobjname);
  if (!got.node) return got.status;
  const node = got.node;
  if ((node.flags & IPMGMT_ACTIVE) === 0) return 'OP_DISABLE_OBJ';
  if (/^vni\d+$/.test(node.ifname)) return 'NOTSUP';
  if (inform && node.atype !== 'static') return 'INVALID_ARG';
  if (node.atype === 'static') {
    const lifname = lifnameOf(node.ifname, node.lnum);
    const f = getFlags(iph, lifname, node.family);
    if (f.status !== 'SUCCESS') return f.status;
    if (inform) return 'DHCP_START_ERROR';
    if ((f.flags & IFF.DUPLICATE) === 0n) return 'SUCCESS';
    return setFlags(iph, lifname, node.family, IFF.UP, 0n);
  }
  // dhcp: DHCP_EXTEND to dhcpagent.
  return node.atype === 'dhcp' ? 'DHCP_START_ERROR' : 'NOTSUP';
}

/** ipadm_disable_addr (-t only): out of the active configuration, kept in ipadm.conf. */
export function ipadmDisableAddr(iph: IpadmHandle, aobjname: string): IpadmStatus {
  return ipadmDeleteAddr(iph, aobjname, { persist: false });
}

/** ipadm_enable_addr (-t only): re-created from its ipadm.conf lines (IH_INIT). */
export function ipadmEnableAddr(iph: IpadmHandle, aobjname: string): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const got = getAddrobj(iph, aobjname);
  if (!got.node) return got.status;
  if ((got.node.flags & IPMGMT_ACTIVE) !== 0) return 'ADDROBJ_EXISTS';
  const db = ipmgmtGetAddr(iph.files, { aobjname });
  if (db.err !== 0) return 'NOTFOUND';
  const ifname = nvGet(db.lines[0], '_ifname') ?? got.node.ifname;
  return initAddrLines(iph, ifname, db.lines);
}
