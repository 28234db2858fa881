// `route monitor`'s rendering of one routing message (route.c rtmonitor / print_rtmsg /
// pmsg_common / pmsg_addrs / routename / link_ntoa). Pure: the same text for route monitor,
// route -v and rtmon.
import { RTM, rtmMonitorText, formatMonitorIfFlags, formatRouteFlags, formatMetricNames, formatAddrNames, RTA_NAMES, encodeSockaddr, saFamily, saLen } from '@ipmplab/core/syscalls';
import type { DecodedMessage, Sockaddr } from '@ipmplab/core/syscalls';
import { hostByAddr, vis } from '@ipmplab/userland';
import { linkNtoaText } from '../sockunion';

export interface MonitorOptions {
  /** -n: no name lookups. */
  numeric: boolean;
}

/**
 * link_ntoa: the name, then (when there is a hardware address) ':' after a name and the
 * address as lower-case hex bytes without leading zeros, joined by '.'. The name is whatever
 * bytes the message carries (a recording replayed by rtmon can hold anything): shown visibly.
 */
export function linkNtoa(sa: Extract<Sockaddr, { family: 'link' }>): string {
  return vis(linkNtoaText(sa.name, sa.hwaddr));
}

/**
 * routename()'s default case for a family it has no name for (AF_UNSPEC here): `(family)` then
 * the 16-bit words of sa_data in hex, as the host (little-endian) reads them.
 */
export function routenameRaw(bytes: Uint8Array): string {
  const words = (saLen(bytes) + 1) >> 1;
  let text = `(${saFamily(bytes)})`;
  for (let w = 1; w < words; w++) text += ` ${(bytes[2 * w] | (bytes[2 * w + 1] << 8)).toString(16)}`;
  return text;
}

/** routename(): `default` for the unspecified address (masks too), a host name unless -n. */
export function routename(sa: Sockaddr, opts: MonitorOptions): string {
  switch (sa.family) {
    case 'inet':
    case 'inet6': {
      if (sa.addr === '0.0.0.0' || sa.addr === '::') return 'default';
      // A host name is what the hosts file holds: shown visibly.
      return (!opts.numeric && vis(hostByAddr(sa.addr))) || sa.addr;
    }
    case 'link':
      return linkNtoa(sa);
    case 'unspec':
      return routenameRaw(encodeSockaddr(sa));
  }
}

/** pmsg_addrs(): the `sockaddrs:` line and the addresses, or just the newline when there are none. */
function addressBlock(m: DecodedMessage, opts: MonitorOptions): string {
  if (m.addrs === 0) return '\n';
  const values = RTA_NAMES.filter((n) => m.sockaddrs[n]).map((n) => ` ${routename(m.sockaddrs[n]!, opts)}`).join('');
  return `\nsockaddrs: ${formatAddrNames(m.addrs)}\n${values}\n`;
}

/** pmsg_common(): `\nlocks: ... inits: ...` then the address block (rt_msghdr messages). */
export function formatRtCommon(m: Extract<DecodedMessage, { header: 'rt' }>, opts: MonitorOptions): string {
  return `\nlocks: ${formatMetricNames(m.metrics.locks)} inits: ${formatMetricNames(m.inits)}${addressBlock(m, opts)}`;
}

/** print_rtmsg(): one message as route -v and route monitor print it (without the size line). */
export function formatRtmsg(m: DecodedMessage, size: number, opts: MonitorOptions): string {
  const kind = rtmMonitorText(m.type);
  if (!kind) return `routing message type ${m.type} not understood\n`;
  const text = `${kind}: len ${size}, `;
  if (m.header === 'if' && m.type === RTM.IFINFO) {
    return `${text}if# ${m.index}, flags:${formatMonitorIfFlags(m.flags)}${addressBlock(m, opts)}`;
  }
  if (m.header === 'ifa') {
    return `${text}metric ${m.metric}, flags:${formatRouteFlags(m.flags)}${addressBlock(m, opts)}`;
  }
  if (m.header === 'rt') {
    return `${text}pid: ${m.pid}, seq ${m.seq}, errno ${m.errno}, flags:${formatRouteFlags(m.flags)}${formatRtCommon(m, opts)}`;
  }
  return `${text}\n`;
}

/** Everything route monitor prints for one message, starting with "got message of size". */
export function formatMonitorMessage(m: DecodedMessage, size: number, opts: MonitorOptions): string {
  return `got message of size ${size}\n${formatRtmsg(m, size, opts)}`;
}
