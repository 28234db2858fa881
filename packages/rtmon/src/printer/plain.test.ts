import { describe, it, expect } from 'vitest';
import { RTM } from '@ipmplab/core/testing';
import { printEvents } from './plain';
import { summaryOf, monitorText, lostLine, messageRow } from './present';
import { rtEcho, ifinfo, addrMsg, addrRoute, shown } from '../test-kit';
import type { SourceEvent } from '../types';

const msg = (m: Parameters<typeof shown>[0], seq = 1): SourceEvent => ({ kind: 'message', m: shown(m, seq) });

describe('plain output', () => {
  it('prints route monitor text on stdout and each gap as one line on stderr, in order', () => {
    const log: string[] = [];
    const out = { stdout: (t: string) => log.push(`1>${t}`), stderr: (t: string) => log.push(`2>${t}`) };
    const n = printEvents(
      [msg(rtEcho(RTM.ADD, '10.0.0.0', '192.168.1.1', '255.0.0.0', 1234, 1)), { kind: 'lost', count: 90, at: 0 }, msg(addrRoute(RTM.DELETE, '192.168.1.10', '255.255.255.0', 2), 93)],
      { json: false, numeric: true },
      out,
    );
    expect(n).toBe(2);
    expect(log).toEqual([
      '1>got message of size 124\nRTM_ADD: Add Route: len 124, pid: 1234, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>\nlocks:  inits: \nsockaddrs: <DST,GATEWAY,NETMASK>\n 10.0.0.0 192.168.1.1 255.0.0.0\n',
      '2>rtmon: 90 messages lost\n',
      '1>got message of size 108\nRTM_DELETE: Delete Route: len 108, pid: 0, seq 0, errno 0, flags:<DONE>\nlocks:  inits: \nsockaddrs: <DST,NETMASK>\n 192.168.1.10 255.255.255.0\n',
    ]);
    expect(lostLine(1)).toBe('rtmon: 1 messages lost');
  });

  it('looks names up unless -n', () => {
    const m = shown(addrRoute(RTM.ADD, '127.0.0.1', '255.0.0.0', 1));
    expect(monitorText(m, { numeric: false })).toContain('\n localhost 255.0.0.0\n');
    expect(monitorText(m, { numeric: true })).toContain('\n 127.0.0.1 255.0.0.0\n');
  });

  it('prints JSON lines with --json', () => {
    let text = '';
    printEvents([msg(ifinfo('net0', 2, 0x1000843), 7)], { json: true, numeric: false }, { stdout: (t) => (text += t), stderr: () => undefined });
    expect(JSON.parse(text)).toMatchObject({ seq: 7, type: 'RTM_IFINFO', size: 336 });
  });

  it('summarises a message on one line', () => {
    const full = monitorText(shown(addrMsg(RTM.NEWADDR, 'net0', 2, '192.168.1.10', '255.255.255.0')), { numeric: true });
    expect(summaryOf(full, RTM.NEWADDR)).toBe('RTM_NEWADDR 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default | len 320, metric 0, flags:<UP>');
    const row = messageRow(shown(ifinfo('net0', 2, 0x1000842), 3), { numeric: true });
    expect(row).toMatchObject({ kind: 'message', seq: 3, typeName: 'RTM_IFINFO', summary: 'RTM_IFINFO net0:2.8.20.4c.3a.10 | len 336, if# 2, flags:<BROADCAST,RUNNING,MULTICAST,IPv4>' });
  });
});
