// route.c's keyword table (`keytab`), numbers included: `show` and `secattr` share 43, so a
// `-show` among the modifiers is taken as `-secattr`, as in the real command.
export const K = {
  ADD: 1,
  BLACKHOLE: 2,
  CHANGE: 3,
  CLONING: 4,
  DELETE: 5,
  DST: 6,
  EXPIRE: 7,
  FLUSH: 8,
  GATEWAY: 9,
  GET: 11,
  HOPCOUNT: 12,
  HOST: 13,
  IFA: 14,
  IFACE: 15,
  IFP: 16,
  INET: 17,
  INET6: 18,
  INTERFACE: 19,
  LINK: 20,
  LOCK: 21,
  LOCKREST: 22,
  MASK: 23,
  MONITOR: 24,
  MTU: 25,
  NET: 26,
  NETMASK: 27,
  NOSTATIC: 28,
  PRIVATE: 29,
  PROTO1: 30,
  PROTO2: 31,
  RECVPIPE: 32,
  REJECT: 33,
  RTT: 34,
  RTTVAR: 35,
  SA: 36,
  SENDPIPE: 37,
  SSTHRESH: 38,
  STATIC: 39,
  XRESOLVE: 40,
  MULTIRT: 41,
  SETSRC: 42,
  SHOW: 43,
  SECATTR: 43,
  INDIRECT: 44,
} as const;

const TABLE: readonly [string, number][] = [
  ['add', K.ADD], ['blackhole', K.BLACKHOLE], ['change', K.CHANGE], ['cloning', K.CLONING],
  ['delete', K.DELETE], ['dst', K.DST], ['expire', K.EXPIRE], ['flush', K.FLUSH],
  ['gateway', K.GATEWAY], ['get', K.GET], ['hopcount', K.HOPCOUNT], ['host', K.HOST],
  ['ifa', K.IFA], ['iface', K.IFACE], ['ifp', K.IFP], ['inet', K.INET], ['inet6', K.INET6],
  ['interface', K.INTERFACE], ['link', K.LINK], ['lock', K.LOCK], ['lockrest', K.LOCKREST],
  ['mask', K.MASK], ['monitor', K.MONITOR], ['mtu', K.MTU], ['net', K.NET],
  ['netmask', K.NETMASK], ['nostatic', K.NOSTATIC], ['private', K.PRIVATE],
  ['proto1', K.PROTO1], ['proto2', K.PROTO2], ['recvpipe', K.RECVPIPE], ['reject', K.REJECT],
  ['rtt', K.RTT], ['rttvar', K.RTTVAR], ['sa', K.SA], ['sendpipe', K.SENDPIPE],
  ['ssthresh', K.SSTHRESH], ['static', K.STATIC], ['xresolve', K.XRESOLVE],
  ['multirt', K.MULTIRT], ['setsrc', K.SETSRC], ['show', K.SHOW], ['secattr', K.SECATTR],
  ['indirect', K.INDIRECT],
];

const BY_WORD = new Map(TABLE);

/** route.c keyword(): the key of a word (exact, case-sensitive), 0 when it is none. */
export function keyword(word: string): number {
  return BY_WORD.get(word) ?? 0;
}

/** Every keyword, for completion and the argv fuzz. */
export const KEYWORDS: readonly string[] = TABLE.map(([w]) => w);
