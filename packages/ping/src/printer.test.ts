import { describe, it, expect } from 'vitest';
import { header, icmpErrorLines, replyLine, statistics } from './printer';

describe('ping printer', () => {
  it('prints the header with and without -n (ping.c main)', () => {
    expect(header('b', 56)).toBe('PING b: 56 data bytes\n');
    expect(header('b', 56, '192.168.10.7')).toBe('PING b (192.168.10.7): 56 data bytes\n');
  });

  it('prints a reply with the period after the sequence number and %#.3f times, or no time without a timestamp', () => {
    expect(replyLine(64, 'b (192.168.10.7)', 0, 200)).toBe('64 bytes from b (192.168.10.7): icmp_seq=0. time=0.200 ms\n');
    expect(replyLine(12, '192.168.10.7', 65535, undefined)).toBe('12 bytes from 192.168.10.7: icmp_seq=65535. \n');
    expect(replyLine(64, 'x', 1, 1234567)).toBe('64 bytes from x: icmp_seq=1. time=1234.567 ms\n');
  });

  it("prints finish()'s statistics: truncated loss, the sample standard deviation, none without replies", () => {
    expect(statistics('b', { transmitted: 3, received: 2, rtt: { min: 200, sum: 600, sum2: 200 * 200 + 400 * 400, max: 400 } })).toBe([
      '',
      '----b PING Statistics----',
      '3 packets transmitted, 2 packets received, 33% packet loss',
      'round-trip (ms)  min/avg/max/stddev = 0.200/0.300/0.400/0.141',
      '',
    ].join('\n'));
    expect(statistics('b', { transmitted: 2, received: 0 })).toBe('\n----b PING Statistics----\n2 packets transmitted, 0 packets received, 100% packet loss\n');
  });

  it('shows one reply\'s deviation (0/0) as NaN, more replies than probes as amplification, no loss word for no probes', () => {
    expect(statistics('b', { transmitted: 1, received: 1, rtt: { min: 200, sum: 200, sum2: 40000, max: 200 } })).toContain('= 0.200/0.200/0.200/NaN\n');
    expect(statistics('b', { transmitted: 2, received: 3 })).toContain('2 packets transmitted, 3 packets received, 1.50 times amplification\n');
    expect(statistics('b', { transmitted: 0, received: 0 })).toContain('0 packets transmitted, 0 packets received, \n');
  });
});

describe('ICMP errors about our probes (ping_aux.c check_reply, ping_aux6.c check_reply6)', () => {
  it('names the error from its table, then the probe it is about', () => {
    expect(icmpErrorLines(false, 'unreach', 1, '10.0.0.1', '10.0.0.5', 'c (10.0.2.9)'))
      .toBe('ICMP Host Unreachable from gateway 10.0.0.1\n for icmp from 10.0.0.5 to c (10.0.2.9)\n');
    expect(icmpErrorLines(false, 'timxceed', 0, 'r (10.0.0.1)', '10.0.0.5', '10.0.2.9'))
      .toBe('ICMP Time exceeded in transit from r (10.0.0.1)\n for icmp from 10.0.0.5 to 10.0.2.9\n');
    expect(icmpErrorLines(true, 'unreach', 0, '2001:db8::1', '2001:db8::5', '2001:db8:1::9'))
      .toBe('ICMPv6 No Route to Destination from gateway 2001:db8::1\n for icmp6 from 2001:db8::5 to 2001:db8:1::9\n');
    expect(icmpErrorLines(true, 'timxceed', 0, 'a', 'b', 'c')).toBe('ICMPv6 Hop limit exceeded in transit from a\n for icmp6 from b to c\n');
  });

  it('a code past the table is printed as a number', () => {
    expect(icmpErrorLines(false, 'unreach', 16, 'g', 's', 'd')).toBe('ICMP 16 Unreachable from gateway g\n for icmp from s to d\n');
    expect(icmpErrorLines(false, 'timxceed', 2, 'g', 's', 'd')).toBe('ICMP 2 time exceeded from g\n for icmp from s to d\n');
    expect(icmpErrorLines(true, 'unreach', 7, 'g', 's', 'd')).toBe('ICMPv6 7 Unreachable from gateway g\n for icmp6 from s to d\n');
  });
});
