// Every text ping prints of its own, as ping.c and ping_aux.c word them ("%s: ..." with argv[0],
// which is "ping"), and its exit statuses (EXIT_SUCCESS when a reply came, EXIT_FAILURE
// otherwise, usage and refusals included).
export const EXIT = { OK: 0, FAILURE: 1 } as const;

export const PING = 'ping';

export const MSG = {
  usage: [
    'usage: ping host [timeout]',
    'usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]',
    '\t[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval]',
    '\t[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]',
    '',
  ].join('\n'),
  /** int_arg(): "%s: bad %s: %s\n". */
  badNumber: (what: string, s: string) => `ping: bad ${what}: ${s}\n`,
  unknownFamily: (s: string) => `ping: unknown address family ${s}\n`,
  outOfRange: (what: string, n: number) => `ping: ${what} ${n} out of range\n`,
  packetCount: (n: number) => `ping: packet count ${n} out of range\n`,
  /** print_unknown_host_msg(): "%s: unknown%s host %s\n". */
  unknownHost: (host: string) => `ping: unknown host ${host}\n`,
  tooLarge: (family: 'IPv4' | 'IPv6') => `ping: data size too large for ${family} packet\n`,
  noInterface: (family: 'IPv4' | 'IPv6') => `ping: can't find any ${family} interface\n`,
  invalidInterface: (s: string, family: 'IPv4' | 'IPv6') => `ping: ${s} is an invalid ${family} interface\n`,
  /** pinger(): "%s: sendto %s\n" then, in statistics mode, the short write. */
  sendto: (text: string) => `ping: sendto ${text}\n`,
  wrote: (host: string, cc: number) => `ping: wrote ${host} ${cc} chars, ret=-1\n`,
  /** Options the lab takes no further (source routing, UDP probes, IP options, timestamps). */
  notSimulated: (c: string) => `ping: option -${c} is not simulated\n`,
  labOption: (text: string) => `ping: ${text}\n`,
} as const;
