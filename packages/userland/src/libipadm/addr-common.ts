// What creating a static and an addrconf address share (ipadm_addr.c i_ipadm_do_addif,
// i_ipadm_addr_persist, i_ipadm_add_ipaddr2nvl, i_ipadm_add_intfid2nvl).
import { ioctl, IFF } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtSetAddr, ipmgmtSetAddrProp } from '../ipmgmtd';
import type { AobjNode, NvList } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { lnum, statusOf } from './handle';
import type { AddrObj } from './addr-obj';
import type { IpadmStatus } from './status';

/** IPADM_OPT_PERSIST, IPADM_OPT_UP; `init` is IH_INIT (enable-if and boot replaying ipadm.conf). */
export interface CreateAddrFlags {
  persist: boolean;
  up: boolean;
  init?: boolean;
}

/**
 * i_ipadm_do_addif: unit 0 while it has no address (and, IPv4, no DHCP), else SIOCLIFADDIF.
 * `force` is the retry after ipmgmtd found unit 0 taken by another object.
 */
export function doAddif(iph: IpadmHandle, ifname: string, af: Family, force = false): { status: IpadmStatus; lnum: number } {
  if (iph.legacy) return { status: 'SUCCESS', lnum: 0 };
  let exists = force;
  const s = statusOf(() => {
    if (af === 'inet' && (ioctl(iph.k, 'SIOCGLIFFLAGS', { name: ifname, af }).flags & IFF.DHCPRUNNING) !== 0n) exists = true;
    const a = ioctl(iph.k, 'SIOCGLIFADDR', { name: ifname, af }).addr;
    if (a !== '0.0.0.0' && a !== '::') exists = true;
  });
  if (s !== 'SUCCESS') return { status: s, lnum: -1 };
  if (!exists) return { status: 'SUCCESS', lnum: 0 };
  let name = '';
  const added = statusOf(() => {
    name = ioctl(iph.k, 'SIOCLIFADDIF', { name: ifname, af }).name;
  });
  return { status: added, lnum: added === 'SUCCESS' ? lnum(name) : -1 };
}

/** The address line as i_ipadm_addr_persist builds it (ipmgmtd drops `_lifnum`). */
export function staticLine(obj: AddrObj, up: boolean): NvList {
  return [
    ['_ifname', obj.ifname], ['_aobjname', obj.aobjname], ['_lifnum', String(obj.lifnum)],
    [obj.af === 'inet' ? '_ipv4addr' : '_ipv6addr', `${obj.aname ?? obj.addr},${obj.dname ?? ''}`],
    ['up', up ? 'yes' : 'no'],
  ];
}

/**
 * i_ipadm_addr_persist: IPMGMT_CMD_SETADDR (the map's node; the line unless -t), then an
 * explicit prefix length as the address property `prefixlen`. Under IH_INIT the node becomes
 * active and persistent and nothing is written.
 */
export function addrPersist(iph: IpadmHandle, obj: AddrObj, defaultPlen: boolean, flags: CreateAddrFlags): void {
  const node: AobjNode = { aobjname: obj.aobjname, ifname: obj.ifname, lnum: obj.lifnum, family: obj.af!, atype: obj.atype, flags: 1 };
  if (obj.atype === 'addrconf') node.ifid = obj.intfid ? `${obj.intfid.addr}/${obj.intfid.plen}` : 'default';
  const line = obj.atype === 'static' ? staticLine(obj, flags.up) : addrconfLine(obj);
  const persist = !flags.init && flags.persist;
  ipmgmtSetAddr(iph.files, node, line, { active: true, persist, modify: flags.init });
  if (persist && !defaultPlen && obj.atype === 'static') ipmgmtSetAddrProp(iph.files, obj.ifname, obj.aobjname, 'prefixlen', String(obj.prefixlen));
}

/** i_ipadm_add_intfid2nvl written as ipadm_persist.c writes `_intfid`: "id/plen,stateless,stateful". */
function addrconfLine(obj: AddrObj): NvList {
  const id = obj.intfid ?? { addr: '::', plen: 0 };
  return [
    ['_ifname', obj.ifname], ['_aobjname', obj.aobjname], ['_lifnum', String(obj.lifnum)],
    ['_intfid', `${id.addr}/${id.plen},${obj.stateless ? 'yes' : 'no'},${obj.stateful ? 'yes' : 'no'}`],
  ];
}
