import { describe, it, expect } from 'vitest';
import { decodeMessage, encodeMessage, RTM, RTF, IFT } from '@ipmplab/core/testing';
import type { RoutingMessage } from '@ipmplab/core/testing';
import { formatMonitorMessage } from './monitor';

const MAC = Uint8Array.from([0x00, 0x0c, 0x29, 0xab, 0xcd, 0xef]);
const ifp = { family: 'link' as const, index: 2, type: IFT.ETHER, name: 'e1000g0', hwaddr: MAC };
const zero = { locks: 0, mtu: 0, hopcount: 0, expire: 0, recvpipe: 0, sendpipe: 0, ssthresh: 0, rtt: 0, rttvar: 0, pksent: 0 };
const show = (m: RoutingMessage) => {
  const bytes = encodeMessage(m);
  return formatMonitorMessage(decodeMessage(bytes), bytes.length, { numeric: true });
};

describe('route monitor format (reference routing-socket §3.5)', () => {
  it('prints an echoed RTM_ADD request', () => {
    expect(show({
      header: 'rt', type: RTM.ADD, index: 0, flags: RTF.GATEWAY | RTF.DONE | RTF.STATIC, pid: 1234, seq: 1, errno: 0, use: 0, inits: 0, metrics: zero,
      sockaddrs: { DST: { family: 'inet', addr: '10.0.0.0' }, GATEWAY: { family: 'inet', addr: '192.168.1.1' }, NETMASK: { family: 'inet', addr: '255.0.0.0' } },
    })).toBe([
      'got message of size 124',
      'RTM_ADD: Add Route: len 124, pid: 1234, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>',
      'locks:  inits: ',
      'sockaddrs: <DST,GATEWAY,NETMASK>',
      ' 10.0.0.0 192.168.1.1 255.0.0.0',
      '',
    ].join('\n'));
  });

  it('prints address and interface messages', () => {
    expect(show({
      header: 'ifa', type: RTM.CHGADDR, index: 2, flags: 0, metric: 0,
      sockaddrs: { NETMASK: { family: 'inet', addr: '255.255.255.0' }, IFP: ifp, IFA: { family: 'inet', addr: '192.168.1.10' }, BRD: { family: 'inet', addr: '0.0.0.0' } },
    })).toBe([
      'got message of size 320',
      'RTM_CHGADDR: address being changed on iface: len 320, metric 0, flags:',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 e1000g0:0.c.29.ab.cd.ef 192.168.1.10 default',
      '',
    ].join('\n'));
    expect(show({
      header: 'if', type: RTM.IFINFO, index: 2, flags: 0x1000843, data: { type: IFT.ETHER, addrlen: 0, hdrlen: 0, mtu: 1500, metric: 0 },
      sockaddrs: { IFP: ifp },
    })).toBe([
      'got message of size 336',
      'RTM_IFINFO: iface status change: len 336, if# 2, flags:<UP,BROADCAST,RUNNING,MULTICAST,IPv4>',
      'sockaddrs: <IFP>',
      ' e1000g0:0.c.29.ab.cd.ef',
      '',
    ].join('\n'));
  });

  it('prints a kernel RTM_DELETE for an address', () => {
    expect(show({
      header: 'rt', type: RTM.DELETE, index: 2, flags: RTF.DONE, pid: 0, seq: 0, errno: 0, use: 0, inits: 0, metrics: zero,
      sockaddrs: { DST: { family: 'inet', addr: '192.168.1.10' }, NETMASK: { family: 'inet', addr: '255.255.255.0' } },
    })).toBe('got message of size 108\nRTM_DELETE: Delete Route: len 108, pid: 0, seq 0, errno 0, flags:<DONE>\nlocks:  inits: \nsockaddrs: <DST,NETMASK>\n 192.168.1.10 255.255.255.0\n');
  });
});
