// Re-creating persistent address objects from their ipadm.conf lines (libipadm.c
// i_ipadm_enable_if's address loop, i_ipadm_init_addrobj; ipadm_addr.c i_ipadm_enable_static,
// i_ipadm_enable_addrconf, i_ipadm_merge_prefixlen_from_nvl), as enable-if, enable-addr and boot
// do. Each object is created under IH_INIT: no new name is reserved and nothing is written back;
// ipmgmtd marks the object active and persistent. An address another interface holds is a soft
// error (the rest go on, IPADM_IF_NOT_FULLY_ENABLED / IPADM_ALL_ADDRS_NOT_ENABLED).
import { nvGet } from '../ipmgmtd';
import type { NvList } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { ipadmCreateAddrobj, ipadmSetAddr, ipadmSetDstAddr, ipadmSetInterfaceId } from './addr-obj';
import { createStatic } from './create-addr';
import { createLinklocal } from './addrconf';
import { ipadmSetAddrprop } from './prop-addr';
import type { IpadmStatus } from './status';

/** Creates each persistent address of `ifname` (its address lines, in file order). */
export function ipadmInitAddrs(iph: IpadmHandle, ifname: string, lines: NvList[]): IpadmStatus {
  return initAddrLines(iph, ifname, lines);
}

const isAddrLine = (l: NvList) => ['_ipv4addr', '_ipv6addr', '_intfid', '_dhcp'].some((n) => nvGet(l, n) !== undefined);

/**
 * The object lines in file order, as i_ipadm_enable_if and ipadm_enable_addr walk them: an
 * address line creates its object (with the prefix length its property line holds, merged in
 * by i_ipadm_merge_prefixlen_from_nvl); any other line of an object sets its property
 * (i_ipadm_init_addrobj with no address type: ipadm_set_addrprop, active only), the prefix
 * length's line included.
 */
export function initAddrLines(iph: IpadmHandle, ifname: string, lines: NvList[]): IpadmStatus {
  let ret: IpadmStatus = 'SUCCESS';
  for (const l of lines) {
    const aobjname = nvGet(l, '_aobjname');
    if (aobjname === undefined) continue;
    if (!isAddrLine(l)) {
      const prop = l.find(([n]) => !n.startsWith('_'));
      if (!prop) continue;
      const status = ipadmSetAddrprop(iph, prop[0], prop[1], aobjname, { active: true, init: true });
      if (status !== 'SUCCESS') return status;
      continue;
    }
    const plen = lines.find((p) => nvGet(p, '_aobjname') === aobjname && nvGet(p, 'prefixlen') !== undefined);
    const status = initAddrobj(iph, ifname, l, plen && nvGet(plen, 'prefixlen'));
    if (status === 'ADDR_NOTAVAIL') ret = 'ALL_ADDRS_NOT_ENABLED';
    else if (status !== 'SUCCESS') return status;
  }
  return ret;
}

/** i_ipadm_init_addrobj. */
function initAddrobj(iph: IpadmHandle, ifname: string, l: NvList, prefixlen: string | undefined): IpadmStatus {
  const aobjname = nvGet(l, '_aobjname') ?? '';
  const v4 = nvGet(l, '_ipv4addr');
  const v6 = nvGet(l, '_ipv6addr');
  const intfid = nvGet(l, '_intfid');
  if (v4 !== undefined || v6 !== undefined) {
    // i_ipadm_enable_static: the saved name or literal, with the prefix length when one was saved.
    const [sname, dname] = (v4 ?? v6)!.split(',', 2);
    const made = ipadmCreateAddrobj('static', aobjname);
    if (!made.obj) return made.status;
    const obj = made.obj;
    obj.ifname = ifname;
    const plen = Number.parseInt(prefixlen ?? '', 10);
    let s = ipadmSetAddr(obj, plen > 0 ? `${sname}/${prefixlen}` : sname);
    if (s !== 'SUCCESS') return s;
    if (obj.af !== (v4 !== undefined ? 'inet' : 'inet6')) return 'BAD_ADDR';
    if (dname) {
      s = ipadmSetDstAddr(obj, dname);
      if (s !== 'SUCCESS') return s;
    }
    return createStatic(iph, obj, { persist: false, up: nvGet(l, 'up') === 'yes', init: true });
  }
  if (intfid !== undefined) {
    // i_ipadm_enable_addrconf: `_intfid=id/plen,stateless,stateful`.
    const [id, stateless, stateful] = intfid.split(',');
    const made = ipadmCreateAddrobj('addrconf', aobjname);
    if (!made.obj) return made.status;
    const obj = made.obj;
    if (!id.endsWith('/0')) {
      const s = ipadmSetInterfaceId(iph, obj, id);
      if (s !== 'SUCCESS') return s;
    }
    obj.stateless = stateless !== 'no';
    obj.stateful = stateful !== 'no';
    return createLinklocal(iph, obj, { persist: false, up: true, init: true });
  }
  // i_ipadm_enable_dhcp: dhcpagent is needed, and the lab has none.
  return 'DHCP_START_ERROR';
}
