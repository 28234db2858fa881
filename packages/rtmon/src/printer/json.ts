// --json: one object per message, on one line. The decoded header keeps the C field names of its
// struct (rt_msghdr, if_msghdr, ifa_msghdr) without their prefix; flags, addrs, inits and locks
// are also given as the names route monitor prints; sockaddrs are decoded.
//
//   {"seq":12,"at":"2030-01-01T00:00:00.000Z","size":124,"type":"RTM_ADD",
//    "header":{"struct":"rt_msghdr","msglen":124,"version":3,"type":1,"index":0,"flags":2114,
//              "addrs":7,"pid":1234,"seq":1,"errno":0,"use":0,"inits":0,"metrics":{...}},
//    "flags":["GATEWAY","DONE","STATIC"],"addrs":["DST","GATEWAY","NETMASK"],
//    "inits":[],"locks":[],
//    "sockaddrs":{"DST":{"family":"inet","addr":"10.0.0.0"},...}}
//
// `seq` is the journal's sequence number (null for a message of the --dump snapshot, which also
// has "dump":true); `header.seq` is the message's own rtm_seq.
import { formatRouteFlags, formatMonitorIfFlags, formatMetricNames, formatAddrNames } from '@ipmplab/core/syscalls';
import type { Sockaddr } from '@ipmplab/core/syscalls';
import { jsonText } from '@ipmplab/userland';
import type { ShownMessage } from '../types';
import { typeName } from './present';

/** "<UP,DONE>" -> ["UP","DONE"]; "" -> []. */
export function bitNames(text: string): string[] {
  return text ? text.slice(1, -1).split(',') : [];
}

export function sockaddrJson(sa: Sockaddr): Record<string, unknown> {
  switch (sa.family) {
    case 'inet':
      return { family: 'inet', addr: sa.addr };
    case 'inet6':
      return sa.scopeId ? { family: 'inet6', addr: sa.addr, scopeId: sa.scopeId } : { family: 'inet6', addr: sa.addr };
    case 'link':
      return {
        family: 'link',
        index: sa.index,
        type: sa.type,
        name: sa.name,
        hwaddr: [...sa.hwaddr].map((b) => b.toString(16).padStart(2, '0')).join(':'),
      };
    case 'unspec':
      return sa.addr ? { family: 'unspec', addr: sa.addr } : { family: 'unspec' };
  }
}

export function messageJson(m: ShownMessage): Record<string, unknown> {
  const msg = m.msg;
  const common = { msglen: m.bytes.length, version: msg.version, type: msg.type };
  let header: Record<string, unknown>;
  let flags: string[];
  const extra: Record<string, unknown> = {};
  switch (msg.header) {
    case 'rt':
      header = {
        struct: 'rt_msghdr', ...common, index: msg.index, flags: msg.flags, addrs: msg.addrs, pid: msg.pid, seq: msg.seq,
        errno: msg.errno, use: msg.use, inits: msg.inits, metrics: { ...msg.metrics },
      };
      flags = bitNames(formatRouteFlags(msg.flags));
      extra.inits = bitNames(formatMetricNames(msg.inits));
      extra.locks = bitNames(formatMetricNames(msg.metrics.locks));
      break;
    case 'if':
      header = { struct: 'if_msghdr', ...common, addrs: msg.addrs, flags: msg.flags, index: msg.index, data: { ...msg.data } };
      flags = bitNames(formatMonitorIfFlags(msg.flags));
      break;
    case 'ifa':
      header = { struct: 'ifa_msghdr', ...common, addrs: msg.addrs, flags: msg.flags, index: msg.index, metric: msg.metric };
      flags = bitNames(formatRouteFlags(msg.flags));
      break;
  }
  const sockaddrs: Record<string, unknown> = {};
  for (const [name, sa] of Object.entries(msg.sockaddrs)) if (sa) sockaddrs[name] = sockaddrJson(sa);
  return {
    seq: m.seq,
    ...(m.dump ? { dump: true } : {}),
    at: new Date(m.at).toISOString(),
    size: m.bytes.length,
    type: typeName(msg.type),
    header,
    flags,
    addrs: bitNames(formatAddrNames(msg.addrs)),
    ...extra,
    sockaddrs,
  };
}

export function jsonLine(m: ShownMessage): string {
  return `${jsonText(messageJson(m))}\n`;
}
