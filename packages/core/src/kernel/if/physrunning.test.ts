import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, flagsOf, setFlags } from '@ipmplab/test-support';
import type { Kernel } from '../kernel';
import { ioctl } from '../ioctl';
import { IFF, IFF_S11, formatIfconfigFlags, IFCONFIG_FLAG_NAMES_S11 } from '../../wire';
import { setLinkState } from './link';

/** A booted host running `release`, as `ipmplab init --release` leaves it. */
function host(release: 'illumos' | 'solaris11'): Kernel {
  const k = bootedKernel();
  k.state.release = release;
  return k;
}

/** net0 and net1 under ipmp0, each with its 0.0.0.0 stub up; 10.0.0.1 up on ipmp0. */
function group(k: Kernel): void {
  ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
  for (const m of ['net0', 'net1']) {
    ioctl(k, 'PLUMB', { name: m, af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: m, af: 'inet', group: 'ipmp0' });
    setFlags(k, m, 'inet', IFF.UP);
  }
  configure(k, 'ipmp0', 'inet', '10.0.0.1', '255.255.255.0');
}

const s11 = (k: Kernel, name: string, af: 'inet' | 'inet6' = 'inet') => formatIfconfigFlags(flagsOf(k, name, af), IFCONFIG_FLAG_NAMES_S11);

describe('IFF_PHYSRUNNING (Solaris 11 only)', () => {
  it('is never set on an illumos host', () => {
    const k = host('illumos');
    group(k);
    for (const name of ['lo0', 'net0', 'net1', 'ipmp0']) expect(flagsOf(k, name) & IFF_S11.PHYSRUNNING).toBe(0n);
  });

  it('a state without a release is illumos', () => {
    const k = bootedKernel();
    delete k.state.release;
    configure(k, 'net0', 'inet', '10.0.0.5');
    expect(flagsOf(k, 'net0') & IFF_S11.PHYSRUNNING).toBe(0n);
  });

  it('on Solaris 11 follows RUNNING: physical links, the IPMP interface, both families, every logical unit; never lo0', () => {
    const k = host('solaris11');
    group(k);
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet' });
    expect(s11(k, 'lo0')).toBe('2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL>');
    expect(s11(k, 'lo0', 'inet6')).toBe('2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL>');
    expect(s11(k, 'net0')).toBe('100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING>');
    expect(s11(k, 'net0:1')).toBe('100001000842<BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING>');
    expect(s11(k, 'net0', 'inet6')).toBe('100002000840<RUNNING,MULTICAST,IPv6,PHYSRUNNING>');
    expect(s11(k, 'ipmp0')).toBe('108001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP,PHYSRUNNING>');
  });

  it('goes with the cable', () => {
    const k = host('solaris11');
    group(k);
    setLinkState(k, 'net0', false);
    expect(flagsOf(k, 'net0') & (IFF.RUNNING | IFF_S11.PHYSRUNNING)).toBe(0n);
    expect(flagsOf(k, 'net1') & IFF_S11.PHYSRUNNING).toBe(IFF_S11.PHYSRUNNING);
    setLinkState(k, 'net0', true);
    expect(flagsOf(k, 'net0') & IFF_S11.PHYSRUNNING).toBe(IFF_S11.PHYSRUNNING);
  });

  it('an IPMP interface without an active member has neither RUNNING nor PHYSRUNNING', () => {
    const k = host('solaris11');
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    expect(s11(k, 'ipmp0')).toBe('8011000802<BROADCAST,MULTICAST,IPv4,FAILED,IPMP>');
  });

  it('cannot be changed with SIOCSLIFFLAGS on Solaris 11: ignored, as RUNNING is', () => {
    const k = host('solaris11');
    configure(k, 'net0', 'inet', '10.0.0.5');
    setLinkState(k, 'net0', false);
    const before = flagsOf(k, 'net0');
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: before | IFF_S11.PHYSRUNNING });
    expect(flagsOf(k, 'net0')).toBe(before);
    setLinkState(k, 'net0', true);
    const on = flagsOf(k, 'net0');
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: on & ~IFF_S11.PHYSRUNNING });
    expect(flagsOf(k, 'net0')).toBe(on);
  });
});
