import { describe, it, expect } from 'vitest';
import { bootedKernel, errnoOf } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { setLinkState, setLinkMac } from '../if/link';
import { ERRNO } from '../../wire';
import { validLinkname } from './dld';

describe('DLDIOC_LINKATTR', () => {
  it('answers the NIC: device, media, MTU range, addresses, state from the cable', () => {
    const k = bootedKernel();
    expect(ioctl(k, 'DLDIOC_LINKATTR', { link: 'net1' })).toEqual({
      name: 'net1', device: 'e1000g1', media: 'Ethernet', mtu: 1500, mtuDefault: 1500, mtuMin: 1500, mtuMax: 9000,
      mac: '02:08:20:4c:3a:11', factoryMac: '02:08:20:4c:3a:11', state: 'up', speed: 1000, duplex: 'full', client: '',
    });
    setLinkState(k, 'net1', false);
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(ioctl(k, 'DLDIOC_LINKATTR', { link: 'net1' })).toMatchObject({ state: 'down', speed: 0, duplex: 'unknown', client: 'net1' });
    expect(errnoOf(() => ioctl(k, 'DLDIOC_LINKATTR', { link: 'net9' }))).toBe(ERRNO.ENOENT);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_LINKATTR', { link: 'constructor' }))).toBe(ERRNO.ENOENT);
  });

  it('is answered to anyone', () => {
    const k = bootedKernel(undefined, { privileged: false, pid: 9 });
    expect(ioctl(k, 'DLDIOC_LINKATTR', { link: 'net0' }).mtu).toBe(1500);
  });
});

describe('DLDIOC_SETMACPROP mtu', () => {
  it('takes 1500..9000 while nothing is plumbed, and a plumbed interface starts at it', () => {
    const k = bootedKernel();
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 9000 });
    expect(k.state.links.net0.mtu).toBe(9000);
    for (const mtu of [0, 1499, 9001, 1.5, -1]) {
      expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu })), String(mtu)).toBe(ERRNO.EINVAL);
    }
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(ioctl(k, 'SIOCGLIFMTU', { name: 'net0', af: 'inet' }).mtu).toBe(9000);
  });

  it('is refused while IP is plumbed (the driver is started), except for the value it has', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 9000 }))).toBe(ERRNO.EBUSY);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 0 }))).toBe(ERRNO.EINVAL);
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 1500 });
    ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet6' });
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 4000 });
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu' });
    expect(k.state.links.net0.mtu).toBe(1500);
  });

  it('bounds the IP MTU by the link MTU (SIOCSLIFMTU)', () => {
    const k = bootedKernel();
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 9000 });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 1400 });
    ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 9000 });
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFMTU', { name: 'net0', af: 'inet', mtu: 9001 }))).toBe(ERRNO.EINVAL);
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet' });
    expect(errnoOf(() => ioctl(k, 'SIOCSLIFMTU', { name: 'net1', af: 'inet', mtu: 1501 }))).toBe(ERRNO.EINVAL);
  });

  it('needs privilege', () => {
    const k = bootedKernel(undefined, { privileged: false, pid: 9 });
    expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mtu', mtu: 9000 }))).toBe(ERRNO.EPERM);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_RENAME', { link: 'net0', newName: 'a0' }))).toBe(ERRNO.EPERM);
  });
});

describe('DLDIOC_SETMACPROP mac-address', () => {
  it('sets a unicast address even while plumbed; no address returns to the factory one', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mac-address', addr: [0, 0x14, 0x4f, 1, 2, 3] });
    expect(ioctl(k, 'DLDIOC_LINKATTR', { link: 'net0' })).toMatchObject({ mac: '00:14:4f:01:02:03', factoryMac: '02:08:20:4c:3a:10' });
    expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mac-address', addr: [1, 0, 0, 0, 0, 1] }))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mac-address', addr: [2, 0, 0, 0, 1] }))).toBe(ERRNO.EINVAL);
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net0', prop: 'mac-address', addr: null });
    expect(k.state.links.net0.mac).toBe('02:08:20:4c:3a:10');
  });

  it('follows the hardware when the lab changes the factory address', () => {
    const k = bootedKernel();
    setLinkMac(k, 'net2', '2:0:0:0:0:9');
    ioctl(k, 'DLDIOC_SETMACPROP', { link: 'net2', prop: 'mac-address', addr: null });
    expect(k.state.links.net2.mac).toBe('02:00:00:00:00:09');
  });
});

describe('DLDIOC_RENAME', () => {
  it('renames in place (the order and the device stay), refusing busy, taken and invalid names', () => {
    const k = bootedKernel();
    ioctl(k, 'DLDIOC_RENAME', { link: 'net1', newName: 'ext1' });
    expect(ioctl(k, 'DLPI_WALK', {}).links).toEqual(['net0', 'ext1', 'net2', 'net3']);
    expect(ioctl(k, 'DLDIOC_LINKATTR', { link: 'ext1' }).device).toBe('e1000g1');
    expect(errnoOf(() => ioctl(k, 'DLDIOC_RENAME', { link: 'net1', newName: 'x0' }))).toBe(ERRNO.ENOENT);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_RENAME', { link: 'ext1', newName: 'net0' }))).toBe(ERRNO.EEXIST);
    expect(errnoOf(() => ioctl(k, 'DLDIOC_RENAME', { link: 'ext1', newName: 'bad' }))).toBe(ERRNO.EINVAL);
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(errnoOf(() => ioctl(k, 'DLDIOC_RENAME', { link: 'net0', newName: 'bad' }))).toBe(ERRNO.EBUSY);
    ioctl(k, 'UNPLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'DLDIOC_RENAME', { link: 'net0', newName: 'int0' });
    expect(ioctl(k, 'DLPI_WALK', {}).links).toEqual(['int0', 'ext1', 'net2', 'net3']);
  });

  it('knows a valid link name (dlparse_drvppa)', () => {
    for (const n of ['net0', 'e1000g12', 'a.b_c7', 'x0']) expect(validLinkname(n), n).toBe(true);
    for (const n of ['', '0net', 'net', 'net01', 'n-1', 'a'.repeat(31) + '0', 'net0:1']) expect(validLinkname(n), n).toBe(false);
    expect(validLinkname('a'.repeat(30) + '0')).toBe(true);
  });
});
