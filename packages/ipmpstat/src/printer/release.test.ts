// The printers on a Solaris 11 host: -t in Solaris 11's widths (MODE 11, TARGETS 37), probe ids
// with their type letter, and everything else as on illumos.
import { describe, it, expect } from 'vitest';
import { lines } from '@ipmplab/test-support';
import type { IpmpSnapshot } from '@ipmplab/core/testing';
import { fieldContext, formatMode, openReport, printProbe } from './report';
import type { Mode } from './fields';
import { addr, group, iface, probe, snapshot } from '../test-kit';

type Release = 'illumos' | 'solaris11';

function text(mode: Exclude<Mode, 'p'>, s: IpmpSnapshot, release: Release, opts: { fields?: string; parsable?: boolean } = {}): string {
  const r = formatMode(mode, s, { parsable: false, numeric: true, release, ...opts });
  if (r.status !== 'SUCCESS') throw new Error(`${r.status}: ${r.message}`);
  return r.text;
}

/** A group whose members probe: net1 by routes, net0 by multicast, net2 not at all. */
function probing(): IpmpSnapshot {
  return snapshot({
    groups: [group({ name: 'ipmp0', fdt: 10_000, active: ['net1', 'net0'], inactive: ['net2'] })],
    interfaces: [
      iface({ name: 'net1', group: 'ipmp0', targets: [{ family: 'inet', mode: 'routes', testaddr: '192.168.85.31', targets: ['192.168.85.1', '192.168.85.3', '192.168.85.4', '192.168.85.5'] }] }),
      iface({ name: 'net0', group: 'ipmp0', targets: [{ family: 'inet', mode: 'multicast', testaddr: '192.168.85.30', targets: ['192.168.85.1'] }] }),
      iface({ name: 'net2', group: 'ipmp0' }),
    ],
    addresses: [addr({ addr: '192.168.85.10', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net1', 'net0'] })],
  });
}

describe('ipmpstat -t by release', () => {
  it('Solaris 11: MODE is 11 wide and TARGETS 37 (the default fields still total 80)', () => {
    expect(text('t', probing(), 'solaris11')).toBe(lines(
      'INTERFACE   MODE       TESTADDR            TARGETS',
      'net1        routes     192.168.85.31       192.168.85.1 192.168.85.3 192.168.85.4 192.168.85.5',
      'net0        multicast  192.168.85.30       192.168.85.1',
      'net2        disabled   --                  --',
    ));
  });
  it('illumos: MODE 10, so "multicast" fills it and the next column starts after one space', () => {
    expect(text('t', probing(), 'illumos')).toBe(lines(
      'INTERFACE   MODE      TESTADDR            TARGETS',
      'net1        routes    192.168.85.31       192.168.85.1 192.168.85.3 192.168.85.4 192.168.85.5',
      'net0        multicast 192.168.85.30       192.168.85.1',
      'net2        disabled  --                  --',
    ));
  });
  it('-P has no widths: the same on both', () => {
    const fields = { fields: 'interface,mode,testaddr', parsable: true };
    expect(text('t', probing(), 'solaris11', fields)).toBe(text('t', probing(), 'illumos', fields));
    expect(text('t', probing(), 'solaris11', fields)).toBe(lines('net1:routes:192.168.85.31', 'net0:multicast:192.168.85.30', 'net2:disabled:'));
  });
});

describe('ipmpstat -p by release', () => {
  function probeText(release: Release, fields?: string, parsable = false): string {
    const r = openReport('p', fieldContext(true, 1_000_000, release), { fields, parsable });
    return [
      probe({ at: 1_000_110, ifname: 'net0', id: 1411, target: '192.168.85.1', netrtt: 0.51, rtt: 0.76, rttavg: 0.76, rttdev: 0.2 }),
      probe({ at: 1_000_170, ifname: 'net1', id: 612, target: '192.168.85.1', lost: true }),
    ].map((e) => printProbe(e, r.handle!)).join('');
  }
  it('Solaris 11 prints the probe type before the id: i for an ICMP target', () => {
    expect(probeText('solaris11')).toBe(lines(
      'TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET',
      '0.11s     net0        i1411  0.51ms    0.76ms    0.76ms    192.168.85.1',
      '0.17s     net1        i612   --        --        --        192.168.85.1',
    ));
    expect(probeText('solaris11', 'probe,target', true)).toBe(lines('i1411:192.168.85.1', 'i612:192.168.85.1'));
  });
  it('illumos prints the id alone', () => {
    expect(probeText('illumos', 'probe,target', true)).toBe(lines('1411:192.168.85.1', '612:192.168.85.1'));
  });
});

describe('the other modes are the same on both releases', () => {
  for (const mode of ['a', 'g', 'i'] as const) {
    it(`-${mode}`, () => {
      expect(text(mode, probing(), 'solaris11')).toBe(text(mode, probing(), 'illumos'));
    });
  }
});
