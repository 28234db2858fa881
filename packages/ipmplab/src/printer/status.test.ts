import { describe, it, expect } from 'vitest';
import { Chalk } from 'chalk';
import { statusLines } from './status';
import type { StatusReport } from '../requests/status';

const report: StatusReport = {
  state: '/tmp/x/state.db',
  release: 'illumos',
  uname: 'SunOS 5.11 illumos-ipmplab',
  clock: { mode: 'manual', now: '2025-11-22T07:40:01.000Z', nowMs: Date.UTC(2025, 10, 22, 7, 40, 1) },
  links: [
    { name: 'net0', mtu: 1500, mac: '02:08:20:4c:3a:10', link: 'down', plumbed: ['inet', 'inet6'] },
    { name: 'net1', mtu: 9000, mac: '02:08:20:4c:3a:11', link: 'up', plumbed: [] },
  ],
  routes: 7,
  journalSeq: 42,
  timers: [{ kind: 'dad', interface: 'net0:1', family: 'inet', address: '10.0.0.2', dueInMs: 1500 }],
  conflicts: [{ address: '10.0.0.9', mac: '0:1b:21:9a:7c:44' }],
  host: 'a',
  network: {
    hosts: [
      { name: 'a', power: 'on', default: true, release: 'illumos', links: [{ name: 'net0', port: 'e1000g0', segment: 'sw1' }, { name: 'net1', port: 'e1000g1' }] },
      { name: 'router', power: 'off', default: false, release: 'solaris11', links: [{ name: 'net0', port: 'e1000g0', segment: 'sw1' }] },
    ],
    segments: [{ name: 'sw1', state: 'down', loss: 2.5, members: ['a:net0', 'router:net0'] }],
  },
};

describe('status printer', () => {
  const plain = statusLines(report, new Chalk({ level: 0 })).join('\n');

  it('shows every part of the report, without escapes when colour is off', () => {
    expect(plain).not.toContain('\x1b');
    expect(plain).toMatch(/│ State file\s+│ \/tmp\/x\/state\.db\s+│/);
    expect(plain).toMatch(/│ Clock\s+│ manual 2025-11-22T07:40:01\.000Z\s+│/);
    expect(plain).toMatch(/│ Routes\s+│ 7\s+│/);
    expect(plain).toMatch(/│ Journal seq\s+│ 42\s+│/);
    expect(plain).toMatch(/│ net0\s+│ 1500 │ 02:08:20:4c:3a:10 │ down\s+│ inet inet6 │/);
    expect(plain).toMatch(/│ net1\s+│ 9000 │ 02:08:20:4c:3a:11 │ up\s+│ -\s+│/);
    expect(plain).toMatch(/│ dad\s+│ net0:1\s+│ inet\s+│ 10\.0\.0\.2\s+│ 1\.5s\s+│/);
    expect(plain).toMatch(/│ 10\.0\.0\.9\s+│ 0:1b:21:9a:7c:44 │/);
  });

  it('names the host and draws the network: hosts with the default marked, segments with their cables', () => {
    expect(plain).toMatch(/│ Host\s+│ a \(2 hosts in the lab\)\s+│/);
    expect(plain).toContain([
      'Hosts',
      '  HOST    POWER  RELEASE    LINKS',
      '  a*      on     illumos    net0@sw1 net1',
      '  router  off    solaris11  net0@sw1',
      '',
      'Segments',
      '  SEGMENT  STATE  LOSS  PLUGGED',
      '  sw1      down   2.5%  a:net0 router:net0',
    ].join('\n'));
    const alone = statusLines({ ...report, network: { hosts: [report.network.hosts[0]], segments: [] } }, new Chalk({ level: 0 })).join('\n');
    expect(alone).toMatch(/│ Host\s+│ a \(1 host in the lab\)\s+│/);
    expect(alone.endsWith('Segments\n  no segments')).toBe(true);
  });

  it('names the release the host runs, with its uname', () => {
    expect(plain).toMatch(/│ Release\s+│ illumos \(SunOS 5\.11 illumos-ipmplab\)\s+│/);
    const s11 = statusLines({ ...report, release: 'solaris11', uname: 'SunOS 5.11 11.4.0.15.0' }, new Chalk({ level: 0 })).join('\n');
    expect(s11).toMatch(/│ Release\s+│ Oracle Solaris 11\.4 \(SunOS 5\.11 11\.4\.0\.15\.0\)\s+│/);
  });

  it('says how far a manual clock is from the wall clock, to the second', () => {
    const line = (clock: StatusReport['clock']) => statusLines({ ...report, clock }, new Chalk({ level: 0 })).join('\n').split('\n').find((l) => l.includes('Clock offset'));
    expect(line({ ...report.clock, wallOffsetMs: 11 * 60_000 + 12_400 })).toMatch(/│ Clock offset\s+│ 11m12s ahead of the wall clock\s+│/);
    expect(line({ ...report.clock, wallOffsetMs: -90_000 })).toMatch(/│ 1m30s behind the wall clock\s+│/);
    expect(line({ ...report.clock, wallOffsetMs: 300 })).toMatch(/│ at the wall clock\s+│/);
    expect(line({ mode: 'real', now: report.clock.now, nowMs: report.clock.nowMs })).toBeUndefined();
  });

  it('says "none" for empty sections', () => {
    const text = statusLines({ ...report, links: [], timers: [], conflicts: [] }, new Chalk({ level: 0 })).join('\n');
    expect(text).toContain('Datalinks\n  none\n\nPending timers\n  none\n\nDAD conflicts\n  none');
  });

  it('colours heads and link states when asked', () => {
    const coloured = statusLines(report, new Chalk({ level: 1 })).join('\n');
    expect(coloured).toContain('\x1b[1mLink\x1b[22m');
    expect(coloured).toContain('\x1b[31mdown\x1b[39m');
  });
});
