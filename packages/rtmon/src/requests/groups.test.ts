// The IPMP panel's data from hand-built kernel states: IPMP groups are being added to the kernel
// separately, so the states here are what that work will produce (phyint.group, IFF_IPMP on the
// IPMP interface, FAILED/STANDBY/INACTIVE/OFFLINE on members), built directly.
import { describe, it, expect } from 'vitest';
import { IFF, ioctl, saveState } from '@ipmplab/core/testing';
import type { Kernel, Ipif } from '@ipmplab/core/testing';
import { bootedKernel, configure } from '@ipmplab/test-support';
import { openSession, memoryIO } from '@ipmplab/userland';
import { readGroups, memberState, interfaceIndexes } from './groups';
import { groupLines } from '../tui/GroupPanel';
import { TempState } from '../test-kit';

function ipif(id: number, addr: string, flags: bigint): Ipif {
  return { id, flags, addr, netmask: '255.255.255.0', broadcast: '', dst: '', ready: true };
}

/** ipmp0 in group g0 with data addresses; net0..net2 members in the given states. */
function ipmpKernel(): Kernel {
  const k = bootedKernel();
  configure(k, 'net0', 'inet', '192.168.10.20', '255.255.255.0');
  configure(k, 'net1', 'inet', '0.0.0.0', '255.255.255.0');
  ioctl(k, 'PLUMB', { name: 'net2', af: 'inet' });
  ioctl(k, 'PLUMB', { name: 'net3', af: 'inet' });
  k.state.phyints.net0.ills.inet!.ipifs[0].flags |= IFF.NOFAILOVER | IFF.DEPRECATED; // test address
  for (const n of ['net0', 'net1', 'net2']) k.state.phyints[n].group = 'g0';
  k.state.phyints.net1.flags |= IFF.STANDBY | IFF.INACTIVE;
  k.state.phyints.net2.flags |= IFF.FAILED;
  k.state.phyints.net2.flags &= ~IFF.RUNNING;
  k.state.phyints.ipmp0 = {
    name: 'ipmp0',
    index: ++k.state.lastIndex,
    flags: IFF.IPMP | IFF.RUNNING,
    group: 'g0',
    ills: {
      inet: {
        family: 'inet', flags: IFF.IPV4 | IFF.MULTICAST, mtu: 1500, metric: 0, usesrcIndex: 0,
        ipifs: [ipif(0, '192.168.10.1', IFF.UP | IFF.BROADCAST), ipif(1, '192.168.10.2', IFF.UP | IFF.BROADCAST), ipif(2, '192.168.10.3', IFF.BROADCAST)],
      },
    },
  };
  k.state.typeOrder.inet.push('ipmp');
  k.state.groups = {
    g0: { name: 'g0', ifname: 'ipmp0', serial: 1, members: ['net0', 'net1', 'net2'], active: { inet: ['net0'] }, nominee: { inet: 'net0' }, bindings: { '0/inet': 'net0', '1/inet': 'net0' } },
  };
  return k;
}

describe('IPMP group panel data', () => {
  it('says there are no groups on a host without IPMP', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '192.168.1.10', '255.255.255.0');
    const v = readGroups(k);
    expect(v.groups).toEqual([]);
    expect(groupLines(v).map((l) => l.text)).toEqual(['IPMP groups', 'no IPMP groups']);
    expect(groupLines(undefined).map((l) => l.text)).toEqual(['IPMP groups', 'no kernel (replay)']);
  });

  it('lists groups, members with their state, test addresses and data addresses', () => {
    const v = readGroups(ipmpKernel());
    expect(v.groups).toEqual([
      {
        group: 'g0',
        ipmpIf: 'ipmp0',
        members: [
          { name: 'net0', state: 'active', standby: false, running: true, testAddrs: ['192.168.10.20'] },
          { name: 'net1', state: 'inactive', standby: true, running: true, testAddrs: [] },
          { name: 'net2', state: 'failed', standby: false, running: false, testAddrs: [] },
        ],
        data: [
          { lif: 'ipmp0', addr: '192.168.10.1', up: true, boundTo: 'net0' },
          { lif: 'ipmp0:1', addr: '192.168.10.2', up: true, boundTo: 'net0' },
          { lif: 'ipmp0:2', addr: '192.168.10.3', up: false, boundTo: '' },
        ],
      },
    ]);
    expect(groupLines(v).map((l) => l.text)).toEqual([
      'IPMP groups',
      'g0  ipmp0',
      '  net0     active',
      '    test 192.168.10.20',
      '  net1     inactive (standby)',
      '  net2     failed (link down)',
      '  192.168.10.1 ipmp0  → net0',
      '  192.168.10.2 ipmp0:1  → net0',
      '  192.168.10.3 ipmp0:2 down  unbound',
    ]);
  });

  it('shows offline members and a group whose IPMP interface is not plumbed', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    k.state.phyints.net0.group = 'g9';
    k.state.groups = { g9: { name: 'g9', ifname: 'ipmp9', serial: 1, members: ['net0'], active: {}, nominee: {}, bindings: {} } };
    k.state.phyints.net0.flags |= IFF.OFFLINE | IFF.FAILED;
    const v = readGroups(k);
    expect(v.groups).toEqual([{ group: 'g9', members: [{ name: 'net0', state: 'offline', standby: false, running: true, testAddrs: [] }], data: [] }]);
    expect(groupLines(v)[1].text).toBe('g9  (no IPMP interface)');
  });

  it('follows the kernel: a real group built through the ioctls, bindings included', () => {
    const k = bootedKernel();
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    for (const n of ['net0', 'net1']) {
      ioctl(k, 'PLUMB', { name: n, af: 'inet' });
      ioctl(k, 'SIOCSLIFGROUPNAME', { name: n, af: 'inet', group: 'ipmp0' });
      ioctl(k, 'SIOCSLIFFLAGS', { name: n, af: 'inet', flags: ioctl(k, 'SIOCGLIFFLAGS', { name: n, af: 'inet' }).flags | IFF.UP });
    }
    configure(k, 'ipmp0', 'inet', '10.0.0.1', '255.255.255.0');
    configure(k, 'ipmp0:1', 'inet', '10.0.0.2', '255.255.255.0');
    k.advance(k.now + 10_000);
    const v = readGroups(k);
    expect(v.groups).toHaveLength(1);
    const g = v.groups[0];
    expect(g).toMatchObject({ group: 'ipmp0', ipmpIf: 'ipmp0' });
    expect(g.members.map((m) => `${m.name} ${m.state}`)).toEqual(['net0 active', 'net1 active']);
    expect(g.data.map((d) => `${d.lif} ${d.addr} ${d.up}`)).toEqual(['ipmp0 10.0.0.1 true', 'ipmp0:1 10.0.0.2 true']);
    // Each UP data address is bound to one member, spread over the active ones.
    expect(new Set(g.data.map((d) => d.boundTo))).toEqual(new Set(['net0', 'net1']));
  });

  it('derives member state from the flags in ipmpstat order', () => {
    expect(memberState(IFF.OFFLINE | IFF.FAILED | IFF.INACTIVE)).toBe('offline');
    expect(memberState(IFF.FAILED | IFF.INACTIVE)).toBe('failed');
    expect(memberState(IFF.INACTIVE | IFF.STANDBY)).toBe('inactive');
    expect(memberState(IFF.STANDBY)).toBe('active');
  });

  it('reads the committed state without taking the write lock', () => {
    const s = new TempState();
    const session = openSession(s.file, memoryIO());
    try {
      expect(session.view(readGroups).groups).toEqual([]);
      const k = ipmpKernel();
      k.state.timers = [];
      saveState(s.db, 1, k.state);
      const v = session.view(readGroups);
      expect(v.groups.map((g) => g.group)).toEqual(['g0']);
      expect(session.view(interfaceIndexes)).toEqual([['lo0', 1], ['net0', 2], ['net1', 3], ['net2', 4], ['net3', 5], ['ipmp0', 6]]);
      // While another connection holds the write lock, the panel still reads.
      const other = (s.db as unknown as { constructor: new (f: string) => typeof s.db }).constructor;
      const writer = new other(s.file);
      writer.exec('BEGIN IMMEDIATE');
      try {
        expect(session.view(readGroups).groups).toHaveLength(1);
      } finally {
        writer.exec('ROLLBACK');
        writer.close();
      }
    } finally {
      session.close();
      s.cleanup();
    }
  });
});
