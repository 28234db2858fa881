import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, drain, rtRequest, errnoOf, T0 } from '@ipmplab/test-support';
import { ERRNO, RTM, formatRouteFlags, encodeMessage, decodeMessage } from '../../wire';
import { icmpRedirect } from './redirect';

/** net0 192.168.1.10/24 with 10.0.0.0/8 via the router 192.168.1.1. */
function lan() {
  const k = bootedKernel();
  configure(k, 'net0', 'inet', '192.168.1.10', '255.255.255.0');
  k.advance(T0 + 5000);
  expect(rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' }).errno).toBe(0);
  drain(k);
  return k;
}

const host = (k: ReturnType<typeof lan>, dst: string) =>
  [...k.routes.all('inet')].filter((r) => r.dst === dst && r.prefixlen === 32).map((r) => `${r.gateway} ${r.type} ${formatRouteFlags(r.flags)}`);

describe('ICMP redirect', () => {
  it('adds a dynamic host route and announces RTM_REDIRECT naming the router that sent it', () => {
    const k = lan();
    const r = icmpRedirect(k, '10.1.2.3', '192.168.1.2');
    expect(r.ignored).toBeUndefined();
    expect(host(k, '10.1.2.3')).toEqual(['192.168.1.2 offlink <UP,GATEWAY,HOST,DYNAMIC>']);
    expect(k.routes.lookup('inet', '10.1.2.3')?.gateway).toBe('192.168.1.2');
    expect(k.emitted).toHaveLength(1);
    const m = decodeMessage(encodeMessage(k.emitted[0].msg));
    expect(m.type).toBe(RTM.REDIRECT);
    expect(m.header === 'rt' && formatRouteFlags(m.flags)).toBe('<GATEWAY,HOST,DYNAMIC,DONE>');
    expect(m.sockaddrs).toEqual({
      DST: { family: 'inet', addr: '10.1.2.3' },
      GATEWAY: { family: 'inet', addr: '192.168.1.2' },
      NETMASK: { family: 'inet', addr: '255.255.255.255' },
      AUTHOR: { family: 'inet', addr: '192.168.1.1' },
    });
  });

  it('a second redirect from the new router changes the host route and marks it MODIFIED', () => {
    const k = lan();
    icmpRedirect(k, '10.1.2.3', '192.168.1.2');
    drain(k);
    expect(icmpRedirect(k, '10.1.2.3', '192.168.1.3').ignored).toBeUndefined();
    expect(host(k, '10.1.2.3')).toEqual(['192.168.1.3 offlink <UP,GATEWAY,HOST,DYNAMIC,MODIFIED>']);
    const m = decodeMessage(encodeMessage(k.emitted[0].msg));
    expect(m.sockaddrs.AUTHOR).toEqual({ family: 'inet', addr: '192.168.1.2' });
  });

  it('drops, changing nothing, what illumos drops', () => {
    const k = lan();
    const before = [...k.routes.all('inet')].length;
    expect(icmpRedirect(k, '192.168.1.10', '192.168.1.2').ignored).toBe('local-destination');
    expect(icmpRedirect(k, '10.1.2.3', '172.16.0.1').ignored).toBe('gateway-not-onlink');
    expect(icmpRedirect(k, '10.1.2.3', '192.168.1.10').ignored).toBe('gateway-not-onlink');
    expect(icmpRedirect(k, '10.1.2.3', '192.168.1.2', '192.168.1.99').ignored).toBe('not-from-router');
    expect(icmpRedirect(k, '172.20.0.1', '192.168.1.2').ignored).toBe('not-from-router'); // no route at all
    expect(icmpRedirect(k, '192.168.1.50', '192.168.1.2').ignored).toBe('not-from-router'); // on-link
    expect([...k.routes.all('inet')].length).toBe(before);
    expect(k.emitted).toEqual([]);
  });

  it('refuses a gateway of another family or a malformed address with EINVAL', () => {
    const k = lan();
    expect(errnoOf(() => icmpRedirect(k, '10.1.2.3', 'fe80::1'))).toBe(ERRNO.EINVAL);
    expect(errnoOf(() => icmpRedirect(k, '10.1.2', '192.168.1.2'))).toBe(ERRNO.EINVAL);
  });
});
