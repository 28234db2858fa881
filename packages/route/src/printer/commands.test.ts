// The printers as pure functions, against exact text.
import { describe, it, expect } from 'vitest';
import { RTM, RTF, RTV, AF_INET, AF_LINK, IFT, encodeMessage, decodeMessage, ZERO_METRICS } from '@ipmplab/core/testing';
import type { RoutingMessage, RtMessage } from '@ipmplab/core/testing';
import { newRtcmd } from '../grammar';
import { formatFlushLine, formatGetReply, formatRtcmdShort, formatSodump, netnameSu, routenameSu } from './commands';
import { formatMonitorMessage, routename } from './monitor';
import { newSu, SDL_DATA, setFamily, setSinAddr } from '../sockunion';
import { nameService } from '../resolver';

const inet = (a: number) => {
  const su = newSu();
  setFamily(su, AF_INET);
  setSinAddr(su, a >>> 0);
  return su;
};

describe('print_rtcmd_short', () => {
  it('command, host/net, destination as typed, gateway as typed or numeric', () => {
    const r = newRtcmd(AF_INET);
    r.cmd = RTM.ADD;
    r.flags = RTF.GATEWAY | RTF.STATIC;
    r.destStr = '10.0.0.0/8';
    expect(formatRtcmdShort(r, true, false, false)).toBe('add net 10.0.0.0/8');
    r.gateStr = 'localhost';
    r.gate = inet(0x7f000001);
    expect(formatRtcmdShort(r, true, false, false)).toBe('add net 10.0.0.0/8: gateway localhost');
    expect(formatRtcmdShort(r, true, false, true)).toBe('add net 10.0.0.0/8: gateway 127.0.0.1');
    r.cmd = RTM.DELETE;
    r.flags |= RTF.HOST;
    expect(formatRtcmdShort(r, false, true, false)).toBe('delete persistent host 10.0.0.0/8: gateway localhost');
  });
});

describe('routename / netname', () => {
  it('names unless -n; default for 0.0.0.0', () => {
    expect(routenameSu(inet(0x7f000001), false, nameService)).toBe('localhost');
    expect(routenameSu(inet(0x7f000001), true, nameService)).toBe('127.0.0.1');
    expect(routenameSu(inet(0), true, nameService)).toBe('default');
  });
  it('netname guesses the subnet, asks getnetbyaddr, else drops zero octets', () => {
    expect(netnameSu(inet(0x0a000000), false, nameService)).toBe('arpanet');
    expect(netnameSu(inet(0x7f000000), false, nameService)).toBe('loopback');
    expect(netnameSu(inet(0x0a000000), true, nameService)).toBe('10');
    expect(netnameSu(inet(0xac100000), true, nameService)).toBe('172.16');
    expect(netnameSu(inet(0xc0a80100), true, nameService)).toBe('192.168.1');
    expect(netnameSu(inet(0xc0a80180), true, nameService)).toBe('192.168.1.128');
    expect(netnameSu(inet(0x0a010000), false, nameService)).toBe('10.1');
  });
  it('the flush line is two %-20.20s columns and done', () => {
    expect(formatFlushLine(inet(0), inet(0xc0a80101), false, true, nameService)).toBe('default              192.168.1.1          done\n');
    expect(formatFlushLine(inet(0x0a010203), inet(0xc0a80101), true, true, nameService)).toBe('10.1.2.3             192.168.1.1          done\n');
  });
  it('sodump', () => {
    expect(formatSodump(inet(0x0a000000), 'newrt->ri_dst')).toBe('newrt->ri_dst: inet 10.0.0.0; ');
    const su = newSu();
    setFamily(su, 24);
    expect(formatSodump(su, 'newrt->ri_gate')).toBeUndefined();
  });
  it('shows control characters of link names and typed texts visibly', () => {
    // A sockaddr_dl as a message may carry it (link_addr() itself stops at a control character).
    const dl = newSu();
    setFamily(dl, AF_LINK);
    const name = Buffer.from('a\u001b[2J0');
    dl[5] = name.length;
    dl.set(name, SDL_DATA);
    expect(formatSodump(dl, 'newrt->ri_ifp')).toBe('newrt->ri_ifp: link a^[[2J0; ');
    expect(routenameSu(dl, true, nameService)).toBe('a^[[2J0');
    const r = newRtcmd(AF_INET);
    r.cmd = RTM.ADD;
    r.destStr = '10.0.0.0/8\u000b';
    r.gateStr = 'gw\u0007';
    r.gate = inet(0x7f000001);
    expect(formatRtcmdShort(r, true, false, false)).toBe('add net 10.0.0.0/8^K: gateway gw^G');
    const bytes = encodeMessage({
      header: 'if', type: RTM.IFINFO, index: 2, flags: 0x1000843, data: { type: IFT.ETHER, addrlen: 0, hdrlen: 0, mtu: 1500, metric: 0 },
      sockaddrs: { IFP: { family: 'link', index: 2, type: IFT.ETHER, name: 'x\u001b]0;t\u0007', hwaddr: new Uint8Array([2, 8]) } },
    } as RoutingMessage);
    expect(formatMonitorMessage(decodeMessage(bytes), bytes.length, { numeric: true })).toContain(' x^[]0;t^G:2.8\n');
    const files = { hostByAddr: () => 'h\u0007', netByNumber: () => 'n\u001b' };
    expect(routenameSu(inet(0x0a000001), false, files)).toBe('h^G');
    expect(netnameSu(inet(0x0a000000), false, files)).toBe('n^[');
  });
});

describe('route monitor printer fixes', () => {
  it('an AF_UNSPEC sockaddr prints as (0) and its words, as routename() does for unknown families', () => {
    expect(routename({ family: 'unspec' }, { numeric: true })).toBe('(0) 0 0 0 0 0 0 0');
    expect(routename({ family: 'unspec', addr: '10.0.0.1' }, { numeric: true })).toBe('(0) 0 a 100 0 0 0 0');
  });
  it('link_ntoa puts the colon only between a name and an address', () => {
    const hw = Uint8Array.from([0, 0xc, 0x29]);
    expect(routename({ family: 'link', index: 2, type: IFT.ETHER, name: '', hwaddr: hw }, { numeric: true })).toBe('0.c.29');
    expect(routename({ family: 'link', index: 2, type: IFT.ETHER, name: 'net0', hwaddr: hw }, { numeric: true })).toBe('net0:0.c.29');
    expect(routename({ family: 'link', index: 2, type: IFT.ETHER, name: 'lo0', hwaddr: new Uint8Array() }, { numeric: true })).toBe('lo0');
  });
  it('an unknown message type', () => {
    const m = decodeMessage(encodeMessage({ header: 'rt', type: 17, index: 0, flags: 0, pid: 0, seq: 0, errno: 0, use: 0, inits: 0, metrics: ZERO_METRICS, sockaddrs: {} }));
    expect(formatMonitorMessage(m, 76, { numeric: true })).toBe('got message of size 76\nrouting message type 17 not understood\n');
  });
});

describe('print_getmsg', () => {
  const reply = (over: Partial<RtMessage>): RtMessage => ({
    header: 'rt', type: RTM.GET, index: 0, flags: RTF.UP | RTF.GATEWAY | RTF.DONE | RTF.STATIC, pid: 9, seq: 1, errno: 0, use: 0,
    inits: RTV.MTU, metrics: { ...ZERO_METRICS, mtu: 1500 },
    sockaddrs: {
      DST: { family: 'inet', addr: '0.0.0.0' }, GATEWAY: { family: 'inet', addr: '192.168.1.1' }, NETMASK: { family: 'inet', addr: '0.0.0.0' },
      IFP: { family: 'link', index: 2, type: IFT.ETHER, name: 'e1000g0', hwaddr: Uint8Array.from([0, 0xc, 0x29, 0xab, 0xcd, 0xef]) },
      IFA: { family: 'inet', addr: '192.168.1.10' },
    },
    ...over,
  });
  const show = (m: RtMessage, verbose = false) => {
    const bytes = encodeMessage(m);
    return formatGetReply('default', decodeMessage(bytes), bytes.length, { nflag: true, verbose, now: 0 });
  };

  it('the real example from thegeekdiary (brackets restored)', () => {
    expect(show(reply({})).out).toBe([
      '   route to: default',
      'destination: default',
      '       mask: default',
      '    gateway: 192.168.1.1',
      '  interface: e1000g0',
      '      flags: <UP,GATEWAY,DONE,STATIC>',
      ' recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire',
      '       0         0         0         0         0         0      1500         0 ',
      '',
    ].join('\n'));
  });

  it('rtt in ms (rounded), L for locked metrics, -v interface details', () => {
    const r = show(reply({ metrics: { ...ZERO_METRICS, mtu: 1500, rtt: 1499, rttvar: 1500, locks: RTV.MTU | RTV.RTT } }), true).out;
    expect(r.split('\n').slice(4)).toEqual([
      '  interface: e1000g0 index 2 address 00 0c 29 ab cd ef ',
      '      flags: <UP,GATEWAY,DONE,STATIC>',
      ' recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire',
      '       0         0         0         1L        2         0      1500L        0 ',
      'locks: <rtt,mtu> inits: <mtu>',
      'sockaddrs: <DST,GATEWAY,NETMASK,IFP,IFA>',
      ' default 192.168.1.1 default e1000g0:0.c.29.ab.cd.ef 192.168.1.10',
      '',
    ]);
  });

  it('an error in the reply goes to stderr', () => {
    expect(show(reply({ errno: 3 }))).toEqual({ out: '   route to: default\n', err: 'RTM_GET: No such process (errno 3)\n' });
  });
});
