// The status printer on both releases: the same lines, and only Solaris 11 names its own flags.
import { describe, it, expect } from 'vitest';
import { IFF_S11 } from '@ipmplab/core/syscalls';
import { flagsLine, formatStatus } from './printer';
import type { LifStatus } from './printer';

const base: LifStatus = {
  name: 'net0', family: 'inet', flags: 0x1000843n, metric: 0, mtu: 1500, index: 2, srcof: [], usesrc: '',
  addr: '0.0.0.0', netmask: '255.0.0.0', broadcast: '', dst: '', groupname: 'ipmp0', ether: '02:08:20:4c:3a:10',
};

describe('ifconfig status lines by release', () => {
  it('illumos (the default): the block of an underlying interface', () => {
    expect(formatStatus(base)).toBe(
      'net0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n' +
      '\tinet 0.0.0.0 netmask ff000000 \n' +
      '\tgroupname ipmp0\n' +
      '\tether 2:8:20:4c:3a:10 \n');
    expect(formatStatus(base, 'illumos')).toBe(formatStatus(base));
  });

  it('Solaris 11 prints PHYSRUNNING last; illumos leaves the bit unnamed', () => {
    const s = { ...base, flags: base.flags | IFF_S11.PHYSRUNNING };
    expect(formatStatus(s, 'solaris11')).toBe(
      'net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2\n' +
      '\tinet 0.0.0.0 netmask ff000000 \n' +
      '\tgroupname ipmp0\n' +
      '\tether 2:8:20:4c:3a:10 \n');
    expect(flagsLine(s, 'illumos')).toBe('net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n');
  });

  it('Solaris 11 names PROBER (transitive probing, never set by the lab) before PHYSRUNNING', () => {
    const ipmp = { ...base, name: 'ipmp0', flags: 0x8001000843n | IFF_S11.PROBER | IFF_S11.PHYSRUNNING, index: 4, ether: undefined };
    expect(flagsLine(ipmp, 'solaris11')).toBe('ipmp0: flags=188001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PROBER,PHYSRUNNING> mtu 1500 index 4\n');
    expect(flagsLine(ipmp, 'illumos')).toBe('ipmp0: flags=188001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP> mtu 1500 index 4\n');
  });

  it('lines without Solaris-only bits are the same on both', () => {
    const lo: LifStatus = {
      ...base, name: 'lo0', family: 'inet6', flags: 0x2002000849n, mtu: 8252, index: 1, addr: '::1',
      netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', groupname: '', ether: undefined,
    };
    const text = 'lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1\n\tinet6 ::1/128 \n';
    expect(formatStatus(lo, 'illumos')).toBe(text);
    expect(formatStatus(lo, 'solaris11')).toBe(text);
  });
});
