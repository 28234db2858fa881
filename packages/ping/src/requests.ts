// A ping run against the lab (ping.c send_scheduled_probe, schedule_sigalrm, check_reply and
// finish, one probe at a time): each probe is an ICMP echo the host's kernel sends and the
// network carries (core net/icmp.ts); between probes the program waits `interval` seconds, which
// on the lab's manual clock is the lab's time passing (every host's timers fire on the way), and
// on the real clock a real sleep. What it prints is gathered per step and written after the
// step's transaction commits.
import { icmpEcho, sleepOnLabClock, strerror, ioctl, canonical, familyOf } from '@ipmplab/core/syscalls';
import type { Family, Kernel, LabTransaction } from '@ipmplab/core/syscalls';
import { LIFC_ALL, hostAddrs, hostByAddr, vis } from '@ipmplab/userland';
import { IFF } from '@ipmplab/core/syscalls';
import type { PingOptions } from './grammar';
import { MSG } from './messages';
import { alive, header, icmpErrorLines, noAnswer, replyLine, statistics } from './printer';
import type { Totals } from './printer';

/** MAX_WAIT: seconds to wait for the last reply when none has come. */
const MAX_WAIT = 10;
/** sizeof (struct timeval) in a 32-bit ping: the timestamp a probe carries when there is room. */
const TIMEVAL = 8;
const ICMP_MINLEN = 8;

export interface Target {
  family: Family;
  addr: string;
}

/** getaddrinfo(host): a numeric address, else the host's name service (IPv4 first). */
export function resolveTarget(host: string, family?: Family): Target | undefined {
  const numeric = familyOf(host);
  if (numeric) {
    const addr = canonical(numeric, host);
    return addr && (!family || family === numeric) ? { family: numeric, addr } : undefined;
  }
  for (const f of family ? [family] : (['inet', 'inet6'] as Family[])) {
    const addrs = hostAddrs(host, f);
    if (addrs.length) return { family: f, addr: addrs[0] };
  }
  return undefined;
}

/**
 * find_if(): the interface -i names (a logical interface name, an index or an address) among
 * the UP, non-loopback ones, those under IPMP included; its physical name. Undefined: invalid.
 */
export function findInterface(k: Kernel, family: Family, spec: string): { name?: string; none: boolean } {
  const entries = ioctl(k, 'SIOCGLIFCONF', { af: family, flags: LIFC_ALL }).entries;
  const usable = entries.filter((e) => {
    const flags = ioctl(k, 'SIOCGLIFFLAGS', { name: e.name, af: family }).flags;
    return (flags & IFF.LOOPBACK) === 0n && (flags & IFF.UP) !== 0n;
  });
  if (usable.length === 0) return { none: true };
  const addr = familyOf(spec) === family ? canonical(family, spec) : undefined;
  const index = /^\d+$/.test(spec) ? Number(spec) : undefined;
  const hit = usable.find((e) =>
    addr ? e.addr === addr : index !== undefined ? ioctl(k, 'SIOCGLIFINDEX', { name: e.name, af: family }).index === index : e.name === spec);
  return { name: hit?.name.split(':')[0], none: false };
}

export type Step =
  /** Wait this long (ms), then step again. */
  | { kind: 'wait'; ms: number }
  /** Finished: the exit status. */
  | { kind: 'done'; code: number };

/** A line for standard output or standard error, in the order ping writes them. */
export interface Written {
  stderr: boolean;
  text: string;
}

/** One ping run: its counters and what it has to print. */
export class PingRun {
  readonly written: Written[] = [];
  private readonly out = { push: (text: string) => this.written.push({ stderr: false, text }) };
  private readonly err = { push: (text: string) => this.written.push({ stderr: true, text }) };
  private transmitted = 0;
  private received = 0;
  private receivedLast = 0;
  private gotReply = false;
  private alive = false;
  private rtt: Totals['rtt'];
  /** The last probe has been sent; the next wakeup ends the run. */
  private finishing = false;

  /** The host as typed, shown visibly (it is the user's words). */
  private readonly host: string;

  constructor(private readonly o: PingOptions, private readonly target: Target, private readonly ifname: string | undefined) {
    this.host = vis(o.host);
  }

  start(): void {
    if (this.o.stats) this.out.push(header(this.host, this.o.datalen, this.o.nflag ? this.target.addr : undefined));
  }

  /** pr_name(): "name (address)" when the address has a name and -n was not given, else the address. */
  private name(addr: string): string {
    if (this.o.nflag) return addr;
    const n = hostByAddr(addr);
    return n ? `${vis(n)} (${addr})` : addr;
  }

  /** finish(): the statistics, and the status. */
  finish(): Step {
    this.out.push(statistics(this.host, { transmitted: this.transmitted, received: this.received, rtt: this.rtt }));
    return { kind: 'done', code: this.alive ? 0 : 1 };
  }

  /** What happens when the alarm after the last probe goes off: the verdict, or the statistics. */
  private expire(): Step {
    if (this.o.stats) return this.finish();
    this.out.push(noAnswer(this.host));
    return { kind: 'done', code: 1 };
  }

  /** Sends the next probe (or ends the run when the last one's wait is over). */
  step(lab: LabTransaction, host: number): Step {
    if (this.finishing) return this.expire();
    const cc = this.o.datalen + ICMP_MINLEN;
    const seq = this.transmitted % 65536;
    this.transmitted++;
    const r = icmpEcho(lab, host, { family: this.target.family, dst: this.target.addr, ifname: this.ifname, ttl: this.o.ttl });
    if ('errno' in r) {
      this.err.push(MSG.sendto(strerror(r.errno)));
      if (!this.o.stats) return { kind: 'done', code: 1 };
      this.out.push(MSG.wrote(this.host, cc));
    } else if ('icmp' in r) {
      // check_reply: an error about one of our probes is printed, in either mode; no reply counted.
      const e = r.icmp;
      this.out.push(icmpErrorLines(this.target.family === 'inet6', e.type, e.code, this.name(e.from), this.name(e.src), this.name(this.target.addr)));
    } else if ('reply' in r) {
      this.received++;
      this.receivedLast++;
      this.alive = true;
      this.gotReply = true;
      if (!this.o.stats) {
        this.out.push(alive(this.host));
        return { kind: 'done', code: 0 };
      }
      const timed = this.o.datalen >= TIMEVAL;
      if (timed) {
        const t = r.reply.rttUs;
        const s = this.rtt ?? { min: Infinity, sum: 0, sum2: 0, max: 0 };
        this.rtt = { min: Math.min(s.min, t), sum: s.sum + t, sum2: s.sum2 + t * t, max: Math.max(s.max, t) };
      }
      this.out.push(replyLine(cc, this.name(r.reply.from), seq, timed ? r.reply.rttUs : undefined));
      if (this.o.npackets > 0 && this.receivedLast === this.o.npackets) return this.finish();
    }
    const probes = this.o.stats ? this.o.npackets : this.o.timeout;
    if (this.o.stats && probes === 0) return { kind: 'wait', ms: this.o.interval * 1000 };
    if (this.transmitted < probes) return { kind: 'wait', ms: this.o.interval * 1000 };
    // schedule_sigalrm() after the last probe.
    this.finishing = true;
    if (!this.o.stats) return { kind: 'wait', ms: this.o.interval * 1000 };
    const wait = this.gotReply ? Math.max(1, Math.floor((2 * (this.rtt?.max ?? 0)) / 1e6)) : MAX_WAIT;
    return { kind: 'wait', ms: wait * 1000 };
  }

  /** Waits on a manual lab clock: the lab's time passes; false on the real clock (the caller sleeps). */
  static labWait(lab: LabTransaction, host: number, ms: number): boolean {
    return sleepOnLabClock(lab, host, ms);
  }
}
