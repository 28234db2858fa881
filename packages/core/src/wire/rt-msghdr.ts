/**
 * struct rt_msghdr (route.h) as bytes: the layout, and a view that reads and writes its fields
 * in a message buffer. A program that builds its request field by field (route.c rtmsg())
 * writes through the view; encodeMessage and decodeMessage (messages.ts) go through it too,
 * so the layout is written down once.
 */

import { RTM_VERSION } from './routing.js';
import { putSockaddrs, sockaddrsLength, type SockaddrBytesSet } from './sockaddr-bytes.js';
import { slabBytes } from './slab.js';

export const RT_MSGHDR_SIZE = 76;

/** Byte offsets of rt_msghdr fields (route.h), as RtMsghdrView reads and writes them. */
export const RT_MSGHDR_OFFSET = {
  msglen: 0,
  version: 2,
  type: 3,
  index: 4,
  flags: 8,
  addrs: 12,
  pid: 16,
  seq: 20,
  errno: 24,
  use: 28,
  inits: 32,
  metrics: 36,
} as const;

/** struct rt_metrics, 10 x uint32 in this order (route.h). rtt/rttvar are microseconds. */
export interface RtMetrics {
  locks: number;
  mtu: number;
  hopcount: number;
  expire: number;
  recvpipe: number;
  sendpipe: number;
  ssthresh: number;
  rtt: number;
  rttvar: number;
  pksent: number;
}

export const RT_METRICS_FIELDS: readonly (keyof RtMetrics)[] = [
  'locks', 'mtu', 'hopcount', 'expire', 'recvpipe', 'sendpipe', 'ssthresh', 'rtt', 'rttvar', 'pksent',
];

const O = RT_MSGHDR_OFFSET;

/**
 * The rt_msghdr at the start of `bytes`. Host-order fields are little-endian (illumos x86);
 * rtm_flags, rtm_addrs, rtm_inits and the metrics read unsigned, so 0x80000000 stays positive.
 */
export class RtMsghdrView {
  readonly bytes: Uint8Array;
  private readonly dv: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /**
   * A new message: the header, then the sockaddrs' bytes in RTA bit order, with rtm_msglen,
   * rtm_version (RTM_VERSION) and rtm_addrs filled in and every other field 0.
   */
  static withSockaddrs(sockaddrs: SockaddrBytesSet): RtMsghdrView {
    const msglen = RT_MSGHDR_SIZE + sockaddrsLength(sockaddrs);
    if (msglen > 0xffff) throw new RangeError(`message too long for rtm_msglen: ${msglen}`);
    const h = new RtMsghdrView(slabBytes(msglen));
    h.msglen = msglen;
    h.version = RTM_VERSION;
    h.addrs = putSockaddrs(h.bytes, RT_MSGHDR_SIZE, sockaddrs);
    return h;
  }

  get msglen(): number {
    return this.dv.getUint16(O.msglen, true);
  }
  set msglen(value: number) {
    this.dv.setUint16(O.msglen, value, true);
  }

  get version(): number {
    return this.dv.getUint8(O.version);
  }
  set version(value: number) {
    this.dv.setUint8(O.version, value);
  }

  get type(): number {
    return this.dv.getUint8(O.type);
  }
  set type(value: number) {
    this.dv.setUint8(O.type, value);
  }

  get index(): number {
    return this.dv.getUint16(O.index, true);
  }
  set index(value: number) {
    this.dv.setUint16(O.index, value, true);
  }

  get flags(): number {
    return this.dv.getUint32(O.flags, true);
  }
  set flags(value: number) {
    this.dv.setUint32(O.flags, value >>> 0, true);
  }

  get addrs(): number {
    return this.dv.getUint32(O.addrs, true);
  }
  set addrs(value: number) {
    this.dv.setUint32(O.addrs, value >>> 0, true);
  }

  get pid(): number {
    return this.dv.getInt32(O.pid, true);
  }
  set pid(value: number) {
    this.dv.setInt32(O.pid, value, true);
  }

  get seq(): number {
    return this.dv.getInt32(O.seq, true);
  }
  set seq(value: number) {
    this.dv.setInt32(O.seq, value, true);
  }

  get errno(): number {
    return this.dv.getInt32(O.errno, true);
  }
  set errno(value: number) {
    this.dv.setInt32(O.errno, value, true);
  }

  get use(): number {
    return this.dv.getInt32(O.use, true);
  }
  set use(value: number) {
    this.dv.setInt32(O.use, value, true);
  }

  get inits(): number {
    return this.dv.getUint32(O.inits, true);
  }
  set inits(value: number) {
    this.dv.setUint32(O.inits, value >>> 0, true);
  }

  get metrics(): RtMetrics {
    // One object of one shape, filled in RT_METRICS_FIELDS' order (every message decoded reads it).
    const m: RtMetrics = { locks: 0, mtu: 0, hopcount: 0, expire: 0, recvpipe: 0, sendpipe: 0, ssthresh: 0, rtt: 0, rttvar: 0, pksent: 0 };
    for (let i = 0; i < RT_METRICS_FIELDS.length; i++) m[RT_METRICS_FIELDS[i]] = this.dv.getUint32(O.metrics + 4 * i, true);
    return m;
  }
  set metrics(value: Readonly<RtMetrics>) {
    RT_METRICS_FIELDS.forEach((field, i) => {
      this.dv.setUint32(O.metrics + 4 * i, value[field] >>> 0, true);
    });
  }
}
