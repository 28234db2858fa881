/**
 * The three routing-socket message headers of illumos and whole-message
 * encode/decode.
 *
 *   rt_msghdr  (76 bytes)  route.h  — route requests, replies and route events (rt-msghdr.ts)
 *   if_msghdr  (84 bytes)  if.h     — RTM_IFINFO
 *   ifa_msghdr (20 bytes)  if.h     — RTM_NEWADDR/DELADDR/CHGADDR/FREEADDR
 *
 * Header fields are little-endian (illumos x86). The sockaddrs named by the
 * addrs bitmask follow the header in increasing RTA bit order with no padding.
 */

import { ERRNO, KernelError } from './errno.js';
import { RTA, RTA_NAMES, RTM_VERSION, rtmHeaderKind, type HeaderKind, type RtaName } from './routing.js';
import { RT_METRICS_FIELDS, RT_MSGHDR_SIZE, RtMsghdrView, type RtMetrics } from './rt-msghdr.js';
import { decodeSockaddr, encodeSockaddr, sockaddrSize, type Sockaddr } from './sockaddr.js';
import { putSockaddrs, type SockaddrBytesSet } from './sockaddr-bytes.js';
import { slabBytes } from './slab.js';

export const IF_MSGHDR_SIZE = 84;
export const IFA_MSGHDR_SIZE = 20;
export const IF_DATA_SIZE = 68;

/**
 * Byte offsets of the fields if_msghdr and ifa_msghdr share (if.h): both begin msglen, version,
 * type, addrs, flags, index, and differ only in what follows.
 */
const IFM_COMMON_OFFSET = {
  msglen: 0,
  version: 2,
  type: 3,
  addrs: 4,
  flags: 8,
  index: 12,
} as const;

/** Byte offsets of if_msghdr fields (if.h); `data` is the embedded if_data. */
export const IF_MSGHDR_OFFSET = { ...IFM_COMMON_OFFSET, data: 16 } as const;

/** Byte offsets inside if_data (if.h); 14 uint counters start at `mtu`, then timeval32 lastchange. */
export const IF_DATA_OFFSET = {
  type: 0,
  addrlen: 1,
  hdrlen: 2,
  mtu: 4,
  metric: 8,
  baudrate: 12,
  lastchange: 60,
} as const;

/** Byte offsets of ifa_msghdr fields (if.h). */
export const IFA_MSGHDR_OFFSET = { ...IFM_COMMON_OFFSET, metric: 16 } as const;

/** The sockaddrs of a message, keyed by RTA name. */
export type SockaddrSet = Partial<Record<RtaName, Sockaddr>>;

/**
 * The if_data fields that can be non-zero. In RTM_IFINFO illumos sets only type,
 * mtu and metric (ill values); addrlen, hdrlen and every counter are 0
 * (ip_rts.c rts_getifdata).
 */
export interface IfData {
  type: number;
  addrlen: number;
  hdrlen: number;
  mtu: number;
  metric: number;
}

interface HeaderCommon {
  type: number;
  /** Defaults to RTM_VERSION when encoding; always set by decodeMessage. */
  version?: number;
  index: number;
  /** Unsigned view of the 32-bit C int, so 0x80000000 (OFFLINE) stays positive. */
  flags: number;
  /**
   * The addrs bitmask. encodeMessage ignores it and recomputes it from the
   * sockaddrs present; decodeMessage sets it to the value found in the header.
   */
  addrs?: number;
  sockaddrs: SockaddrSet;
}

export interface RtMessage extends HeaderCommon {
  header: 'rt';
  pid: number;
  seq: number;
  errno: number;
  use: number;
  inits: number;
  metrics: RtMetrics;
}

export interface IfMessage extends HeaderCommon {
  header: 'if';
  data: IfData;
}

export interface IfaMessage extends HeaderCommon {
  header: 'ifa';
  metric: number;
}

/** A routing-socket message, discriminated by the header struct it uses. */
export type RoutingMessage = RtMessage | IfMessage | IfaMessage;

type Decoded<T> = T & { version: number; addrs: number };

/** What decodeMessage returns: a RoutingMessage whose version and addrs are always present. */
export type DecodedMessage = Decoded<RtMessage> | Decoded<IfMessage> | Decoded<IfaMessage>;

/** All-zero rt_metrics, for messages that carry no metrics. */
export const ZERO_METRICS: Readonly<RtMetrics> = Object.freeze(
  Object.fromEntries(RT_METRICS_FIELDS.map((field) => [field, 0])) as unknown as RtMetrics,
);

/** Size of the header struct of each kind. */
export function headerSize(header: HeaderKind): number {
  switch (header) {
    case 'rt':
      return RT_MSGHDR_SIZE;
    case 'if':
      return IF_MSGHDR_SIZE;
    case 'ifa':
      return IFA_MSGHDR_SIZE;
  }
}

/** The sockaddrs present, in wire order, with their RTA name. */
function presentSockaddrs(sockaddrs: SockaddrSet): { name: RtaName; sockaddr: Sockaddr }[] {
  return RTA_NAMES.flatMap((name) => {
    const sockaddr = sockaddrs[name];
    return sockaddr === undefined ? [] : [{ name, sockaddr }];
  });
}

/** rtm_msglen the message will have: header plus its packed sockaddrs. */
export function messageLength(msg: RoutingMessage): number {
  return presentSockaddrs(msg.sockaddrs).reduce(
    (length, { sockaddr }) => length + sockaddrSize(sockaddr),
    headerSize(msg.header),
  );
}

/**
 * Encodes a message. The layout follows `msg.header` even if it does not match
 * what the type normally uses, so malformed requests can be built on purpose
 * (the kernel reads every write as an rt_msghdr).
 */
export function encodeMessage(msg: RoutingMessage): Uint8Array {
  const msglen = messageLength(msg);
  if (msglen > 0xffff) throw new RangeError(`message too long for rtm_msglen: ${msglen}`);

  const bytes = slabBytes(msglen);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sockaddrs: SockaddrBytesSet = {};
  for (const { name, sockaddr } of presentSockaddrs(msg.sockaddrs)) sockaddrs[name] = encodeSockaddr(sockaddr);
  const addrs = putSockaddrs(bytes, headerSize(msg.header), sockaddrs);

  // msglen, version and type sit at the same offsets in all three headers.
  view.setUint16(0, msglen, true);
  view.setUint8(2, msg.version ?? RTM_VERSION);
  view.setUint8(3, msg.type);

  switch (msg.header) {
    case 'rt': {
      const h = new RtMsghdrView(bytes);
      h.index = msg.index;
      h.flags = msg.flags;
      h.addrs = addrs;
      h.pid = msg.pid;
      h.seq = msg.seq;
      h.errno = msg.errno;
      h.use = msg.use;
      h.inits = msg.inits;
      h.metrics = msg.metrics;
      break;
    }
    case 'if': {
      const d = IF_MSGHDR_OFFSET.data;
      putIfmCommon(view, msg, addrs);
      view.setUint8(d + IF_DATA_OFFSET.type, msg.data.type);
      view.setUint8(d + IF_DATA_OFFSET.addrlen, msg.data.addrlen);
      view.setUint8(d + IF_DATA_OFFSET.hdrlen, msg.data.hdrlen);
      view.setUint32(d + IF_DATA_OFFSET.mtu, msg.data.mtu >>> 0, true);
      view.setUint32(d + IF_DATA_OFFSET.metric, msg.data.metric >>> 0, true);
      break;
    }
    case 'ifa': {
      putIfmCommon(view, msg, addrs);
      view.setInt32(IFA_MSGHDR_OFFSET.metric, msg.metric, true);
      break;
    }
  }
  return bytes;
}

export interface DecodeOptions {
  /**
   * Read the message with this header regardless of its type. The kernel parses
   * every write as an rt_msghdr, so the write path passes 'rt'; by default the
   * header is chosen from the type (ip_rts.c rts_header_msg_size).
   */
  header?: HeaderKind;
}

/**
 * Decodes one message, validating it in the kernel's order (ip_rts.c / rts.c):
 * shorter than its header -> EINVAL; rtm_msglen != byte count -> EINVAL;
 * version != RTM_VERSION -> EPROTONOSUPPORT; a sockaddr of an unknown family or
 * one running past the end -> EINVAL. Bytes after the last sockaddr (the
 * Trusted Extensions rtm_ext_t) are ignored.
 */
export function decodeMessage(bytes: Uint8Array, options: DecodeOptions = {}): DecodedMessage {
  const header = options.header ?? (bytes.length >= 4 ? rtmHeaderKind(bytes[3]) : 'rt');
  if (bytes.length < headerSize(header)) {
    throw new KernelError(ERRNO.EINVAL, `message shorter than ${header} header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const msglen = view.getUint16(0, true);
  if (msglen !== bytes.length) {
    throw new KernelError(ERRNO.EINVAL, `msglen ${msglen} != ${bytes.length} bytes`);
  }
  const version = view.getUint8(2);
  if (version !== RTM_VERSION) throw new KernelError(ERRNO.EPROTONOSUPPORT, `version ${version}`);
  const type = view.getUint8(3);

  switch (header) {
    case 'rt': {
      const h = new RtMsghdrView(bytes);
      const addrs = h.addrs;
      return {
        header,
        type,
        version,
        index: h.index,
        flags: h.flags,
        addrs,
        pid: h.pid,
        seq: h.seq,
        errno: h.errno,
        use: h.use,
        inits: h.inits,
        metrics: h.metrics,
        sockaddrs: decodeSockaddrs(bytes, RT_MSGHDR_SIZE, addrs),
      };
    }
    case 'if': {
      const d = IF_MSGHDR_OFFSET.data;
      const common = getIfmCommon(view);
      return {
        header,
        type,
        version,
        ...common,
        data: {
          type: view.getUint8(d + IF_DATA_OFFSET.type),
          addrlen: view.getUint8(d + IF_DATA_OFFSET.addrlen),
          hdrlen: view.getUint8(d + IF_DATA_OFFSET.hdrlen),
          mtu: view.getUint32(d + IF_DATA_OFFSET.mtu, true),
          metric: view.getUint32(d + IF_DATA_OFFSET.metric, true),
        },
        sockaddrs: decodeSockaddrs(bytes, IF_MSGHDR_SIZE, common.addrs),
      };
    }
    case 'ifa': {
      const common = getIfmCommon(view);
      return {
        header,
        type,
        version,
        ...common,
        metric: view.getInt32(IFA_MSGHDR_OFFSET.metric, true),
        sockaddrs: decodeSockaddrs(bytes, IFA_MSGHDR_SIZE, common.addrs),
      };
    }
  }
}

/** Writes the addrs, flags and index if_msghdr and ifa_msghdr share. */
function putIfmCommon(view: DataView, msg: HeaderCommon, addrs: number): void {
  const o = IFM_COMMON_OFFSET;
  view.setUint32(o.addrs, addrs, true);
  view.setUint32(o.flags, msg.flags >>> 0, true);
  view.setUint16(o.index, msg.index, true);
}

/** Reads the index, flags and addrs if_msghdr and ifa_msghdr share (in the decoded order). */
function getIfmCommon(view: DataView): { index: number; flags: number; addrs: number } {
  const o = IFM_COMMON_OFFSET;
  return {
    index: view.getUint16(o.index, true),
    flags: view.getUint32(o.flags, true),
    addrs: view.getUint32(o.addrs, true),
  };
}

/** Walks the RTA bits (only the RTA_NUMBITS the kernel knows) in wire order. */
function decodeSockaddrs(bytes: Uint8Array, start: number, addrs: number): SockaddrSet {
  const sockaddrs: SockaddrSet = {};
  let offset = start;
  for (const name of RTA_NAMES) {
    if ((addrs & RTA[name]) === 0) continue;
    const { sockaddr, size } = decodeSockaddr(bytes, offset);
    sockaddrs[name] = sockaddr;
    offset += size;
  }
  return sockaddrs;
}
