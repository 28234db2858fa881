import { describe, it, expect } from 'vitest';
import { ERRNO, KernelError } from './errno.js';
import { IFF, ifmFlagsOf } from './flags.js';
import {
  ZERO_METRICS,
  decodeMessage,
  encodeMessage,
  messageLength,
  type IfMessage,
  type IfaMessage,
  type RtMessage,
  type SockaddrSet,
} from './messages.js';
import { IFT_ETHER, RTF, RTM, RTV } from './routing.js';
import { SOCKADDR_UNSPEC, sockaddrDl, sockaddrIn, sockaddrIn6 } from './sockaddr.js';

const MAC = Uint8Array.from([0x00, 0x0c, 0x29, 0xab, 0xcd, 0xef]);
const IFP = sockaddrDl({ index: 2, type: IFT_ETHER, name: 'e1000g0', hwaddr: MAC });
const EMPTY_IFP = sockaddrDl({ index: 0, type: 0, name: '' });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const u16 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint16(at, true);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);

function rt(type: number, sockaddrs: SockaddrSet, fields: Partial<RtMessage> = {}): RtMessage {
  return {
    header: 'rt',
    type,
    index: 0,
    flags: 0,
    pid: 0,
    seq: 0,
    errno: 0,
    use: 0,
    inits: 0,
    metrics: { ...ZERO_METRICS },
    sockaddrs,
    ...fields,
  };
}

function ifa(type: number, sockaddrs: SockaddrSet, fields: Partial<IfaMessage> = {}): IfaMessage {
  return { header: 'ifa', type, index: 2, flags: 0, metric: 0, sockaddrs, ...fields };
}

function ifinfo(flags: number): IfMessage {
  return {
    header: 'if',
    type: RTM.IFINFO,
    index: 2,
    flags,
    data: { type: IFT_ETHER, addrlen: 6, hdrlen: 0, mtu: 1500, metric: 0 },
    sockaddrs: { IFP },
  };
}

const v4 = sockaddrIn;
const v6 = (a: string) => sockaddrIn6(a);

describe('message sizes (routing-socket.md §1.9)', () => {
  it.each([
    ['kernel RTM_ADD for an address', rt(RTM.ADD, { DST: v4('192.168.1.10'), NETMASK: v4('255.255.255.0') }), 108],
    ['kernel RTM_ADD for an IPv6 address', rt(RTM.ADD, { DST: v6('2001:db8::1'), NETMASK: v6('ffff:ffff:ffff:ffff::') }), 140],
    [
      'RTM_NEWADDR',
      ifa(RTM.NEWADDR, { NETMASK: v4('255.255.255.0'), IFP, IFA: v4('192.168.1.10'), BRD: v4('0.0.0.0') }),
      320,
    ],
    ['RTM_NEWADDR IPv6', ifa(RTM.NEWADDR, { NETMASK: v6('ffff::'), IFP, IFA: v6('fe80::1'), BRD: v6('::') }), 368],
    ['RTM_IFINFO', ifinfo(0x1000843), 336],
    ['route add request', rt(RTM.ADD, { DST: v4('10.0.0.0'), GATEWAY: v4('192.168.1.1'), NETMASK: v4('255.0.0.0') }), 124],
    ['route add IPv6 request', rt(RTM.ADD, { DST: v6('2001:db8::'), GATEWAY: v6('fe80::1'), NETMASK: v6('ffff::') }), 172],
    ['route add -ifp', rt(RTM.ADD, { DST: v4('10.0.0.0'), GATEWAY: v4('10.1.1.1'), NETMASK: v4('255.0.0.0'), IFP }), 376],
    [
      'route add -setsrc',
      rt(RTM.ADD, { DST: v4('10.0.0.0'), GATEWAY: v4('10.1.1.1'), NETMASK: v4('255.0.0.0'), SRC: v4('10.1.1.5') }),
      140,
    ],
    ['route get request', rt(RTM.GET, { DST: v4('10.0.0.1'), IFP: EMPTY_IFP }), 344],
    ['route get request with a mask', rt(RTM.GET, { DST: v4('10.0.0.0'), NETMASK: v4('255.0.0.0'), IFP: EMPTY_IFP }), 360],
    [
      'RTM_GET reply',
      rt(RTM.GET, { DST: v4('0.0.0.0'), GATEWAY: v4('192.168.1.1'), NETMASK: v4('0.0.0.0'), IFP, IFA: v4('192.168.1.10') }),
      392,
    ],
  ])('%s: %i bytes', (_, msg, size) => {
    expect(messageLength(msg)).toBe(size);
    const bytes = encodeMessage(msg);
    expect(bytes.length).toBe(size);
    expect(u16(bytes, 0)).toBe(size);
  });
});

describe('rt_msghdr layout', () => {
  it('encodes the kernel RTM_ADD for 192.168.1.10/24 byte for byte', () => {
    const msg = rt(RTM.ADD, { DST: v4('192.168.1.10'), NETMASK: v4('255.255.255.0') }, { index: 2, flags: RTF.UP | RTF.DONE });
    expect(hex(encodeMessage(msg))).toBe(
      '6c00' + '03' + '01' + '0200' + '0000' + // msglen 108, version, type, index, pad
        '41000000' + '05000000' + // flags UP|DONE, addrs DST|NETMASK
        '00000000'.repeat(5) + // pid, seq, errno, use, inits
        '00000000'.repeat(10) + // rt_metrics
        '02000000c0a8010a0000000000000000' + // DST
        '02000000ffffff000000000000000000', // NETMASK
    );
  });

  it('puts every field at its route.h offset', () => {
    const msg = rt(
      RTM.GET,
      { DST: v4('10.0.0.1') },
      {
        index: 0x0304,
        flags: RTF.UP | RTF.GATEWAY | RTF.STATIC,
        pid: 1234,
        seq: 7,
        errno: ERRNO.ESRCH,
        use: 9,
        inits: RTV.MTU | RTV.RTT,
        metrics: { locks: 1, mtu: 1500, hopcount: 3, expire: 4, recvpipe: 5, sendpipe: 6, ssthresh: 7, rtt: 8000, rttvar: 9000, pksent: 10 },
      },
    );
    const b = encodeMessage(msg);
    expect([b[2], b[3], u16(b, 4), u16(b, 6)]).toEqual([3, RTM.GET, 0x0304, 0]);
    expect([u32(b, 8), u32(b, 12), u32(b, 16), u32(b, 20), u32(b, 24), u32(b, 28), u32(b, 32)]).toEqual([
      0x803, 0x1, 1234, 7, 3, 9, 0x41,
    ]);
    expect(Array.from({ length: 10 }, (_, i) => u32(b, 36 + 4 * i))).toEqual([1, 1500, 3, 4, 5, 6, 7, 8000, 9000, 10]);
    expect(u16(b, 76)).toBe(2); // sockaddr_in family right after the 76-byte header
  });

  it('packs sockaddrs in RTA bit order whatever the object order', () => {
    const b = encodeMessage(rt(RTM.ADD, { NETMASK: v4('255.0.0.0'), GATEWAY: v4('10.9.9.9'), DST: v4('10.0.0.0') }));
    expect(u32(b, 12)).toBe(0x7);
    expect(hex(b.subarray(76 + 4, 76 + 8))).toBe('0a000000');
    expect(hex(b.subarray(92 + 4, 92 + 8))).toBe('0a090909');
    expect(hex(b.subarray(108 + 4, 108 + 8))).toBe('ff000000');
  });

  it('writes negative ints as two’s complement and reads them back signed', () => {
    const b = encodeMessage(rt(RTM.GET, {}, { seq: -1, pid: -2 }));
    expect(hex(b.subarray(16, 24))).toBe('feffffff' + 'ffffffff');
    const back = decodeMessage(b) as RtMessage;
    expect([back.pid, back.seq]).toEqual([-2, -1]);
  });

  it('ignores a stale addrs field and recomputes it', () => {
    const b = encodeMessage({ ...rt(RTM.ADD, { DST: v4('10.0.0.0') }), addrs: 0xff });
    expect(u32(b, 12)).toBe(0x1);
  });
});

describe('if_msghdr layout', () => {
  it('puts every field at its if.h offset and the sockaddr_dl at 84', () => {
    const b = encodeMessage(ifinfo(0x1000843));
    expect([u16(b, 0), b[2], b[3]]).toEqual([336, 3, RTM.IFINFO]);
    expect(u32(b, 4)).toBe(0x10); // addrs = IFP
    expect(u32(b, 8)).toBe(0x1000843);
    expect(u16(b, 12)).toBe(2);
    expect([b[16], b[17], b[18]]).toEqual([IFT_ETHER, 6, 0]);
    expect(u32(b, 20)).toBe(1500);
    expect(u32(b, 24)).toBe(0);
    expect(b.subarray(28, 84).every((x) => x === 0)).toBe(true); // counters and lastchange
    expect(hex(b.subarray(84, 92))).toBe('1900020006070600');
  });

  it('keeps OFFLINE (0x80000000) positive and unsigned', () => {
    const flags = ifmFlagsOf(IFF.OFFLINE | IFF.RUNNING | IFF.MULTICAST | IFF.BROADCAST | IFF.IPV4);
    expect(flags).toBe(0x81000842);
    const b = encodeMessage(ifinfo(flags));
    expect(hex(b.subarray(8, 12))).toBe('42080081');
    expect(decodeMessage(b).flags).toBe(0x81000842);
  });
});

describe('ifa_msghdr layout', () => {
  it('puts every field at its if.h offset and the first sockaddr at 20', () => {
    const b = encodeMessage(
      ifa(RTM.NEWADDR, { IFA: v4('192.168.1.10'), BRD: v4('0.0.0.0'), NETMASK: v4('255.255.255.0'), IFP }, { flags: RTF.UP, metric: -1 }),
    );
    expect([u16(b, 0), b[2], b[3]]).toEqual([320, 3, RTM.NEWADDR]);
    expect(u32(b, 4)).toBe(0xb4); // NETMASK|IFP|IFA|BRD
    expect(u32(b, 8)).toBe(RTF.UP);
    expect(u16(b, 12)).toBe(2);
    expect(hex(b.subarray(16, 20))).toBe('ffffffff');
    expect(hex(b.subarray(20, 28))).toBe('02000000ffffff00'); // NETMASK
    expect(u16(b, 36)).toBe(25); // IFP at 20 + 16
    expect(hex(b.subarray(288, 296))).toBe('02000000c0a8010a'); // IFA at 36 + 252
    expect(u16(b, 304)).toBe(2); // BRD
  });
});

describe('decodeMessage', () => {
  it.each([
    ['rt', rt(RTM.GET, { DST: v4('0.0.0.0'), GATEWAY: v4('192.168.1.1'), NETMASK: v4('0.0.0.0'), IFP, IFA: v4('192.168.1.10') }, { flags: 0x843, pid: 99, seq: 3, inits: 0xf9, metrics: { ...ZERO_METRICS, mtu: 1500 } })],
    ['rt v6', rt(RTM.DELETE, { DST: sockaddrIn6('fe80::1', 2), NETMASK: v6('ffff:ffff:ffff:ffff::') }, { index: 2, flags: RTF.DONE })],
    ['if', ifinfo(0xf9000842)],
    ['ifa', ifa(RTM.DELADDR, { NETMASK: v6('ffff:ffff:ffff:ffff::'), IFP, IFA: v6('2001:db8::5'), BRD: v6('::') }, { metric: 1 })],
    ['unspec gateway', rt(RTM.ADD, { DST: v4('10.0.0.0'), GATEWAY: SOCKADDR_UNSPEC })],
  ])('round-trips %s', (_, msg) => {
    const bytes = encodeMessage(msg);
    expect(decodeMessage(bytes)).toEqual({ ...msg, version: 3, addrs: u32(bytes, msg.header === 'rt' ? 12 : 4) });
  });

  it('chooses the header from the type', () => {
    expect(decodeMessage(encodeMessage(ifinfo(0))).header).toBe('if');
    expect(decodeMessage(encodeMessage(ifa(RTM.CHGADDR, {}))).header).toBe('ifa');
    expect(decodeMessage(encodeMessage(rt(RTM.LOSING, {}))).header).toBe('rt');
  });

  it('can be told to read any write as an rt_msghdr', () => {
    const b = encodeMessage(rt(RTM.IFINFO, { DST: v4('10.0.0.1') }, { seq: 5 }));
    const msg = decodeMessage(b, { header: 'rt' });
    expect(msg.header).toBe('rt');
    expect(msg.type).toBe(RTM.IFINFO);
    expect((msg as RtMessage).seq).toBe(5);
    expect(msg.sockaddrs).toEqual({ DST: v4('10.0.0.1') });
  });

  it('ignores bytes after the last sockaddr', () => {
    const b = encodeMessage(rt(RTM.ADD, { DST: v4('10.0.0.1') }));
    const longer = new Uint8Array(b.length + 8);
    longer.set(b);
    longer[0] = longer.length;
    expect(decodeMessage(longer).sockaddrs).toEqual({ DST: v4('10.0.0.1') });
  });

  const failsWith = (errno: number, fn: () => unknown) => {
    expect(fn).toThrow(KernelError);
    expect(fn).toThrow(expect.objectContaining({ errno }));
  };

  it('rejects a msglen that differs from the byte count with EINVAL', () => {
    const b = encodeMessage(rt(RTM.ADD, { DST: v4('10.0.0.1') }));
    const longer = new Uint8Array(b.length + 1);
    longer.set(b);
    failsWith(ERRNO.EINVAL, () => decodeMessage(longer));
    failsWith(ERRNO.EINVAL, () => decodeMessage(b.subarray(0, b.length - 1)));
  });

  it('rejects a version other than 3 with EPROTONOSUPPORT', () => {
    failsWith(ERRNO.EPROTONOSUPPORT, () => decodeMessage(encodeMessage({ ...rt(RTM.ADD, {}), version: 2 })));
    failsWith(ERRNO.EPROTONOSUPPORT, () => decodeMessage(encodeMessage({ ...ifinfo(0), version: 4 })));
  });

  it('rejects a message shorter than its header with EINVAL before looking at msglen', () => {
    failsWith(ERRNO.EINVAL, () => decodeMessage(new Uint8Array(0)));
    const ifaBytes = encodeMessage(ifa(RTM.NEWADDR, {}, { version: 2 }));
    expect(ifaBytes.length).toBe(20);
    failsWith(ERRNO.EINVAL, () => decodeMessage(ifaBytes, { header: 'rt' }));
  });

  it('rejects a sockaddr of an unknown family or one past the end with EINVAL', () => {
    const b = encodeMessage(rt(RTM.ADD, { DST: v4('10.0.0.1'), GATEWAY: v4('10.0.0.2') }));
    b[92] = 1; // GATEWAY family = AF_UNIX
    failsWith(ERRNO.EINVAL, () => decodeMessage(b));

    const short = encodeMessage(rt(RTM.ADD, { DST: v4('10.0.0.1') }));
    short[12] = 0x3; // claims a GATEWAY that is not there
    failsWith(ERRNO.EINVAL, () => decodeMessage(short));
  });
});
