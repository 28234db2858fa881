// Hand-built in.mpathd snapshots for the printer tests.
import type { AddrInfo, GroupInfo, IfInfo, IpmpSnapshot, ProbeEvent } from '@ipmplab/core/testing';

export function lines(...l: string[]): string {
  return l.map((x) => `${x}\n`).join('');
}

export function group(p: Partial<GroupInfo> & Pick<GroupInfo, 'name'>): GroupInfo {
  return { ifname: p.name, state: 'ok', active: [], inactive: [], unusable: [], ...p };
}

const NOFLAGS: IfInfo['flags'] = { inactive: false, standby: false, m4: false, b4: false, m6: false, down: false, hwdup: false };

export function iface(p: Partial<Omit<IfInfo, 'flags'>> & Pick<IfInfo, 'name' | 'group'> & { flags?: Partial<IfInfo['flags']> }): IfInfo {
  return {
    groupIf: p.group, active: true, link: 'up', probe: 'disabled', state: 'ok', targets: [],
    ...p,
    flags: { ...NOFLAGS, ...p.flags },
  };
}

export function addr(p: Partial<AddrInfo> & Pick<AddrInfo, 'addr' | 'groupIf'>): AddrInfo {
  return { family: p.addr.includes(':') ? 'inet6' : 'inet', state: 'up', inbound: '', outbound: [], ...p };
}

export function probe(p: Partial<ProbeEvent> & Pick<ProbeEvent, 'at' | 'ifname' | 'id' | 'target'>): ProbeEvent {
  return { family: p.target.includes(':') ? 'inet6' : 'inet', lost: false, ...p };
}

export function snapshot(p: Partial<IpmpSnapshot>): IpmpSnapshot {
  return { groups: [], interfaces: [], addresses: [], probing: false, ...p };
}

/**
 * The rehearsal's group: ipmp0 with net0 active and net1 a healthy standby, three data
 * addresses (in in.mpathd's order: highest logical id first), the IPv6 link-local and the
 * IPv4 stub of the IPMP interface.
 */
export function pair(): IpmpSnapshot {
  return snapshot({
    groups: [group({ name: 'ipmp0', active: ['net0'], inactive: ['net1'] })],
    interfaces: [
      iface({ name: 'net1', group: 'ipmp0', active: false, flags: { inactive: true, standby: true } }),
      iface({ name: 'net0', group: 'ipmp0', flags: { m4: true, b4: true, m6: true } }),
    ],
    addresses: [
      addr({ addr: 'fe80::214:4fff:fe8b:1b4c', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net0'] }),
      addr({ addr: '10.0.0.3', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net0'] }),
      addr({ addr: '10.0.0.2', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net0'] }),
      addr({ addr: '10.0.0.1', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net0'] }),
    ],
  });
}
