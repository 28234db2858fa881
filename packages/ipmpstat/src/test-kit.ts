// ipmpstat's and if_mpadm's fixtures: hand-built in.mpathd snapshots for the printer tests, and
// the rehearsal group's links joined through the ioctls ifconfig(8) issues.
import { ioctl, IFF } from '@ipmplab/core/testing';
import type { AddrInfo, GroupInfo, IfInfo, IpmpSnapshot, Kernel, ProbeEvent } from '@ipmplab/core/testing';
import { setFlags } from '@ipmplab/test-support';

/** `ifconfig LINK plumb group ipmp0 [standby] up` for each link (ipmp0 already plumbed). */
export function joinIpmp0(k: Kernel, links: string[], standby: string[] = []): void {
  for (const n of links) {
    ioctl(k, 'PLUMB', { name: n, af: 'inet' });
    ioctl(k, 'SIOCSLIFGROUPNAME', { name: n, af: 'inet', group: 'ipmp0' });
    if (standby.includes(n)) setFlags(k, n, 'inet', IFF.STANDBY);
    setFlags(k, n, 'inet', IFF.UP);
  }
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
