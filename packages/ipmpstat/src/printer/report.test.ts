import { describe, it, expect } from 'vitest';
import { formatMode, openReport, fieldContext, targetRows, addrNamer, printProbe, jsonRecords, modeRows } from './report';
import { groupInterfaces, ifFlags } from './fields';
import type { Mode } from './fields';
import { lines } from '@ipmplab/test-support';
import { addr, group, iface, pair, probe, snapshot } from '../test-kit';
import type { IpmpSnapshot } from '@ipmplab/core/testing';

function text(mode: Exclude<Mode, 'p'>, s: IpmpSnapshot, opts: { fields?: string; parsable?: boolean; numeric?: boolean; rows?: number } = {}): string {
  const r = formatMode(mode, s, { parsable: false, ...opts });
  if (r.status !== 'SUCCESS') throw new Error(`${r.status}: ${r.message}`);
  return r.text;
}

/** The Oracle -g sample (System Administration Guide, "Obtaining IPMP group information"). */
function oracleGroups(): IpmpSnapshot {
  return snapshot({
    groups: [
      group({ name: 'itops0', fdt: 10_000, active: ['net1', 'net0'], inactive: ['net2'] }),
      group({ name: 'acctg1', state: 'failed', unusable: ['hme0', 'hme1'] }),
      group({ name: 'field2', state: 'degraded', fdt: 20_000, active: ['fops0', 'fops3'], inactive: ['fops2'], unusable: ['fops1'] }),
    ],
  });
}

describe('-g', () => {
  it('prints the documented sample byte for byte', () => {
    expect(text('g', oracleGroups())).toBe(lines(
      'GROUP       GROUPNAME   STATE     FDT       INTERFACES',
      'itops0      itops0      ok        10.00s    net1 net0 (net2)',
      'acctg1      acctg1      failed    --        [hme0 hme1]',
      'field2      field2      degraded  20.00s    fops0 fops3 (fops2) [fops1]',
    ));
  });
  it('shows the anonymous group with empty names, and an empty group with no interfaces', () => {
    const s = snapshot({
      groups: [group({ name: 'a', ifname: 'ipmp1', state: 'failed' }), group({ name: '', ifname: '', active: ['net3'] })],
    });
    expect(text('g', s)).toBe(lines(
      'GROUP       GROUPNAME   STATE     FDT       INTERFACES',
      'ipmp1       a           failed    --        --',
      '--          --          ok        --        net3',
    ));
  });
  it('borrows the excess of long names from the following columns', () => {
    const s = snapshot({ groups: [group({ name: 'verylonggroupname', ifname: 'ipmp123456789', active: ['net0'] })] });
    // GROUP 13 of 12: 2 owed; GROUPNAME 17 + 2 of 12: 8 owed; STATE "ok" + 8 fills 10: 1 owed;
    // FDT pays it: 9 columns.
    expect(text('g', s).split('\n')[1]).toBe('ipmp123456789 verylonggroupname ok --       net0');
  });
  it('shows control characters in group names visibly and keeps the columns aligned', () => {
    const s = snapshot({
      groups: [
        group({ name: 'a b', ifname: 'ipmp0', active: ['net0'] }),
        group({ name: 'x\ty', ifname: 'ipmp1', active: ['net1'] }),
        group({ name: '\u001b[2J\u009b', ifname: 'ipmp2', active: ['net2'] }),
      ],
    });
    // A space is as wide as it looks (illumos keeps it so); a tab would jump to the next stop
    // and ESC would clear the screen, so they are shown as ^I and ^[ and counted as shown.
    expect(text('g', s)).toBe(lines(
      'GROUP       GROUPNAME   STATE     FDT       INTERFACES',
      'ipmp0       a b         ok        --        net0',
      'ipmp1       x^Iy        ok        --        net1',
      'ipmp2       ^[[2J\\302\\233 ok      --        net2',
    ));
    expect(text('g', s, { fields: 'GROUPNAME,GROUP', parsable: true })).toBe(lines('a b:ipmp0', 'x^Iy:ipmp1', '^[[2J\\\\302\\\\233:ipmp2'));
    const rows = jsonRecords(modeRows('g', s), openReport('g', fieldContext(true), { parsable: false }).handle!.fields);
    expect(rows.map((r) => r.groupname)).toEqual(['a b', 'x\ty', '\u001b[2J\u009b']);
  });
  it('groups INTERFACES as active (inactive) [unusable]', () => {
    expect(groupInterfaces({ active: [], inactive: [], unusable: [] })).toBe('');
    expect(groupInterfaces({ active: [], inactive: ['net1'], unusable: [] })).toBe('(net1)');
    expect(groupInterfaces({ active: [], inactive: ['net1', 'net2'], unusable: ['net0'] })).toBe('(net1 net2) [net0]');
    expect(groupInterfaces({ active: ['net0'], inactive: [], unusable: ['net1'] })).toBe('net0 [net1]');
  });
  it('selects, reorders and repeats fields, case-insensitively, and -o all', () => {
    expect(text('g', pair(), { fields: 'interfaces,Group,STATE,state' })).toBe(lines(
      'INTERFACES                    GROUP       STATE     STATE',
      'net0 (net1)                   ipmp0       ok        ok',
    ));
    expect(text('g', pair(), { fields: 'all' })).toBe(text('g', pair()));
  });
  it('-P: colon-separated, nothing for empty, escaped only with several fields', () => {
    const s = snapshot({ groups: [group({ name: 'a:b\\c', ifname: 'ipmp0', fdt: 10_000 }), group({ name: '', ifname: '', active: ['net3'] })] });
    expect(text('g', s, { fields: 'group,groupname,fdt,interfaces', parsable: true })).toBe(lines(
      'ipmp0:a\\:b\\\\c:10.00s:',
      ':::net3',
    ));
    expect(text('g', s, { fields: 'groupname', parsable: true })).toBe(lines('a:b\\c', ''));
  });
});

describe('-i', () => {
  it('prints the rehearsal pair: standby inactive, active member nominated', () => {
    expect(text('i', pair())).toBe(lines(
      'INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE',
      'net1        no      ipmp0       is-----   up        disabled  ok',
      'net0        yes     ipmp0       --mbM--   up        disabled  ok',
    ));
  });
  it('walks group by group in group order, whatever the order of the interface list', () => {
    const s = snapshot({
      groups: [group({ name: 'b' }), group({ name: '', ifname: '' })],
      interfaces: [
        iface({ name: 'net9', group: '', groupIf: '' }),
        iface({ name: 'net2', group: 'b', flags: { down: true }, active: false, link: 'unknown', probe: 'unknown', state: 'unknown' }),
        iface({ name: 'net3', group: 'b', flags: { hwdup: true }, active: false, state: 'offline', probe: 'failed' }),
        iface({ name: 'net4', group: 'zz' }),
      ],
    });
    expect(text('i', s)).toBe(lines(
      'INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE',
      'net2        no      b           -----d-   unknown   unknown   unknown',
      'net3        no      b           ------h   up        failed    offline',
      'net9        yes     --          -------   up        disabled  ok',
    ));
  });
  it('FLAGS has seven fixed positions i s m b M d h', () => {
    expect(ifFlags({ inactive: true, standby: true, m4: true, b4: true, m6: true, down: true, hwdup: true })).toBe('ismbMdh');
    expect(ifFlags({ inactive: false, standby: false, m4: false, b4: false, m6: true, down: false, hwdup: false })).toBe('----M--');
  });
  it('repeats the header every 23 rows, or at the window height given', () => {
    const members = Array.from({ length: 30 }, (_, n) => iface({ name: `net${n}`, group: 'g' }));
    const s = snapshot({ groups: [group({ name: 'g' })], interfaces: members });
    const out = text('i', s).split('\n');
    expect(out.filter((l) => l.startsWith('INTERFACE')).length).toBe(2);
    expect(out[0].startsWith('INTERFACE')).toBe(true);
    expect(out[23]).toMatch(/^net22 /);
    expect(out[24].startsWith('INTERFACE')).toBe(true);
    expect(out[25]).toMatch(/^net23 /);
    const tall = text('i', s, { rows: 50 }).split('\n');
    expect(tall.filter((l) => l.startsWith('INTERFACE')).length).toBe(1);
    expect(text('i', s, { parsable: true, fields: 'interface' })).not.toContain('INTERFACE');
  });
  it('-P -o all is refused, -P with fields prints no header', () => {
    expect(formatMode('i', pair(), { parsable: true, fields: 'all' }).status).toBe('EPARSEALL');
    expect(text('i', pair(), { parsable: true, fields: 'interface,flags,state' })).toBe(lines('net1:is-----:ok', 'net0:--mbM--:ok'));
  });
});

describe('-a', () => {
  it('prints the rehearsal addresses (in.mpathd order) with the default header', () => {
    expect(text('a', pair())).toBe(lines(
      'ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND',
      'fe80::214:4fff:fe8b:1b4c  up     ipmp0       net0        net0',
      '10.0.0.3                  up     ipmp0       net0        net0',
      '10.0.0.2                  up     ipmp0       net0        net0',
      '10.0.0.1                  up     ipmp0       net0        net0',
    ));
  });
  it('shows down addresses and stubs with -- for INBOUND and OUTBOUND, and every active member', () => {
    const s = snapshot({
      groups: [group({ name: 'ipmp0', active: ['net1', 'net0'] })],
      addresses: [
        addr({ addr: '10.0.0.2', groupIf: 'ipmp0', inbound: 'net1', outbound: ['net1', 'net0'] }),
        addr({ addr: '10.0.0.5', groupIf: 'ipmp0', state: 'down', outbound: ['net1', 'net0'] }),
        addr({ addr: '10.0.0.6', groupIf: 'ipmp0', inbound: '', outbound: ['net1'] }),
        addr({ addr: '0.0.0.0', groupIf: 'ipmp0', state: 'down' }),
      ],
    });
    expect(text('a', s)).toBe(lines(
      'ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND',
      '10.0.0.2                  up     ipmp0       net1        net1 net0',
      '10.0.0.5                  down   ipmp0       --          --',
      '10.0.0.6                  up     ipmp0       --          --',
      '0.0.0.0                   down   ipmp0       --          --',
    ));
  });
  it('borrows for a long IPv6 address', () => {
    const s = snapshot({
      groups: [group({ name: 'ipmp0' })],
      addresses: [addr({ addr: '2001:db8:1234:5678:9abc:def0:1234:5678', groupIf: 'ipmp0', inbound: 'net0', outbound: ['net0', 'net1'] })],
    });
    expect(text('a', s).split('\n')[1]).toBe('2001:db8:1234:5678:9abc:def0:1234:5678 up ipmp0 net0     net0 net1');
  });
  it('names addresses through the name service unless -n', () => {
    const s = snapshot({
      groups: [group({ name: 'ipmp0' })],
      addresses: [addr({ addr: '127.0.0.1', groupIf: 'ipmp0' }), addr({ addr: '::1', groupIf: 'ipmp0' }), addr({ addr: '10.0.0.1', groupIf: 'ipmp0' })],
    });
    expect(text('a', s, { fields: 'address' })).toBe(lines('ADDRESS', 'localhost', 'localhost', '10.0.0.1'));
    expect(text('a', s, { fields: 'address', numeric: true })).toBe(lines('ADDRESS', '127.0.0.1', '::1', '10.0.0.1'));
    expect(addrNamer(false, () => 'www.example.com')('10.0.0.1')).toBe('www');
  });
  it('-P escapes the colons of IPv6 addresses only with several fields', () => {
    expect(text('a', pair(), { fields: 'address,inbound', parsable: true }).split('\n')[0]).toBe('fe80\\:\\:214\\:4fff\\:fe8b\\:1b4c:net0');
    expect(text('a', pair(), { fields: 'ADDRESS', parsable: true }).split('\n')[0]).toBe('fe80::214:4fff:fe8b:1b4c');
  });
  it('lists the groups in order, skipping the anonymous group', () => {
    const s = snapshot({
      groups: [group({ name: 'g2', ifname: 'ipmp2' }), group({ name: 'g1', ifname: 'ipmp1' }), group({ name: '', ifname: '' })],
      addresses: [addr({ addr: '10.1.0.1', groupIf: 'ipmp1' }), addr({ addr: '10.2.0.1', groupIf: 'ipmp2' })],
    });
    expect(modeRows('a', s).map((a) => (a as { addr: string }).addr)).toEqual(['10.2.0.1', '10.1.0.1']);
  });
});

describe('-t', () => {
  it('one IPv4 row unless only IPv6 probes; a disabled row for an interface without probing', () => {
    const s = snapshot({
      groups: [group({ name: 'ipmp0' })],
      interfaces: [
        iface({ name: 'net2', group: 'ipmp0', targets: [{ family: 'inet', mode: 'routes', testaddr: '192.168.85.30', targets: ['192.168.85.1', '192.168.85.3'] }] }),
        iface({ name: 'net1', group: 'ipmp0' }),
        iface({ name: 'net0', group: 'ipmp0', targets: [{ family: 'inet6', mode: 'multicast', testaddr: 'fe80::214:4fff:fe8b:1b4c', targets: ['fe80::1', 'fe80::2'] }] }),
        iface({
          name: 'net3', group: 'ipmp0', targets: [
            { family: 'inet', mode: 'multicast', testaddr: '10.0.0.33', targets: [] },
            { family: 'inet6', mode: 'routes', testaddr: 'fe80::3', targets: ['fe80::1'] },
          ],
        }),
      ],
    });
    expect(text('t', s)).toBe(lines(
      'INTERFACE   MODE      TESTADDR            TARGETS',
      'net2        routes    192.168.85.30       192.168.85.1 192.168.85.3',
      'net1        disabled  --                  --',
      'net0        multicast fe80::214:4fff:fe8b:1b4c fe80::1 fe80::2',
      'net3        multicast 10.0.0.33           --',
      'net3        routes    fe80::3             fe80::1',
    ));
  });
  it('targetRows never shows a disabled family next to an enabled one', () => {
    const i = iface({ name: 'net0', group: 'g', targets: [{ family: 'inet', mode: 'disabled', testaddr: '10.0.0.9', targets: ['10.0.0.254'] }] });
    expect(targetRows(i)).toEqual([{ ifname: 'net0', mode: 'disabled', testaddr: '', targets: [] }]);
  });
});

describe('-p', () => {
  function probeText(events: Parameters<typeof printProbe>[0][], fields?: string, parsable = false, start = 1_000_000): string {
    const ctx = fieldContext(false, start);
    const r = openReport('p', ctx, { fields, parsable });
    return events.map((e) => printProbe(e, r.handle!)).join('');
  }
  it('prints the documented sample; RTTDEV is left out by default (80 columns)', () => {
    expect(probeText([
      probe({ at: 1_000_110, ifname: 'net0', id: 589, target: '192.168.85.1', netrtt: 0.51, rtt: 0.76, rttavg: 0.76, rttdev: 0.2 }),
      probe({ at: 1_000_170, ifname: 'net1', id: 612, target: '192.168.85.1', lost: true }),
    ])).toBe(lines(
      'TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET',
      '0.11s     net0        589    0.51ms    0.76ms    0.76ms    192.168.85.1',
      '0.17s     net1        612    --        --        --        192.168.85.1',
    ));
  });
  it('-o all adds RTTDEV; a lost probe still shows the target averages; TIME may be negative', () => {
    expect(probeText([
      probe({ at: 999_500, ifname: 'net0', id: 7, target: '10.0.0.254', lost: true, rttavg: 0.35, rttdev: 0.125 }),
    ], 'all')).toBe(lines(
      'TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET              RTTDEV',
      '-0.50s    net0        7      --        --        0.35ms    10.0.0.254          0.12ms',
    ));
  });
  it('-P', () => {
    expect(probeText([
      probe({ at: 1_001_000, ifname: 'net0', id: 8, target: 'fe80::1', netrtt: 0.3, rtt: 0.32, rttavg: 0.31, rttdev: 0.01 }),
      probe({ at: 1_002_000, ifname: 'net0', id: 9, target: 'fe80::1', lost: true }),
    ], 'time,probe,netrtt,rtt,target', true)).toBe(lines(
      '1.00s:8:0.30ms:0.32ms:fe80\\:\\:1',
      '2.00s:9:::fe80\\:\\:1',
    ));
  });
});

describe('--json records', () => {
  it('keys by lower-case field name with the parsable values', () => {
    const r = openReport('g', fieldContext(true), { parsable: false });
    expect(jsonRecords(modeRows('g', pair()), r.handle!.fields)).toEqual([
      { group: 'ipmp0', groupname: 'ipmp0', state: 'ok', fdt: '', interfaces: 'net0 (net1)' },
    ]);
  });
});
