// `route monitor`'s rendering of one routing message (route.c rtmonitor / print_rtmsg /
// pmsg_addrs / routename / link_ntoa). Pure: the same text for route monitor and rtmon.
import { RTM, rtmMonitorText, formatMonitorIfFlags, formatRouteFlags, formatMetricNames, formatAddrNames, RTA_NAMES } from '@ipmplab/core';
import type { DecodedMessage, Sockaddr } from '@ipmplab/core';
import { hostByAddr } from '@ipmplab/userland';

export interface MonitorOptions {
  /** -n: no name lookups. */
  numeric: boolean;
}

/** link_ntoa: the name, then ':' and the hardware address as lower-case hex bytes joined by '.'. */
export function linkNtoa(sa: Extract<Sockaddr, { family: 'link' }>): string {
  const hw = [...sa.hwaddr].map((b) => b.toString(16)).join('.');
  return hw ? `${sa.name}:${hw}` : sa.name;
}

/** routename(): `default` for the unspecified address (masks too), a host name unless -n. */
export function routename(sa: Sockaddr, opts: MonitorOptions): string {
  switch (sa.family) {
    case 'inet':
    case 'inet6': {
      if (sa.addr === '0.0.0.0' || sa.addr === '::') return 'default';
      return (!opts.numeric && hostByAddr(sa.addr)) || sa.addr;
    }
    case 'link':
      return linkNtoa(sa);
    case 'unspec': {
      const addr = (sa as { addr?: string }).addr ?? '0.0.0.0';
      return addr === '0.0.0.0' ? 'default' : addr;
    }
  }
}

function addressBlock(m: DecodedMessage, opts: MonitorOptions): string {
  if (m.addrs === 0) return '\n';
  const values = RTA_NAMES.filter((n) => m.sockaddrs[n]).map((n) => ` ${routename(m.sockaddrs[n]!, opts)}`).join('');
  return `\nsockaddrs: ${formatAddrNames(m.addrs)}\n${values}\n`;
}

/** Everything route monitor prints for one message, starting with "got message of size". */
export function formatMonitorMessage(m: DecodedMessage, size: number, opts: MonitorOptions): string {
  let text = `got message of size ${size}\n`;
  const kind = rtmMonitorText(m.type);
  if (!kind) return `${text}routing message type ${m.type} not understood\n`;
  text += `${kind}: len ${size}, `;
  if (m.header === 'if' && m.type === RTM.IFINFO) {
    return `${text}if# ${m.index}, flags:${formatMonitorIfFlags(m.flags)}${addressBlock(m, opts)}`;
  }
  if (m.header === 'ifa') {
    return `${text}metric ${m.metric}, flags:${formatRouteFlags(m.flags)}${addressBlock(m, opts)}`;
  }
  if (m.header === 'rt') {
    text += `pid: ${m.pid}, seq ${m.seq}, errno ${m.errno}, flags:${formatRouteFlags(m.flags)}`;
    text += `\nlocks: ${formatMetricNames(m.metrics.locks)} inits: ${formatMetricNames(m.inits)}`;
    return text + addressBlock(m, opts);
  }
  return `${text}\n`;
}
