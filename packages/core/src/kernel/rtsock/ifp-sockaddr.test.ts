// The link-layer sockaddr (RTA_IFP) and ifi_type the kernel puts in routing messages for an IPMP
// interface: ip_if.c ill_dls_info copies ill_phys_addr_length, which the IPMP ill borrows from
// the first member of its family and drops when the last one leaves (ipmp.c
// ipmp_illgrp_add_ill / ipmp_illgrp_del_ill); there are never address bytes to copy.
import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, up, down } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { IFT } from '../../wire';
import type { Kernel } from '../kernel';

/** The IFINFO that bringing ipmp0 down and up again (family af) announces: type, IFP name, alen, bytes. */
function ifinfo(k: Kernel, af: 'inet' | 'inet6' = 'inet'): string {
  k.emitted.length = 0;
  down(k, 'ipmp0', af);
  up(k, 'ipmp0', af);
  const m = k.emitted.map((e) => e.msg).find((x) => x.header === 'if')!;
  const ifp = m.sockaddrs.IFP!;
  if (m.header !== 'if' || ifp.family !== 'link') throw new Error('no IFINFO');
  return `type ${m.data.type} sdl_type ${ifp.type} ${ifp.name} alen ${ifp.hwaddr.length} [${[...ifp.hwaddr].join(',')}]`;
}

describe('RTA_IFP of an IPMP interface', () => {
  it('has no address length and IFT_OTHER without members; the members\' length with zero bytes once one joins', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    configure(k, 'ipmp0', 'inet', '10.0.0.1', '255.255.255.0');
    expect(ifinfo(k)).toBe(`type ${IFT.OTHER} sdl_type ${IFT.OTHER} ipmp0 alen 0 []`);
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
    expect(ifinfo(k)).toBe(`type ${IFT.ETHER} sdl_type ${IFT.ETHER} ipmp0 alen 6 [0,0,0,0,0,0]`);
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: '' });
    expect(ifinfo(k)).toBe(`type ${IFT.OTHER} sdl_type ${IFT.OTHER} ipmp0 alen 0 []`);
  });

  it('counts only members of its own family', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet6', ipmp: true });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
    up(k, 'ipmp0', 'inet6');
    expect(ifinfo(k, 'inet6')).toBe(`type ${IFT.OTHER} sdl_type ${IFT.OTHER} ipmp0 alen 0 []`);
    expect(ifinfo(k, 'inet')).toBe(`type ${IFT.ETHER} sdl_type ${IFT.ETHER} ipmp0 alen 6 [0,0,0,0,0,0]`);
  });
});
