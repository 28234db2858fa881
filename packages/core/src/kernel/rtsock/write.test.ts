import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, drain, rtRequest, T0 } from '@ipmplab/test-support';
import { ERRNO, RTF, RTV, encodeMessage, decodeMessage, formatRouteFlags } from '../../wire';
import { rtsWrite } from './write';
import { openRtSocket, delivers } from './socket';
import { holdRoute, releaseHold } from '../route/refs';

function lan() {
  const k = bootedKernel();
  configure(k, 'net0', 'inet', '192.168.1.10', '255.255.255.0');
  k.advance(T0 + 5000);
  drain(k);
  return k;
}

const rows = (k: ReturnType<typeof bootedKernel>) =>
  [...k.routes.all('inet')].filter((r) => r.type !== 'broadcast' && r.type !== 'local').map((r) => `${r.dst}/${r.prefixlen} ${r.gateway} ${r.type} ${formatRouteFlags(r.flags)}`);

describe('RTM_ADD', () => {
  it('adds a gateway route through an on-link gateway and echoes the request with DONE', () => {
    const k = lan();
    const r = rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' });
    expect(r.errno).toBe(0);
    expect(rows(k)).toContain('10.0.0.0/8 192.168.1.1 offlink <UP,GATEWAY,STATIC>');
    expect(k.emitted).toHaveLength(1);
    const echo = decodeMessage(encodeMessage(k.emitted[0].msg));
    expect(echo.header === 'rt' && [echo.pid, echo.errno, formatRouteFlags(echo.flags)]).toEqual([4242, 0, '<GATEWAY,DONE,STATIC>']);
    expect(encodeMessage(k.emitted[0].msg).length).toBe(124);
  });

  it('refuses duplicates, off-link gateways, our own address as gateway, and a zero gateway', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' });
    expect(rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' }).errno).toBe(ERRNO.EEXIST);
    expect(rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.2' }).errno).toBe(0);
    expect(rtRequest(k, { type: 'ADD', dst: '0.0.0.0', mask: '0.0.0.0', gateway: '172.99.0.1' }).errno).toBe(ERRNO.ENETUNREACH);
    expect(rtRequest(k, { type: 'ADD', dst: '0.0.0.0', mask: '0.0.0.0', gateway: '192.168.1.10' }).errno).toBe(ERRNO.ENETUNREACH);
    expect(rtRequest(k, { type: 'ADD', dst: '10.1.0.0', mask: '255.255.0.0', gateway: '0.0.0.0' }).errno).toBe(ERRNO.ENETUNREACH);
    expect(rtRequest(k, { type: 'ADD', dst: '10.1.0.0', mask: '255.0.255.0', gateway: '192.168.1.1' }).errno).toBe(ERRNO.ENOTSUP);
    const failed = decodeMessage(encodeMessage(k.emitted[1].msg));
    expect(failed.header === 'rt' && [failed.errno, formatRouteFlags(failed.flags)]).toEqual([ERRNO.EEXIST, '<GATEWAY,STATIC>']);
  });

  it('masks the destination in the table but echoes it as sent', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '128.0.0.32', mask: '255.255.0.0', gateway: '192.168.1.1' });
    expect(rows(k)).toContain('128.0.0.0/16 192.168.1.1 offlink <UP,GATEWAY,STATIC>');
    const echo = decodeMessage(encodeMessage(k.emitted[0].msg));
    expect(echo.sockaddrs.DST).toEqual({ family: 'inet', addr: '128.0.0.32' });
  });

  it('an interface route needs one of our addresses as gateway; via 127.0.0.1 it becomes a blackhole on lo0', () => {
    const k = lan();
    const iface = RTF.STATIC;
    expect(rtRequest(k, { type: 'ADD', dst: '172.16.0.0', mask: '255.255.0.0', gateway: '192.168.1.10', flags: iface }).errno).toBe(0);
    expect(rtRequest(k, { type: 'ADD', dst: '172.17.0.0', mask: '255.255.0.0', gateway: '192.168.1.99', flags: iface }).errno).toBe(ERRNO.ENETUNREACH);
    expect(rtRequest(k, { type: 'ADD', dst: '203.0.113.0', mask: '255.255.255.0', gateway: '127.0.0.1', flags: RTF.STATIC | RTF.GATEWAY | RTF.REJECT }).errno).toBe(0);
    expect(rows(k)).toEqual(expect.arrayContaining([
      '172.16.0.0/16 192.168.1.10 ifroute <UP,STATIC>',
      '203.0.113.0/24 127.0.0.1 ifroute <UP,REJECT,STATIC,BLACKHOLE>',
    ]));
  });

  it('needs privilege; sockets that shut down for input, or turned SO_USELOOPBACK off, miss their own echo', () => {
    const k = bootedKernel(undefined, { privileged: false, pid: 7 });
    expect(rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '127.0.0.1' }).errno).toBe(ERRNO.EPERM);
    const e = k.emitted[0];
    expect(delivers(openRtSocket(4242), e)).toBe(true);
    expect(delivers(openRtSocket(4242, { useLoopback: false }), e)).toBe(false);
    expect(delivers(openRtSocket(99, { useLoopback: false }), e)).toBe(true);
    expect(delivers(openRtSocket(99, { shutRd: true }), e)).toBe(false);
    expect(delivers(openRtSocket(99, { family: 26 }), e)).toBe(false);
  });

  it('rejects malformed writes in illumos order', () => {
    const k = lan();
    const sock = openRtSocket(1);
    expect(rtsWrite(k, sock, new Uint8Array(10)).errno).toBe(ERRNO.EINVAL);
    const good = encodeMessage({ header: 'rt', type: 1, index: 0, flags: 0, pid: 0, seq: 0, errno: 0, use: 0, inits: 0,
      metrics: { locks: 0, mtu: 0, hopcount: 0, expire: 0, recvpipe: 0, sendpipe: 0, ssthresh: 0, rtt: 0, rttvar: 0, pksent: 0 }, sockaddrs: {} });
    expect(rtsWrite(k, sock, good.slice(0, 80)).errno).toBe(ERRNO.EINVAL);
    const v2 = Uint8Array.from(good);
    v2[2] = 2;
    expect(rtsWrite(k, sock, v2).errno).toBe(ERRNO.EPROTONOSUPPORT);
    expect(rtsWrite(k, sock, good).errno).toBe(ERRNO.EINVAL); // no RTA_DST
    expect(rtRequest(k, { type: 'LOCK', dst: '10.0.0.0' }).errno).toBe(ERRNO.EOPNOTSUPP);
  });
});

describe('RTM_DELETE', () => {
  it('deletes a matching route, refuses kernel routes and unknown ones with ESRCH', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' });
    expect(rtRequest(k, { type: 'DELETE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.2' }).errno).toBe(ERRNO.ESRCH);
    expect(rtRequest(k, { type: 'DELETE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' }).errno).toBe(0);
    expect(rtRequest(k, { type: 'DELETE', dst: '192.168.1.0', mask: '255.255.255.0', gateway: '192.168.1.10', flags: RTF.STATIC }).errno).toBe(ERRNO.ESRCH);
    expect(rows(k)).toEqual(['127.0.0.1/32 127.0.0.1 loopback <UP,HOST,KERNEL>', '192.168.1.0/24 192.168.1.10 interface <UP,KERNEL>']);
  });

  it('a route in use is taken out of the table at once and freed with its last reference', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' });
    const { hold, route } = holdRoute(k, '10.1.2.3');
    expect(route.ref).toBe(2);
    expect(rtRequest(k, { type: 'DELETE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' }).errno).toBe(0);
    expect(k.routes.find({ family: 'inet', dst: '10.0.0.0', prefixlen: 8 })).toEqual([]);
    expect(k.state.condemned!.map((r) => formatRouteFlags(r.flags))).toEqual(['<GATEWAY,STATIC>']);
    expect(releaseHold(k, hold.id).freed?.dst).toBe('10.0.0.0');
    expect(k.state.condemned).toEqual([]);
  });
});

describe('RTM_GET and RTM_CHANGE', () => {
  it('answers a host lookup with the longest match and its outgoing interface (392 bytes)', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '0.0.0.0', mask: '0.0.0.0', gateway: '192.168.1.1' });
    k.emitted.length = 0;
    const r = rtRequest(k, { type: 'GET', dst: '8.8.8.8', ifpIndex: 0, flags: RTF.HOST });
    expect(r.errno).toBe(0);
    const reply = r.reply!;
    expect(formatRouteFlags(reply.flags)).toBe('<UP,GATEWAY,DONE,STATIC>');
    expect(reply.sockaddrs.GATEWAY).toEqual({ family: 'inet', addr: '192.168.1.1' });
    expect(reply.sockaddrs.IFA).toEqual({ family: 'inet', addr: '192.168.1.10' });
    expect(reply.metrics.mtu).toBe(1500);
    expect(reply.inits & RTV.MTU).toBe(RTV.MTU);
    expect(encodeMessage(reply).length).toBe(392);
    expect(k.emitted).toHaveLength(1);
    expect(r.replyBytes).toEqual(k.emitted[0].bytes); // what a read(2) on the socket returns
  });

  it('finds nothing without a default route (ESRCH)', () => {
    const k = lan();
    expect(rtRequest(k, { type: 'GET', dst: '8.8.8.8', ifpIndex: 0, flags: RTF.HOST }).errno).toBe(ERRNO.ESRCH);
  });

  it('changes the gateway and the hop count of a route; GET reports the hop count', () => {
    const k = lan();
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1', inits: RTV.HOPCOUNT, metrics: { hopcount: 3 } });
    expect(rtRequest(k, { type: 'CHANGE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.7', inits: RTV.HOPCOUNT, metrics: { hopcount: 5 } }).errno).toBe(0);
    const reply = rtRequest(k, { type: 'GET', dst: '10.9.9.9', ifpIndex: 0, flags: RTF.HOST }).reply!;
    expect(reply.sockaddrs.GATEWAY).toEqual({ family: 'inet', addr: '192.168.1.7' });
    expect(reply.metrics.hopcount).toBe(5);
    expect(rtRequest(k, { type: 'CHANGE', dst: '10.0.0.0', mask: '255.255.0.0', gateway: '192.168.1.7' }).errno).toBe(ERRNO.ESRCH);
  });
});
