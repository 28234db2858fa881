// netstat's argv grammar: illumos getopt(3C) over "adimnrspMgvxf:P:I:DRT:", then main()'s
// checks in its order (-R, interval/count, extra arguments). Pure apart from the if_nametoindex
// callback the -f outif: check needs (process_filter runs inside the getopt loop, so its errors
// come in option order, before any later bad option).
import { getopt } from '@ipmplab/userland';
import { EXIT, MSG, TOOL, USAGE_TEXT } from './messages';
import { addFilter, emptyFilters } from './filters';
import type { FilterDeps, Filters } from './filters';
import { atoi, isnum } from './clib';

export const OPTSTRING = 'adimnrspMgvxf:P:I:DRT:';

export type Protocol = 'ip' | 'ipv6' | 'icmp' | 'icmpv6' | 'igmp' | 'udp' | 'tcp' | 'sctp' | 'raw';

/** -P names netstat accepts, and the protocol each selects. */
const PROTOCOLS: Record<string, Protocol> = {
  ip: 'ip',
  ipv6: 'ipv6',
  ip6: 'ipv6',
  icmp: 'icmp',
  icmpv6: 'icmpv6',
  icmp6: 'icmpv6',
  igmp: 'igmp',
  udp: 'udp',
  tcp: 'tcp',
  sctp: 'sctp',
  raw: 'raw',
  rawip: 'raw',
};

export interface NetstatOptions {
  /** -a */
  all: boolean;
  /** -d: destination cache entries (DCE). */
  dce: boolean;
  /** -i (also set by -I) */
  interfaces: boolean;
  /** -m */
  streams: boolean;
  /** -n */
  numeric: boolean;
  /** -r */
  routes: boolean;
  /** -s */
  stats: boolean;
  /** -p */
  arp: boolean;
  /** -M */
  mrouting: boolean;
  /** -g */
  groups: boolean;
  /** -v */
  verbose: boolean;
  /** -x (debugging output) */
  debug: boolean;
  /** -D */
  dhcp: boolean;
  /** -I interface */
  ifname?: string;
  /** -P protocol */
  protocol?: Protocol;
  /** -T u|d */
  timestamp?: 'u' | 'd';
  /** -f (families and -r filters) */
  filters: Filters;
  /** interval operand (0 = none) */
  interval: number;
  /** count operand (-1 = forever) */
  count: number;
}

export type ParseResult = { kind: 'ok'; options: NetstatOptions } | { kind: 'error'; stderr: string; exit: number };

function usage(prefix = ''): ParseResult {
  return { kind: 'error', stderr: prefix + USAGE_TEXT, exit: EXIT.USAGE };
}

export function defaultOptions(): NetstatOptions {
  return {
    all: false, dce: false, interfaces: false, streams: false, numeric: false, routes: false, stats: false,
    arp: false, mrouting: false, groups: false, verbose: false, debug: false, dhcp: false,
    filters: emptyFilters(), interval: 0, count: -1,
  };
}

/** main() of netstat.c up to the reports: options, -R, interval and count, extra arguments. */
export function parseArgs(argv: string[], deps: FilterDeps): ParseResult {
  const o = defaultOptions();
  let labelled = false;
  const state = { optind: 0 };
  for (const item of getopt(TOOL, argv, OPTSTRING, state)) {
    switch (item.opt) {
      case 'a': o.all = true; break;
      case 'd': o.dce = true; break;
      case 'i': o.interfaces = true; break;
      case 'm': o.streams = true; break;
      case 'n': o.numeric = true; break;
      case 'r': o.routes = true; break;
      case 'R': labelled = true; break;
      case 's': o.stats = true; break;
      case 'p': o.arp = true; break;
      case 'M': o.mrouting = true; break;
      case 'g': o.groups = true; break;
      case 'v': o.verbose = true; break;
      case 'x': o.debug = true; break;
      case 'f': {
        const err = addFilter(o.filters, item.arg!, deps);
        if (err) return { kind: 'error', stderr: err.stderr, exit: err.exit };
        break;
      }
      case 'P': {
        const p = PROTOCOLS[item.arg!];
        if (!p) return { kind: 'error', stderr: MSG.unknownProtocol(item.arg!), exit: EXIT.FATAL };
        o.protocol = p;
        break;
      }
      case 'I':
        o.ifname = item.arg!;
        o.interfaces = true;
        break;
      case 'D': o.dhcp = true; break;
      case 'T': {
        // Only the first character is looked at: "-T ux" is -T u.
        const c = item.arg![0];
        if (c === 'u') o.timestamp = 'u';
        else if (c === 'd') o.timestamp = 'd';
        else return usage();
        break;
      }
      default:
        return usage(item.error ?? '');
    }
  }

  // Labels (Trusted Extensions) are never enabled on the simulated host.
  if (labelled) return usage(MSG.labelingNotEnabled);

  let optind = state.optind;
  if (o.interfaces || o.stats || o.streams) {
    for (let d = optind; d < argv.length; d++) {
      if (isnum(argv[d])) {
        o.interval = atoi(argv[d]);
        if (d + 1 < argv.length && isnum(argv[d + 1])) {
          o.count = atoi(argv[d + 1]);
          optind++;
        }
        optind++;
        if (o.interval === 0 || o.count === 0) return usage();
        break;
      }
    }
  }
  if (optind < argv.length && o.interfaces && isnum(argv[optind])) {
    o.count = atoi(argv[optind]);
    if (o.count === 0) return usage();
    optind++;
  }
  if (optind < argv.length) return usage(MSG.extraArguments);
  return { kind: 'ok', options: o };
}
