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
