// ping's lines, as ping.c and ping_aux.c print them: the header of statistics mode, one line a
// reply ("%d bytes from %s: icmp_seq=%d. time=%#.3f ms"), the verdicts of the default mode and
// finish()'s statistics. Times are in microseconds and printed in milliseconds with three
// decimals (TIMEFORMAT "%#.3f").
export const ms3 = (us: number): string => (us / 1000).toFixed(3);

export function header(host: string, datalen: number, numeric?: string): string {
  return numeric === undefined ? `PING ${host}: ${datalen} data bytes\n` : `PING ${host} (${numeric}): ${datalen} data bytes\n`;
}

export function replyLine(cc: number, from: string, seq: number, rttUs: number | undefined): string {
  return `${cc} bytes from ${from}: icmp_seq=${seq}. ${rttUs === undefined ? '' : `time=${ms3(rttUs)} ms`}\n`;
}

export const alive = (host: string): string => `${host} is alive\n`;
export const noAnswer = (host: string): string => `no answer from ${host}\n`;

export interface Totals {
  transmitted: number;
  received: number;
  /** Round-trip times (µs) of the replies, when the packets carried a timestamp. */
  rtt?: { min: number; sum: number; sum2: number; max: number };
}

/**
 * finish(): the loss as an integer percentage (truncated), "times amplification" when more came
 * back than went out, and the round-trip line when replies carried a timestamp. The standard
 * deviation divides by n - 1: one reply gives 0/0, which illumos' printf shows as NaN.
 */
export function statistics(host: string, t: Totals): string {
  let loss = '';
  if (t.transmitted) {
    loss = t.received <= t.transmitted
      ? `${Math.trunc(((t.transmitted - t.received) * 100) / t.transmitted)}% packet loss`
      : `${(t.received / t.transmitted).toFixed(2)} times amplification`;
  }
  const lines = [`\n----${host} PING Statistics----\n`, `${t.transmitted} packets transmitted, ${t.received} packets received, ${loss}\n`];
  if (t.rtt && t.received > 0) {
    const n = t.received;
    const mean = t.rtt.sum / n;
    const smean = t.rtt.sum2 / n;
    const sd = Math.sqrt(((smean - mean * mean) * n) / (n - 1));
    const f = (us: number) => (Number.isNaN(us) ? 'NaN' : ms3(us));
    lines.push(`round-trip (ms)  min/avg/max/stddev = ${f(t.rtt.min)}/${f(mean)}/${f(t.rtt.max)}/${f(sd)}\n`);
  }
  return lines.join('');
}

/** ping_aux.c unreach[] and timexceed[]; ping_aux6.c unreach6[] and timexceed6[]. */
const UNREACH = ['Net Unreachable', 'Host Unreachable', 'Protocol Unreachable', 'Port Unreachable', 'Fragmentation needed and DF set',
  'Source Route Failed', 'Net Unknown', 'Host Unknown', 'Source Host Isolated', 'Dest Net Prohibited', 'Dest Host Prohibited',
  'Net Unreachable for TOS', 'Host Unreachable for TOS', 'Communication Administratively Prohibited', 'Host Precedence Violation',
  'Precedence Cutoff in Effect'];
const TIMEXCEED = ['Time exceeded in transit', 'Time exceeded during reassembly'];
const UNREACH6 = ['No Route to Destination', 'Communication Administratively Prohibited', 'Not a Neighbor (obsoleted ICMPv6 code)',
  'Address Unreachable', 'Port Unreachable'];
const TIMEXCEED6 = ['Hop limit exceeded in transit', 'Fragment reassembly time exceeded'];

/**
 * check_reply / check_reply6 for an ICMP error about one of our probes: what came back, from
 * whom (pr_name), then " for icmp from <source> to <target>" (pr_protocol: icmp, icmp6).
 */
export function icmpErrorLines(v6: boolean, type: 'unreach' | 'timxceed', code: number, from: string, src: string, dst: string): string {
  const icmp = v6 ? 'ICMPv6' : 'ICMP';
  let first: string;
  if (type === 'unreach') {
    const text = (v6 ? UNREACH6 : UNREACH)[code];
    first = text === undefined ? `${icmp} ${code} Unreachable from gateway ${from}` : `${icmp} ${text} from gateway ${from}`;
  } else {
    const text = (v6 ? TIMEXCEED6 : TIMEXCEED)[code];
    first = text === undefined ? `${icmp} ${code} time exceeded from ${from}` : `${icmp} ${text} from ${from}`;
  }
  return `${first}\n for ${v6 ? 'icmp6' : 'icmp'} from ${src} to ${dst}\n`;
}
