import { describe, it, expect } from 'vitest';
import { intArg, parsePing } from './grammar';
import { MSG } from './messages';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => parsePing(argv, env);

describe('ping grammar (ping.c main)', () => {
  it('reads numbers as int_arg does: decimal, hex after 0x, never negative', () => {
    expect(intArg('20', 'timeout')).toBe(20);
    expect(intArg('0x10', 'timeout')).toBe(16);
    expect(intArg(' 7', 'timeout')).toBe(7);
    for (const bad of ['-1', 'x', '1.5', '', '0x', '99999999999']) expect(() => intArg(bad, 'timeout')).toThrow();
  });

  it('takes host [timeout] by default, host [data_size] [npackets] in statistics mode', () => {
    expect(run(['b', '5'])).toMatchObject({ kind: 'run', opts: { host: 'b', stats: false, timeout: 5 } });
    expect(run(['-s', 'b', '100', '3'])).toMatchObject({ kind: 'run', opts: { host: 'b', stats: true, datalen: 100, npackets: 3 } });
    expect(run(['-I', '2', 'b'])).toMatchObject({ kind: 'run', opts: { stats: true, interval: 2, npackets: 0 } });
    expect(run(['b'], { MACHINE_THAT_GOES_PING: '1' })).toMatchObject({ kind: 'run', opts: { stats: true } });
    expect(run(['-n', '-A', 'inet6', '-i', 'net0', '-t', '64', 'b'])).toMatchObject({ kind: 'run', opts: { nflag: true, family: 'inet6', iface: 'net0', ttl: 64 } });
  });

  it('refuses as ping does: usage, ranges, families, and the options the lab does not simulate', () => {
    expect(run([])).toEqual({ kind: 'error', stderr: MSG.usage, exit: 1 });
    expect(run(['-z', 'b'])).toEqual({ kind: 'error', stderr: `ping: illegal option -- z\n${MSG.usage}`, exit: 1 });
    expect(run(['-s', 'b', '56', '0'])).toEqual({ kind: 'error', stderr: 'ping: packet count 0 out of range\n', exit: 1 });
    expect(run(['-t', '256', 'b'])).toEqual({ kind: 'error', stderr: 'ping: ttl 256 out of range\n', exit: 1 });
    expect(run(['-P', '300', 'b'])).toEqual({ kind: 'error', stderr: 'ping: tos value 300 out of range\n', exit: 1 });
    expect(run(['-A', 'x', 'b'])).toEqual({ kind: 'error', stderr: 'ping: unknown address family x\n', exit: 1 });
    expect(run(['-g', 'r', 'b'])).toEqual({ kind: 'error', stderr: 'ping: option -g is not simulated\n', exit: 1 });
    expect(run(['b', 'soon'])).toEqual({ kind: 'error', stderr: 'ping: bad timeout: soon\n', exit: 1 });
  });
});
