import { describe, it, expect } from 'vitest';
import { bootedKernel, drain, T0 } from '@ipmplab/test-support';
import { ioctl } from '../ioctl';
import { IFF, formatIfconfigFlags } from '../../wire';
import { DAD_MS } from './dad';

describe('bringing an address up (reference routing-socket §3.5 example)', () => {
  it('plumb, netmask, address, up: CHGADDR, pre-up down burst, then the up burst after DAD', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    expect(drain(k)).toEqual([]);
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
    expect(drain(k)).toEqual([]);
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.1.10' });
    expect(drain(k)).toEqual(['RTM_CHGADDR 192.168.1.10/255.255.255.0 net0']);
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' });
    expect(formatIfconfigFlags(flags)).toBe('1000842<BROADCAST,RUNNING,MULTICAST,IPv4>');
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: flags | IFF.UP });
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 192.168.1.10/255.255.255.0',
      'RTM_DELADDR 192.168.1.10/255.255.255.0 net0',
    ]);
    k.advance(T0 + DAD_MS.inet - 1);
    expect(drain(k)).toEqual([]);
    k.advance(T0 + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 192.168.1.10/255.255.255.0 net0',
      'RTM_ADD 192.168.1.10/255.255.255.0',
    ]);
    expect(k.state.phyints.net0.ills.inet!.ipifs[0].broadcast).toBe('192.168.1.255');
  });

  it('down on unit 0: IFINFO, DELETE, DELADDR, then a second IFINFO', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.1' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: 0x1000843n });
    k.advance(T0 + 10_000);
    drain(k);
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: 0x1000842n });
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 10.0.0.1/255.0.0.0',
      'RTM_DELADDR 10.0.0.1/255.0.0.0 net0',
      'RTM_IFINFO net0 1000842',
    ]);
  });
});
