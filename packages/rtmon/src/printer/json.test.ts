import { describe, it, expect } from 'vitest';
import { RTM } from '@ipmplab/core/testing';
import { messageJson, jsonLine } from './json';
import { rtEcho, ifinfo, addrMsg, shown, T0 } from '../test-kit';

describe('--json objects', () => {
  it('decodes an rt_msghdr message', () => {
    expect(messageJson(shown(rtEcho(RTM.ADD, '10.0.0.0', '192.168.1.1', '255.0.0.0', 1234, 1), 12))).toEqual({
      seq: 12,
      at: '2030-01-01T12:00:00.000Z',
      size: 124,
      type: 'RTM_ADD',
      header: {
        struct: 'rt_msghdr', msglen: 124, version: 3, type: 1, index: 0, flags: 0x842, addrs: 7, pid: 1234, seq: 1, errno: 0, use: 0, inits: 0,
        metrics: { locks: 0, mtu: 0, hopcount: 0, expire: 0, recvpipe: 0, sendpipe: 0, ssthresh: 0, rtt: 0, rttvar: 0, pksent: 0 },
      },
      flags: ['GATEWAY', 'DONE', 'STATIC'],
      addrs: ['DST', 'GATEWAY', 'NETMASK'],
      inits: [],
      locks: [],
      sockaddrs: {
        DST: { family: 'inet', addr: '10.0.0.0' },
        GATEWAY: { family: 'inet', addr: '192.168.1.1' },
        NETMASK: { family: 'inet', addr: '255.0.0.0' },
      },
    });
  });

  it('decodes interface and address messages, and dump messages', () => {
    const j = messageJson(shown(ifinfo('net0', 2, 0x1000843), 5));
    expect(j).toMatchObject({
      seq: 5, size: 336, type: 'RTM_IFINFO', flags: ['UP', 'BROADCAST', 'RUNNING', 'MULTICAST', 'IPv4'], addrs: ['IFP'],
      header: { struct: 'if_msghdr', msglen: 336, index: 2, flags: 0x1000843, addrs: 0x10, data: { type: 6, addrlen: 0, hdrlen: 0, mtu: 1500, metric: 0 } },
      sockaddrs: { IFP: { family: 'link', index: 2, type: 6, name: 'net0', hwaddr: '02:08:20:4c:3a:10' } },
    });
    const a = messageJson(shown(addrMsg(RTM.NEWADDR, 'net0', 2, 'fe80::8:20ff:fe4c:3a10', 'ffc0::'), null));
    expect(a).toMatchObject({
      seq: null, dump: true, size: 368, type: 'RTM_NEWADDR', flags: ['UP'], addrs: ['NETMASK', 'IFP', 'IFA', 'BRD'],
      header: { struct: 'ifa_msghdr', metric: 0, index: 2 },
      sockaddrs: { IFA: { family: 'inet6', addr: 'fe80::8:20ff:fe4c:3a10' }, BRD: { family: 'inet6', addr: '::' } },
    });
  });

  it('is one line per message', () => {
    const line = jsonLine(shown(rtEcho(RTM.DELETE, '10.0.0.0', '192.168.1.1', '255.0.0.0'), 1, T0 + 5));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line).at).toBe('2030-01-01T12:00:00.005Z');
  });
});
