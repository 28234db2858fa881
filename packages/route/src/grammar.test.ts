// The argument grammar alone (no kernel): what route.c's args_to_rtcmd() makes of the words.
import { describe, it, expect } from 'vitest';
import { RTM, RTA, RTV, AF_INET, AF_INET6, AF_LINK, formatRouteFlags } from '@ipmplab/core/testing';
import { argsToRtcmd, newRtcmd } from './grammar';
import type { IfconfEntry, ParseCtx, Rtcmd } from './grammar';
import { nameService } from './resolver';
import { Exit } from './output';
import { family, ntoa, ntop6, sinAddr } from './sockunion';
import { inetNtoa } from '@ipmplab/userland';

function ctx(ifs: IfconfEntry[] = [], verbose = false, exitOnError = true) {
  const out: string[] = [];
  const err: string[] = [];
  const c: ParseCtx = {
    g: { verbose, exitOnError },
    names: { ...nameService, ifconf: () => ifs },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { c, out, err };
}

function parse(words: string[], af = AF_INET, ifs: IfconfEntry[] = []) {
  const { c, out, err } = ctx(ifs);
  const r = newRtcmd(af);
  let ok: boolean | number;
  try {
    ok = argsToRtcmd(c, r, words);
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    ok = e.code;
  }
  return { r, ok, out: out.join(''), err: err.join('') };
}

const view = (r: Rtcmd) => ({
  cmd: r.cmd,
  flags: formatRouteFlags(r.flags),
  addrs: r.addrs,
  dst: family(r.dst) === AF_INET6 ? ntop6(r.dst) : ntoa(r.dst),
  mask: r.addrs & RTA.NETMASK ? (family(r.mask) === AF_INET6 ? ntop6(r.mask) : inetNtoa(sinAddr(r.mask))) : undefined,
  gate: r.addrs & RTA.GATEWAY ? (family(r.gate) === AF_INET6 ? ntop6(r.gate) : ntoa(r.gate)) : undefined,
});

describe('destinations and masks (§3.2)', () => {
  it('default is 0.0.0.0 with a zero mask, a net', () => {
    expect(view(parse(['add', 'default', '10.0.0.1']).r)).toEqual({
      cmd: RTM.ADD, flags: '<GATEWAY,STATIC>', addrs: RTA.DST | RTA.GATEWAY | RTA.NETMASK, dst: '0.0.0.0', mask: '0.0.0.0', gate: '10.0.0.1',
    });
  });
  it('a classful host part decides host or net; -net uses inet_makenetandmask', () => {
    expect(view(parse(['add', '10.1.0.0', '10.0.0.1']).r)).toMatchObject({ flags: '<GATEWAY,HOST,STATIC>', mask: undefined });
    expect(view(parse(['add', '-net', '10.1.0.0', '10.0.0.1']).r)).toMatchObject({ flags: '<GATEWAY,STATIC>', dst: '10.1.0.0', mask: '255.255.0.0' });
    expect(view(parse(['add', '192.168.1.0', '10.0.0.1']).r)).toMatchObject({ flags: '<GATEWAY,STATIC>', mask: '255.255.255.0' });
    expect(view(parse(['add', '-net', '10', '10.0.0.1']).r)).toMatchObject({ dst: '10.0.0.0', mask: '255.0.0.0' });
    expect(view(parse(['add', '10', '10.0.0.1']).r)).toMatchObject({ dst: '0.0.0.10', flags: '<GATEWAY,HOST,STATIC>' });
    expect(view(parse(['add', '-net', '128.32', '10.0.0.1']).r)).toMatchObject({ dst: '128.0.0.32', mask: '255.255.0.0' });
    expect(view(parse(['add', '240.1.0.0', '10.0.0.1']).r)).toMatchObject({ mask: '255.255.255.255', flags: '<GATEWAY,HOST,STATIC>' });
  });
  it('-net with no zero host part borrows the netmask of an UP interface on that classful net', () => {
    const ifs = [{ addr: 0x80000001, mask: 0xfffffc00, up: true, pointopoint: false }];
    expect(view(parse(['add', '-net', '128.32', '10.0.0.1'], AF_INET, ifs).r)).toMatchObject({ mask: '255.255.252.0' });
  });
  it('addr/len and -netmask; an all-ones mask makes a host route unless -net', () => {
    expect(view(parse(['add', '10.0.0.0/8', '10.0.0.1']).r)).toMatchObject({ mask: '255.0.0.0', flags: '<GATEWAY,STATIC>' });
    expect(view(parse(['add', '10.1.2.3/32', '10.0.0.1']).r)).toMatchObject({ flags: '<GATEWAY,HOST,STATIC>' });
    expect(view(parse(['add', '-net', '10.1.2.3/32', '10.0.0.1']).r)).toMatchObject({ flags: '<GATEWAY,STATIC>' });
    expect(view(parse(['add', '10.1.2.3', '10.0.0.1', '-netmask', '255.255.0.0']).r)).toMatchObject({ mask: '255.255.0.0', flags: '<GATEWAY,STATIC>' });
    expect(view(parse(['add', '10.1.2.3', '10.0.0.1', '255.255.0.0']).r)).toMatchObject({ mask: '255.255.0.0', flags: '<GATEWAY,STATIC>' });
  });
  it('`default` keeps a mask set earlier (route.c does not clear the union)', () => {
    expect(view(parse(['add', '-netmask', '255.0.0.0', 'default', '10.0.0.1']).r)).toMatchObject({ dst: '0.0.0.0', mask: '255.0.0.0' });
  });
  it('IPv6 takes only prefix lengths', () => {
    expect(view(parse(['add', '-inet6', '2001:db8::/32', 'fe80::1']).r)).toMatchObject({ dst: '2001:db8::', mask: 'ffff:ffff::', flags: '<GATEWAY,STATIC>', gate: 'fe80::1' });
    expect(view(parse(['add', '2001:db8::1', '::1'], AF_INET6).r)).toMatchObject({ flags: '<GATEWAY,HOST,STATIC>', mask: undefined });
    expect(view(parse(['add', '-inet6', 'localhost', 'localhost']).r)).toMatchObject({ dst: '::1', gate: '::1' });
  });
});

describe('modifiers (§3.1)', () => {
  it('flags', () => {
    const r = parse(['add', '10.0.0.0/8', '127.0.0.1', '-reject', '-blackhole', '-proto1', '-proto2', '-private', '-multirt', '-indirect', '-cloning', '-xresolve', '-nostatic']).r;
    expect(formatRouteFlags(r.flags)).toBe('<GATEWAY,REJECT,CLONING,XRESOLVE,BLACKHOLE,PRIVATE,PROTO2,PROTO1,MULTIRT,INDIRECT>');
    expect(formatRouteFlags(parse(['add', '10.0.0.0/8', '10.0.0.1', '-iface']).r.flags)).toBe('');
    expect(formatRouteFlags(parse(['add', '10.0.0.0/8', '10.0.0.1', '-interface', '-static']).r.flags)).toBe('<STATIC>');
  });
  it('metrics with -lock and -lockrest', () => {
    const r = parse(['add', '10.0.0.0/8', '10.0.0.1', '-mtu', '1400', '-lock', '-hopcount', '3', '-expire', '9', '-lockrest', '-rtt', '5000', '-rttvar', '7', '-sendpipe', '1', '-recvpipe', '2', '-ssthresh', '3']).r;
    expect(r.inits).toBe(RTV.MTU | RTV.HOPCOUNT | RTV.EXPIRE | RTV.RTT | RTV.RTTVAR | RTV.SPIPE | RTV.RPIPE | RTV.SSTHRESH);
    expect(r.metrics.locks).toBe(RTV.HOPCOUNT | RTV.RTT | RTV.RTTVAR | RTV.SPIPE | RTV.RPIPE | RTV.SSTHRESH);
    expect(r.metrics).toMatchObject({ mtu: 1400, hopcount: 3, expire: 9, rtt: 5000, rttvar: 7, sendpipe: 1, recvpipe: 2, ssthresh: 3 });
  });
  it('metric values go through atoi into a uint_t: beyond the int range they wrap, negative ones are two\'s complement', () => {
    const mtu = (v: string) => parse(['add', '10.0.0.0/8', '10.0.0.1', '-mtu', v]).r.metrics.mtu;
    expect(mtu('4294967296')).toBe(0);
    expect(mtu('4294967297')).toBe(1);
    expect(mtu('2147483648')).toBe(2147483648);
    expect(mtu('-1')).toBe(4294967295);
    expect(mtu('1500x')).toBe(1500);
    expect(parse(['add', '10.0.0.0/8', '10.0.0.1', '-mtu', '4294967296']).r.inits).toBe(RTV.MTU);
  });
  it('-setsrc, -ifp, -ifa, -gateway, -dst, -link', () => {
    const r = parse(['add', '-dst', '10.0.0.0/8', '-gateway', '10.0.0.1', '-setsrc', '10.0.0.9', '-ifp', 'net0', '-ifa', '10.0.0.9']).r;
    expect(r.addrs).toBe(RTA.DST | RTA.GATEWAY | RTA.NETMASK | RTA.SRC | RTA.IFP | RTA.IFA);
    expect(r.ifpStr).toBe('net0');
    expect(formatRouteFlags(r.flags)).toBe('<GATEWAY,STATIC,SETSRC>');
    const l = parse(['add', '-link', 'net0:1.2.3', 'x']).r;
    expect(l.af).toBe(AF_LINK);
  });
  it('the trailing number of the old syntax', () => {
    const { c, out } = ctx([], true);
    const r = newRtcmd(AF_INET);
    argsToRtcmd(c, r, ['add', '10.0.0.0', '10.0.0.1', '0']);
    expect(formatRouteFlags(r.flags)).toBe('<STATIC>');
    expect(out.join('')).toBe('old usage of trailing number, assuming route to if\n');
    expect(formatRouteFlags(parse(['add', '10.0.0.0', '10.0.0.1', '1']).r.flags)).toBe('<GATEWAY,STATIC>');
  });
  it('with exit_on_error off (the route file), errors print nothing and return false', () => {
    const { c, err } = ctx([], false, false);
    expect(argsToRtcmd(c, newRtcmd(AF_INET), ['add', '-bogus', '1', '2'])).toBe(false);
    expect(argsToRtcmd(c, newRtcmd(AF_INET), ['add', '10.0.0.0/8'])).toBe(false);
    expect(err).toEqual([]);
  });
  it('a /-1 length fails silently, as in route.c', () => {
    const p = parse(['add', '10/-1', '10.0.0.1']);
    expect([p.ok, p.err, p.r.addrs]).toEqual([false, '', RTA.DST]);
  });
  it('syntax errors exit 1 with their text', () => {
    expect(parse(['add', '10.0.0.0/8', '10.0.0.1', '-hopcount'])).toMatchObject({ ok: 1, err: 'route: argument required following keyword -hopcount\n' });
    expect(parse(['delete', '-add', 'x'])).toMatchObject({ ok: 1, err: 'route: botched keyword: add\n' });
    expect(parse(['add', '-', 'x'])).toMatchObject({ ok: 1, err: 'route: botched keyword: \n' });
  });
});
