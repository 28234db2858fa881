import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, drain, flagsOf, down, up, T0 } from '@ipmplab/test-support';
import { DAD_MS, DUP_RECOVERY_MS } from './dad';
import { addConflict, removeConflict } from './conflict';
import { setLinkState } from './link';
import { IFF } from '../../wire';
import { ioctl } from '../ioctl';

describe('duplicate address detection', () => {
  it('a conflict found by DAD marks the address DUPLICATE, takes it down and logs the warning', () => {
    const k = bootedKernel();
    addConflict(k, '10.0.0.1');
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    drain(k);
    k.advance(T0 + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 10.0.0.1/255.255.255.0',
      'RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
    ]);
    expect(flagsOf(k, 'net0') & (IFF.DUPLICATE | IFF.UP)).toBe(IFF.DUPLICATE);
    expect(k.state.log.map((l) => `${l.level} ${l.text}`)).toEqual([
      'WARNING net0 has duplicate address 10.0.0.1 (in use by 0:1b:21:9a:7c:44); disabled',
    ]);
    expect(k.routes.count('inet')).toBe(1); // only lo0's route is left
  });

  it('recovers after _dup_recovery once the other host is gone, without a new warning while it stays', () => {
    const k = bootedKernel();
    addConflict(k, '10.0.0.1');
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    k.advance(T0 + DAD_MS.inet);
    drain(k);
    k.advance(T0 + DAD_MS.inet + DUP_RECOVERY_MS);
    expect(drain(k)).toEqual([]); // still conflicting: re-armed silently
    expect(k.state.log).toHaveLength(1);
    removeConflict(k, '10.0.0.1');
    const second = T0 + DAD_MS.inet + 2 * DUP_RECOVERY_MS;
    k.advance(second);
    expect(flagsOf(k, 'net0') & (IFF.DUPLICATE | IFF.UP)).toBe(IFF.UP);
    expect(drain(k)).toEqual([]); // up again, DAD running
    k.advance(second + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_ADD 10.0.0.1/255.255.255.0',
    ]);
    expect(k.state.log[1].text).toBe('recovered address 10.0.0.1 on net0');
  });

  it('an address that is already up loses it at once when another host claims it', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    k.advance(T0 + DAD_MS.inet);
    drain(k);
    addConflict(k, '10.0.0.1');
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000842',
      'RTM_DELETE 10.0.0.1/255.255.255.0',
      'RTM_DELADDR 10.0.0.1/255.255.255.0 net0',
    ]);
  });

  it('`ifconfig down` on a DUPLICATE address re-sets the address, which clears DUPLICATE and the recovery', () => {
    const k = bootedKernel();
    addConflict(k, '10.0.0.1');
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    k.advance(T0 + DAD_MS.inet);
    expect(k.state.timers.map((t) => t.kind)).toEqual(['dad-recovery']);
    k.emitted.length = 0;
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.1' });
    expect(flagsOf(k, 'net0') & IFF.DUPLICATE).toBe(0n);
    expect(k.state.timers).toEqual([]);
  });

  it('DAD completes only while the link runs; link-up restarts it', () => {
    const k = bootedKernel();
    setLinkState(k, 'net0', false);
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    drain(k);
    k.advance(T0 + 10_000);
    expect(drain(k)).toEqual([]);
    expect(flagsOf(k, 'net0').toString(16)).toBe('1000803');
    setLinkState(k, 'net0', true);
    expect(drain(k)).toEqual([]);
    k.advance(k.now + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_ADD 10.0.0.1/255.255.255.0',
    ]);
  });

  it('link down sends one IFINFO per family at once; link up re-announces after DAD', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
    k.advance(T0 + DAD_MS.inet);
    drain(k);
    setLinkState(k, 'net0', false);
    expect(drain(k)).toEqual(['RTM_IFINFO net0 1000803']);
    setLinkState(k, 'net0', true);
    expect(drain(k)).toEqual([]);
    k.advance(k.now + DAD_MS.inet);
    expect(drain(k)).toEqual([
      'RTM_IFINFO net0 1000843',
      'RTM_NEWADDR 10.0.0.1/255.255.255.0 net0',
      'RTM_ADD 10.0.0.1/255.255.255.0',
    ]);
  });

  it('loopback and 0.0.0.0 need no DAD: notified at once', () => {
    const k = bootedKernel();
    down(k, 'lo0');
    drain(k);
    up(k, 'lo0');
    expect(drain(k)).toEqual([
      'RTM_IFINFO lo0 1000848',
      'RTM_DELETE 127.0.0.1/255.0.0.0',
      'RTM_DELADDR 127.0.0.1/255.0.0.0 lo0',
      'RTM_IFINFO lo0 1000849',
      'RTM_NEWADDR 127.0.0.1/255.0.0.0 lo0',
      'RTM_ADD 127.0.0.1/255.0.0.0',
    ]);
  });
});
