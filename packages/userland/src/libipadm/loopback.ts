// svc:/network/loopback (net-loopback) at boot: the loopback's address objects. The lab's kernel
// boot plumbs lo0 with 127.0.0.1/8 and ::1/128 itself (what the plumb the method asks for gives);
// this records what the method's ipadm calls leave in ipmgmtd after that:
// - illumos: `ipadm create-addr -t -T static -a 127.0.0.1/8 lo0/v4` and `-a ::1/128 lo0/v6`,
//   temporary, on every boot;
// - Solaris 11.4: the same without -t on the first boot (libipadm's ipadm_create_addr plumbs the
//   loopback with the caller's IPADM_OPT_PERSIST: lo0 and both objects go to ipadm.conf), and
//   `ipadm enable-if -t lo0` on later boots, which brings back the objects ipadm.conf keeps.
import { ioctl } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtGetAddr, ipmgmtSetIf } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { statusOf } from './handle';
import { persistIf } from './persist-if';
import { addrPersist } from './addr-common';
import type { AddrObj } from './addr-obj';

const LOOPBACK: readonly { af: Family; addr: string; plen: number; aobjname: string }[] = [
  { af: 'inet', addr: '127.0.0.1', plen: 8, aobjname: 'lo0/v4' },
  { af: 'inet6', addr: '::1', plen: 128, aobjname: 'lo0/v6' },
];

/** net-loopback's start method, once the kernel has lo0 (ipmgmtd's map starts empty). */
export function ipadmNetLoopback(iph: IpadmHandle): void {
  const s11 = iph.release === 'solaris11';
  const persisted = s11 && persistIf(iph, 'lo0') !== undefined;
  for (const l of LOOPBACK) {
    let addr = '';
    if (statusOf(() => (addr = ioctl(iph.k, 'SIOCGLIFADDR', { name: 'lo0', af: l.af }).addr)) !== 'SUCCESS' || addr !== l.addr) continue;
    // enable-if -t lo0 brings back only the objects ipadm.conf still has.
    if (persisted && ipmgmtGetAddr(iph.files, { aobjname: l.aobjname }).err !== 0) continue;
    const firstBoot = s11 && !persisted;
    if (firstBoot) ipmgmtSetIf(iph.files, 'lo0', l.af, 'loopback');
    const obj: AddrObj = {
      ifname: 'lo0', lifnum: 0, aobjname: l.aobjname, atype: 'static', af: l.af,
      addr: l.addr, prefixlen: l.plen, stateless: true, stateful: true,
    };
    addrPersist(iph, obj, false, { persist: firstBoot, up: true, init: persisted });
  }
}
