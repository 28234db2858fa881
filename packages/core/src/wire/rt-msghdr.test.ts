import { describe, it, expect } from 'vitest';
import { decodeMessage, encodeMessage, ZERO_METRICS } from './messages.js';
import { RTF, RTM } from './routing.js';
import { RtMsghdrView } from './rt-msghdr.js';
import { encodeSockaddr, sockaddrIn } from './sockaddr.js';

describe('RtMsghdrView', () => {
  it('builds the same bytes as encodeMessage', () => {
    const dst = sockaddrIn('10.0.0.0');
    const gateway = sockaddrIn('192.168.1.1');
    const h = RtMsghdrView.withSockaddrs({ GATEWAY: encodeSockaddr(gateway), DST: encodeSockaddr(dst) });
    h.type = RTM.ADD;
    h.flags = RTF.GATEWAY | 0x80000000;
    h.seq = 3;
    h.metrics = { ...ZERO_METRICS, mtu: 1400 };
    const encoded = encodeMessage({
      header: 'rt', type: RTM.ADD, index: 0, flags: RTF.GATEWAY | 0x80000000, pid: 0, seq: 3, errno: 0, use: 0, inits: 0,
      metrics: { ...ZERO_METRICS, mtu: 1400 }, sockaddrs: { DST: dst, GATEWAY: gateway },
    });
    expect(h.bytes).toEqual(encoded);
    expect([h.msglen, h.addrs, h.flags]).toEqual([108, 0x3, (RTF.GATEWAY | 0x80000000) >>> 0]);
  });

  it('reads the fields decodeMessage reports', () => {
    const h = RtMsghdrView.withSockaddrs({ DST: encodeSockaddr(sockaddrIn('10.1.2.3')) });
    h.type = RTM.GET;
    h.pid = -1;
    h.errno = 3;
    const m = decodeMessage(h.bytes);
    expect(m.header === 'rt' && [m.pid, m.errno, m.metrics]).toEqual([-1, 3, ZERO_METRICS]);
    expect(new RtMsghdrView(h.bytes).pid).toBe(-1);
  });
});
