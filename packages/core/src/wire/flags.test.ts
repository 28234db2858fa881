import { describe, it, expect } from 'vitest';
import {
  IFF,
  IFF_CANTCHANGE,
  IFF_IPMP_CANTCHANGE,
  IFF_IPMP_INVALID,
  IFF_LOGINT_FLAGS,
  IFF_PHYINTINST_FLAGS,
  IFF_PHYINT_FLAGS,
  formatIfconfigFlags,
  formatMonitorIfFlags,
  ifmFlagsOf,
} from './flags.js';

describe('IFF values (if.h)', () => {
  it.each([
    ['UP', 0x1n],
    ['POINTOPOINT', 0x10n],
    ['DHCPRUNNING', 0x4000n],
    ['ROUTER', 0x100000n],
    ['IPV4', 0x1000000n],
    ['IPV6', 0x2000000n],
    ['NOACCEPT', 0x4000000n],
    ['NOFAILOVER', 0x8000000n],
    ['OFFLINE', 0x80000000n],
    ['XRESOLV', 0x100000000n],
    ['COS_ENABLED', 0x200000000n],
    ['PREFERRED', 0x400000000n],
    ['TEMPORARY', 0x800000000n],
    ['FIXEDMTU', 0x1000000000n],
    ['VIRTUAL', 0x2000000000n],
    ['DUPLICATE', 0x4000000000n],
    ['IPMP', 0x8000000000n],
    ['VRRP', 0x10000000000n],
    ['NOLINKLOCAL', 0x20000000000n],
    ['L3PROTECT', 0x40000000000n],
  ] as const)('IFF.%s = %s', (name, value) => {
    expect(IFF[name]).toBe(value);
  });

  it('defines 43 distinct single-bit flags', () => {
    const values = Object.values(IFF);
    expect(values).toHaveLength(43);
    expect(new Set(values).size).toBe(43);
    for (const v of values) expect(v & (v - 1n)).toBe(0n);
  });
});

describe('flag masks', () => {
  it('IFF_CANTCHANGE', () => {
    expect(IFF_CANTCHANGE).toBe(0x7f203003b5an);
  });

  it('IFF_IPMP_CANTCHANGE is FAILED', () => {
    expect(IFF_IPMP_CANTCHANGE).toBe(0x10000000n);
  });

  it('IFF_IPMP_INVALID', () => {
    expect(IFF_IPMP_INVALID).toBe(0x1ec200080n);
  });

  it('IFF_PHYINT_FLAGS', () => {
    expect(IFF_PHYINT_FLAGS).toBe(0x4a0f0001748n);
  });

  it('the three layers are disjoint and cover every flag but XRESOLV', () => {
    expect(IFF_PHYINT_FLAGS & IFF_PHYINTINST_FLAGS).toBe(0n);
    expect(IFF_PHYINT_FLAGS & IFF_LOGINT_FLAGS).toBe(0n);
    expect(IFF_PHYINTINST_FLAGS & IFF_LOGINT_FLAGS).toBe(0n);
    const all = Object.values(IFF).reduce((a, b) => a | b, 0n);
    expect(IFF_PHYINT_FLAGS | IFF_PHYINTINST_FLAGS | IFF_LOGINT_FLAGS).toBe(all & ~0x100000000n);
  });

  it('places the flags the way ipmp-semantics §1.1 lists them', () => {
    expect(IFF_PHYINT_FLAGS & IFF.FAILED).not.toBe(0n);
    expect(IFF_PHYINT_FLAGS & IFF.IPMP).not.toBe(0n);
    expect(IFF_PHYINTINST_FLAGS & IFF.NOLINKLOCAL).not.toBe(0n);
    expect(IFF_PHYINTINST_FLAGS & IFF.FIXEDMTU).not.toBe(0n);
    expect(IFF_LOGINT_FLAGS & IFF.NOFAILOVER).not.toBe(0n);
    expect(IFF_LOGINT_FLAGS & IFF.DUPLICATE).not.toBe(0n);
  });
});

describe('formatIfconfigFlags (ifconfig.c print_flags)', () => {
  // "Typical flag words", ipmp-semantics.md §3.1.
  it.each([
    [0x2001000849n, '2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL>'],
    [0x2002000849n, '2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL>'],
    [0x1000842n, '1000842<BROADCAST,RUNNING,MULTICAST,IPv4>'],
    [0x1000843n, '1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4>'],
    [0x2000841n, '2000841<UP,RUNNING,MULTICAST,IPv6>'],
    [0x8011000802n, '8011000802<BROADCAST,MULTICAST,IPv4,FAILED,IPMP>'],
    [0x8011000803n, '8011000803<UP,BROADCAST,MULTICAST,IPv4,FAILED,IPMP>'],
    [0x8001000843n, '8001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,IPMP>'],
    [0x8002000841n, '8002000841<UP,RUNNING,MULTICAST,IPv6,IPMP>'],
    [0x9040843n, '9040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER>'],
    [0x69040843n, '69040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,NOFAILOVER,STANDBY,INACTIVE>'],
    [0x61000843n, '61000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,STANDBY,INACTIVE>'],
    [0x11000803n, '11000803<UP,BROADCAST,MULTICAST,IPv4,FAILED>'],
    [0x81000842n, '81000842<BROADCAST,RUNNING,MULTICAST,IPv4,OFFLINE>'],
    [0x4001000842n, '4001000842<BROADCAST,RUNNING,MULTICAST,IPv4,DUPLICATE>'],
  ])('%s', (flags, expected) => {
    expect(formatIfconfigFlags(flags)).toBe(expected);
  });

  it('shows NOLINKLOCAL only in the hex', () => {
    expect(formatIfconfigFlags(0x20002000841n)).toBe('20002000841<UP,RUNNING,MULTICAST,IPv6>');
  });

  it('prints NOACCEPT after VRRP and L3PROTECT last, with ifconfig names DHCP and CoS', () => {
    expect(formatIfconfigFlags(0x50204004000n)).toBe('50204004000<DHCP,CoS,VRRP,NOACCEPT,L3PROTECT>');
  });

  it('prints ROUTER, NONUD, ANYCAST, NORTEXCH between ADDRCONF and IPv4', () => {
    expect(formatIfconfigFlags(0x1f80000n)).toBe('1f80000<ADDRCONF,ROUTER,NONUD,ANYCAST,NORTEXCH,IPv4>');
  });

  it('omits the <> part when no named bit is set', () => {
    expect(formatIfconfigFlags(0n)).toBe('0');
    expect(formatIfconfigFlags(0x20000000000n)).toBe('20000000000');
  });
});

describe('formatMonitorIfFlags (route.c ifnetflags)', () => {
  it('prints the routing-socket.md §1.7 example', () => {
    expect(formatMonitorIfFlags(0x1000843)).toBe('<UP,BROADCAST,RUNNING,MULTICAST,IPv4>');
  });

  it('uses route.c spellings PTP and PPROMISC', () => {
    expect(formatMonitorIfFlags(0x111)).toBe('<UP,PTP,PPROMISC>');
  });

  it('prints the IPMP state bits and keeps OFFLINE (bit 32) positive', () => {
    expect(formatMonitorIfFlags(0xf9000842)).toBe(
      '<BROADCAST,RUNNING,MULTICAST,IPv4,NOFAILOVER,FAILED,STANDBY,INACTIVE,OFFLINE>',
    );
    expect(formatMonitorIfFlags(0x80000000)).toBe('<OFFLINE>');
    expect(formatMonitorIfFlags(-0x80000000)).toBe('<OFFLINE>');
  });

  it('prints nothing for 0 or for only the unnamed bit 27 (NOACCEPT)', () => {
    expect(formatMonitorIfFlags(0)).toBe('');
    expect(formatMonitorIfFlags(0x4000000)).toBe('');
    expect(formatMonitorIfFlags(0x4000001)).toBe('<UP>');
  });

  it('ifmFlagsOf keeps the low 32 bits of lifr_flags, unsigned', () => {
    expect(ifmFlagsOf(0x8081000842n)).toBe(0x81000842);
    expect(ifmFlagsOf(0x2001000849n)).toBe(0x1000849);
  });
});
