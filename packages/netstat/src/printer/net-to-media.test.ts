import { describe, it, expect } from 'vitest';
import type { MibNetToMedia } from '@ipmplab/core/syscalls';
import { makeNames } from '../names';
import { arpFlags, printArpTable, printNdpTable } from './net-to-media';

const row = (over: Partial<MibNetToMedia>): MibNetToMedia => ({
  ifname: 'net0', addr: '192.168.1.2', mac: '02:08:20:4c:3b:10', state: 'REACHABLE', resolved: true, permanent: false,
  publish: false, myaddr: false, authority: false, unverified: false, type: 'dynamic', ...over,
});

function print(fn: typeof printArpTable, rows: MibNetToMedia[]): string {
  const out: string[] = [];
  fn(rows, makeNames(true, { hostByAddr: () => undefined, netByNumber: () => undefined }), (l) => out.push(l));
  return out.map((l) => `${l}\n`).join('');
}

describe('netstat -p', () => {
  it('flag letters in arp_report order: S P D U M L d A o y', () => {
    expect(arpFlags(row({ permanent: true, publish: true, myaddr: true, authority: true }))).toBe('SPLA');
    expect(arpFlags(row({ permanent: true, publish: true, myaddr: true, authority: true, unverified: true }))).toBe('SPLdA');
    expect(arpFlags(row({ resolved: false, mac: '' }))).toBe('U');
    expect(arpFlags(row({ permanent: true, authority: true }))).toBe('SA');
    expect(arpFlags(row({}))).toBe('');
  });

  it('IPv4: the header once, then "%-6s %-20s %-15s %-8s %s", MACs with two digits a byte', () => {
    expect(print(printArpTable, [
      row({ addr: '192.168.1.1', mac: '2:8:20:4c:3a:10', permanent: true, publish: true, myaddr: true, authority: true }),
      row({ ifname: 'ipmp0' }),
      row({ addr: '192.168.1.9', mac: '', resolved: false, state: 'INCOMPLETE' }),
    ])).toBe(
      'Net to Media Table: IPv4\n' +
      'Device   IP Address               Mask      Flags      Phys Addr\n' +
      '------ -------------------- --------------- -------- ---------------\n' +
      'net0   192.168.1.1          255.255.255.255 SPLA     02:08:20:4c:3a:10\n' +
      'ipmp0  192.168.1.2          255.255.255.255          02:08:20:4c:3b:10\n' +
      'net0   192.168.1.9          255.255.255.255 U        \n');
    expect(print(printArpTable, [])).toBe('');
  });

  it('IPv6: a blank line and the header, rows padded to the end, then always a blank line', () => {
    expect(print(printNdpTable, [
      row({ addr: 'fe80::8:20ff:fe4c:3b10', type: 'local' }),
      row({ addr: '2001:db8::1', state: 'STALE' }),
      row({ addr: '2001:db8::9', mac: '', resolved: false, state: 'INCOMPLETE' }),
    ])).toBe(
      '\n' +
      'Net to Media Table: IPv6\n' +
      ' If   Physical Address    Type      State      Destination/Mask\n' +
      '----- -----------------  ------- ------------ ---------------------------\n' +
      'net0  02:08:20:4c:3b:10  local   REACHABLE    fe80::8:20ff:fe4c:3b10     \n' +
      'net0  02:08:20:4c:3b:10  dynamic STALE        2001:db8::1                \n' +
      'net0  00:00:00:00:00:00  dynamic INCOMPLETE   2001:db8::9                \n' +
      '\n');
    expect(print(printNdpTable, [])).toBe('\n');
  });
});
