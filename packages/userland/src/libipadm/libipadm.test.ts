// libipadm on the simulated kernel: the statuses it returns and the requests it makes, in the
// order of illumos ipadm_if.c and ipadm_addr.c.
import { describe, it, expect } from 'vitest';
import { ioctl, ERRNO, IFF, KernelError } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { bootedKernel, configure, memoryFiles, up } from '@ipmplab/test-support';
import { ipadmCreateAddr, ipadmCreateIf, ipadmDeleteIf, ipadmErrno2status, ipadmStatus2str, mask2plen } from './index';
import type { IpadmHandle } from './index';

const handle = (k: Kernel, authorized = true): IpadmHandle => ({ k, files: memoryFiles(), release: 'illumos', authorized, legacy: true });
const flagsOf = (k: Kernel, name: string, af: 'inet' | 'inet6' = 'inet') => ioctl(k, 'SIOCGLIFFLAGS', { name, af }).flags;
const exists = (k: Kernel, name: string, af: 'inet' | 'inet6') => {
  try {
    flagsOf(k, name, af);
    return true;
  } catch (e) {
    if (e instanceof KernelError && e.errno === ERRNO.ENXIO) return false;
    throw e;
  }
};

/** ipmp0 (IPv4 only) with net0 in its group. */
function group(): Kernel {
  const k = bootedKernel();
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
  ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: 'ipmp0' });
  k.emitted.length = 0;
  return k;
}

describe('statuses', () => {
  it('has libipadm.c\'s texts and errno mapping', () => {
    expect(ipadmStatus2str('IF_EXISTS')).toBe('Interface already exists');
    expect(ipadmStatus2str('DLPI_FAILURE')).toBe('Could not open DLPI link');
    expect(ipadmStatus2str('ADDR_NOTAVAIL')).toBe("Can't assign requested address");
    expect(ipadmErrno2status(ERRNO.ENXIO)).toBe('ENXIO');
    expect(ipadmErrno2status(ERRNO.EBUSY)).toBe('IF_INUSE');
    expect(ipadmErrno2status(ERRNO.EOPNOTSUPP)).toBe('NOTSUP');
    expect(ipadmErrno2status(ERRNO.EAFNOSUPPORT)).toBe('FAILURE');
  });
});

describe('ipadm_create_if', () => {
  it('opens the datalink first: an IPMP interface\'s name has none, so nothing is created', () => {
    const k = group();
    expect(ipadmCreateIf(handle(k), 'ipmp0', 'inet6')).toEqual({ status: 'DLPI_FAILURE', ifname: 'ipmp0' });
    expect(exists(k, 'ipmp0', 'inet6')).toBe(false);
    expect(k.emitted).toEqual([]);
  });

  it('creates the group\'s IPMP interface for the family before plumbing a member for it, with its link-local address up', () => {
    const k = group();
    expect(ipadmCreateIf(handle(k), 'net0', 'inet6').status).toBe('SUCCESS');
    expect(flagsOf(k, 'ipmp0', 'inet6') & (IFF.IPMP | IFF.UP)).toBe(IFF.IPMP | IFF.UP);
    expect(ioctl(k, 'SIOCGLIFGROUPNAME', { name: 'net0', af: 'inet6' }).group).toBe('ipmp0');
  });

  it('the peer takes the group\'s name when it differs from the IPMP interface\'s', () => {
    const k = group();
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'ipmp0', af: 'inet', group: 'acctg' });
    expect(ipadmCreateIf(handle(k), 'net0', 'inet6').status).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFGROUPINFO', { group: 'acctg' })).toMatchObject({ grifname: 'ipmp0', v4: true, v6: true, nv6: 1 });
  });

  it('reports an interface that exists, and an unauthorized caller, before doing anything', () => {
    const k = group();
    expect(ipadmCreateIf(handle(k), 'net0', 'inet').status).toBe('IF_EXISTS');
    expect(ipadmCreateIf(handle(k, false), 'net1', 'inet').status).toBe('EAUTH');
    expect(exists(k, 'net1', 'inet')).toBe(false);
  });

  it('with IPADM_OPT_GENPPA takes the lowest unit free as an interface and as a group name', () => {
    const k = group();
    // ipmp1's group is called ipmp2 now: ipmp1 is taken as an interface, ipmp2 as a group.
    ioctl(k, 'PLUMB', { name: 'ipmp1', af: 'inet6', ipmp: true });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'ipmp1', af: 'inet6', group: 'ipmp2' });
    expect(ipadmCreateIf(handle(k), 'ipmp', 'inet', { ipmp: true, genppa: true })).toEqual({ status: 'SUCCESS', ifname: 'ipmp3' });
  });

  it('adds a logical interface by name', () => {
    const k = group();
    expect(ipadmCreateIf(handle(k), 'net0:4', 'inet').status).toBe('SUCCESS');
    expect(ipadmCreateIf(handle(k), 'net0:4', 'inet').status).toBe('IF_EXISTS');
  });
});

describe('ipadm_delete_if', () => {
  it('refuses an IPMP interface with members, and brings its addresses down before unplumbing it', () => {
    const k = group();
    configure(k, 'ipmp0', 'inet', '10.0.0.1', '255.255.255.0');
    expect(ipadmDeleteIf(handle(k), 'ipmp0', 'inet')).toBe('GRP_NOTEMPTY');
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: 'net0', af: 'inet', group: '' });
    expect(ipadmDeleteIf(handle(k), 'ipmp0', 'inet')).toBe('SUCCESS');
    expect(exists(k, 'ipmp0', 'inet')).toBe(false);
    expect(ipadmDeleteIf(handle(k), 'ipmp0', 'inet')).toBe('ENXIO');
  });
});

describe('ipadm_create_addr (IPH_LEGACY)', () => {
  const addr = (ifname: string, a: string, prefixlen = 0, dst?: string) => ({ ifname, af: 'inet' as const, addr: a, prefixlen, dst });

  it('sets the mask first, so the kernel refuses a /31 address; the mask stays, as libipadm leaves a legacy caller\'s interface', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(ipadmCreateAddr(handle(k), addr('net1', '10.1.0.1', 31))).toBe('ADDR_NOTAVAIL');
    expect(ioctl(k, 'SIOCGLIFNETMASK', { name: 'net1', af: 'inet' }).addr).toBe('255.255.255.254');
    expect(ioctl(k, 'SIOCGLIFADDR', { name: 'net1', af: 'inet' }).addr).toBe('0.0.0.0');
  });

  it('without a prefix length uses the class\'s (no netmasks entry); the address is left down', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(ipadmCreateAddr(handle(k), addr('net1', '172.16.5.1'))).toBe('SUCCESS');
    expect(ioctl(k, 'SIOCGLIFNETMASK', { name: 'net1', af: 'inet' }).addr).toBe('255.255.0.0');
    expect(flagsOf(k, 'net1') & IFF.UP).toBe(0n);
  });

  it('is not for IPMP or underlying interfaces, nor for one that does not exist', () => {
    const k = group();
    expect(ipadmCreateAddr(handle(k), addr('ipmp0', '10.0.0.1', 24))).toBe('NOTSUP');
    expect(ipadmCreateAddr(handle(k), addr('net0', '10.0.0.1', 24))).toBe('NOTSUP');
    expect(ipadmCreateAddr(handle(k), addr('net1', '10.0.0.1', 24))).toBe('ENXIO');
    expect(ipadmCreateAddr(handle(k, false), addr('net1', '10.0.0.1', 24))).toBe('EAUTH');
  });

  it('takes a destination only on a point-to-point interface, and needs one there', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(ipadmCreateAddr(handle(k), addr('net1', '10.1.0.1', 24, '10.1.0.2'))).toBe('INVALID_ARG');
    ioctl(k, 'SIOCSLIFDSTADDR', { name: 'net1', af: 'inet', addr: '10.9.0.2' });
    expect(ipadmCreateAddr(handle(k), addr('net1', '10.1.0.1', 24))).toBe('INVALID_ARG');
    expect(ipadmCreateAddr(handle(k), addr('net1', '10.1.0.1', 24, '10.1.0.2'))).toBe('SUCCESS');
    up(k, 'net1');
    expect(ioctl(k, 'SIOCGLIFDSTADDR', { name: 'net1', af: 'inet' }).addr).toBe('10.1.0.2');
  });
});

describe('mask2plen', () => {
  it('counts the leading all-ones bytes and the next byte down to its lowest set bit', () => {
    expect(mask2plen('inet', '255.255.255.254')).toBe(31);
    expect(mask2plen('inet', '255.0.255.0')).toBe(8);
    expect(mask2plen('inet', '255.255.129.0')).toBe(24);
    expect(mask2plen('inet', '0.0.0.0')).toBe(0);
    expect(mask2plen('inet6', 'ffff:ffff:ffff:ffff::')).toBe(64);
  });
});
