// ping's command line, as ping.c main() reads it: getopt over illumos' option string, then the
// operands `host [timeout]`, or in statistics mode `host [data_size] [npackets]`. Numbers go
// through int_arg() (decimal, or hex after 0x; never negative). Options that only set a socket
// option the lab has no use for (-d -D -b -L -P -c -F -v) are taken and checked as ping checks
// them; the ones that would change what is sent or printed beyond the lab (source routes, UDP
// probes, IP options, timestamps, a fixed next hop, -a) are refused as not simulated.
import { getopt } from '@ipmplab/userland';
import type { Family } from '@ipmplab/core/syscalls';
import { EXIT, MSG, PING } from './messages';

export const OPTSTRING = 'abA:c:dDF:G:g:I:i:LlnN:P:p:rRSsTt:UvX:x:Y0123?';
const NOT_SIMULATED = new Set(['a', 'l', 'S', 'U', 'R', 'T', 'Y', 'g', 'G', 'x', 'X', 'N', 'p', 'r', '0', '1', '2', '3']);
const MAX_TTL = 255;
const MAX_TRAFFIC_CLASS = 255;
const MAX_FLOW_LABEL = 0xfffff;
const MAX_TOS = 255;
const INT_MAX = 0x7fffffff;

export interface PingOptions {
  host: string;
  stats: boolean;
  nflag: boolean;
  family?: Family;
  /** Seconds between probes (-I). */
  interval: number;
  /** -i: an interface name, index or address. */
  iface?: string;
  ttl?: number;
  datalen: number;
  /** Statistics mode: probes to send (0: until interrupted). */
  npackets: number;
  /** Default mode: probes sent, one a second, before "no answer". */
  timeout: number;
}

export type Parsed = { kind: 'run'; opts: PingOptions } | { kind: 'error'; stderr: string; exit: number };

class Refused extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
  }
}

/** int_arg(): strtol in base 10 (16 after "0x"), the whole word, not negative, else "bad WHAT". */
export function intArg(s: string, what: string): number {
  const hex = /^0[xX]/.test(s);
  const body = hex ? s.slice(2) : s;
  const m = hex ? /^\s*([+-]?)([0-9a-fA-F]+)$/.exec(body) : /^\s*([+-]?)([0-9]+)$/.exec(body);
  const n = m ? (m[1] === '-' ? -1 : 1) * parseInt(m[2], hex ? 16 : 10) : NaN;
  if (!m || !(n >= 0) || n > INT_MAX) throw new Refused(MSG.badNumber(what, s));
  return n;
}

function ranged(s: string, what: string, max: number, label = what): number {
  const n = intArg(s, what);
  if (n > max) throw new Refused(MSG.outOfRange(label, n));
  return n;
}

export function parsePing(argv: string[], env: NodeJS.ProcessEnv): Parsed {
  try {
    return { kind: 'run', opts: parse(argv, env) };
  } catch (e) {
    if (e instanceof Refused) return { kind: 'error', stderr: e.stderr, exit: EXIT.FAILURE };
    throw e;
  }
}

function parse(argv: string[], env: NodeJS.ProcessEnv): PingOptions {
  const state = { optind: 0 };
  const o: Omit<PingOptions, 'host'> = { stats: false, nflag: false, interval: 1, datalen: 56, npackets: 0, timeout: 20 };
  for (const item of getopt(PING, argv, OPTSTRING, state)) {
    const c = item.opt;
    if (c === '?') throw new Refused(`${item.error ?? ''}${MSG.usage}`);
    if (NOT_SIMULATED.has(c)) throw new Refused(MSG.notSimulated(c));
    const arg = item.arg ?? '';
    switch (c) {
      case 'A':
        if (arg !== 'inet' && arg !== 'inet6') throw new Refused(MSG.unknownFamily(arg));
        o.family = arg;
        break;
      case 'c': ranged(arg, 'traffic class', MAX_TRAFFIC_CLASS); break;
      case 'F': ranged(arg, 'flow label', MAX_FLOW_LABEL); break;
      case 'P': ranged(arg, 'type-of-service', MAX_TOS, 'tos value'); break;
      case 't': o.ttl = ranged(arg, 'ttl', MAX_TTL); break;
      case 'I':
        o.stats = true;
        o.interval = intArg(arg, 'interval');
        break;
      case 'i': o.iface = arg; break;
      case 'n': o.nflag = true; break;
      case 's': o.stats = true; break;
      default: break; // -d -D -b -L -v: socket options that change nothing here
    }
  }
  const rest = argv.slice(state.optind);
  if (rest.length === 0) throw new Refused(MSG.usage);
  if (env.MACHINE_THAT_GOES_PING !== undefined) o.stats = true;
  const [host, a, b] = rest;
  if (a !== undefined) {
    if (o.stats) {
      o.datalen = intArg(a, 'data size');
      if (b !== undefined) {
        o.npackets = intArg(b, 'packet count');
        if (o.npackets < 1) throw new Refused(MSG.packetCount(o.npackets));
      }
    } else {
      o.timeout = intArg(a, 'timeout');
    }
  }
  return { host, ...o };
}
