// An addrconf address object (ipadm_addr.c i_ipadm_create_ipv6addrs, i_ipadm_create_linklocal):
// the IPv6 link-local address on unit 0 (or a new logical interface when unit 0 has an
// address), from the interface id given with -i or else from the hardware address, brought up;
// then libipadm asks in.ndpd to autoconfigure, and a missing in.ndpd is not an error
// (IPADM_NDPD_NOT_RUNNING is let through). The lab runs no in.ndpd and no router advertises, so
// the link-local address is all an administrator gets, as on a link with no router. The lab
// kernel has no SIOCSLIFPREFIX: the address the kernel would form from fe80::/10 and the token
// is formed here and set as any address is.
import { canonical, ioctl, IFF, linkLocalFromMac, maskFromPrefix, toBytes } from '@ipmplab/core/syscalls';
import { aobjmapRead } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { setFlags, statusOf } from './handle';
import type { AddrObj } from './addr-obj';
import { lifnameOf } from './addr-obj';
import { addrPersist, doAddif } from './addr-common';
import type { CreateAddrFlags } from './addr-common';
import { deleteAddr } from './delete-addr';
import type { IpadmStatus } from './status';

/** fe80::/10 with the interface id in the bits its prefix length leaves. */
function linkLocalFromToken(id: { addr: string; plen: number }): string {
  const b = toBytes('inet6', id.addr);
  const out = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, ...b.slice(8)];
  const words: string[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((out[i] << 8) | out[i + 1]).toString(16));
  return canonical('inet6', words.join(':'))!;
}

export function createLinklocal(iph: IpadmHandle, obj: AddrObj, flags: CreateAddrFlags): IpadmStatus {
  // One addrconf object per interface.
  if (aobjmapRead(iph.files).some((n) => n.ifname === obj.ifname && n.atype === 'addrconf' && n.aobjname !== obj.aobjname)) return 'ADDRCONF_EXISTS';
  let addr = '';
  if (obj.intfid) addr = linkLocalFromToken(obj.intfid);
  else {
    const s = statusOf(() => {
      addr = linkLocalFromMac(ioctl(iph.k, 'DLPI_INFO', { link: obj.ifname }).mac);
    });
    if (s !== 'SUCCESS') return s;
  }
  const a = doAddif(iph, obj.ifname, 'inet6');
  if (a.status !== 'SUCCESS') return a.status;
  obj.lifnum = a.lnum;
  const lifname = lifnameOf(obj.ifname, obj.lifnum);
  let status = statusOf(() => {
    ioctl(iph.k, 'SIOCSLIFNETMASK', { name: lifname, af: 'inet6', addr: maskFromPrefix('inet6', 10) });
    ioctl(iph.k, 'SIOCSLIFADDR', { name: lifname, af: 'inet6', addr });
  });
  if (status === 'SUCCESS') {
    status = setFlags(iph, lifname, 'inet6', IFF.UP, 0n);
    if (status === 'DAD_FOUND') status = 'SUCCESS';
  }
  if (status !== 'SUCCESS') {
    deleteAddr(iph, { ifname: obj.ifname, lnum: obj.lifnum, family: 'inet6', atype: 'addrconf', aobjname: obj.aobjname, flags: 1 });
    return status;
  }
  addrPersist(iph, obj, true, flags);
  return 'SUCCESS';
}
