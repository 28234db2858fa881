import { describe, it, expect } from 'vitest';
import { parseArgs } from './grammar';
import type { NetstatOptions, ParseResult } from './grammar';
import type { FilterDeps } from './filters';
import { FLF } from './filters';
import { USAGE_TEXT } from './messages';

const known = new Map([['lo0', 1], ['net0', 2], ['net0:1', 2]]);
const deps: FilterDeps = {
  ifIndex: (name) => (known.has(name) ? { ok: true, index: known.get(name)! } : { ok: false, text: 'No such device or address' }),
};

function ok(...argv: string[]): NetstatOptions {
  const r = parseArgs(argv, deps);
  if (r.kind !== 'ok') throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
}

function err(...argv: string[]): Extract<ParseResult, { kind: 'error' }> {
  const r = parseArgs(argv, deps);
  if (r.kind !== 'error') throw new Error(`expected an error for ${argv.join(' ')}`);
  return r;
}

const USAGE =
  'usage: netstat [-anv] [-f address_family] [-T d|u]\n' +
  '       netstat [-n] [-f address_family] [-P protocol] [-T d|u] [-g | -p | -s [interval [count]]]\n' +
  '       netstat -m [-v] [-T d|u] [interval [count]]\n' +
  '       netstat -i [-I interface] [-an] [-f address_family] [-T d|u] [interval [count]]\n' +
  '       netstat -r [-anv] [-f address_family|filter] [-T d|u]\n' +
  '       netstat -M [-ns] [-f address_family] [-T d|u]\n' +
  '       netstat -D [-I interface] [-f address_family] [-T d|u]\n';

describe('getopt grammar', () => {
  it('the usage text is the illumos one', () => {
    expect(USAGE_TEXT).toBe(USAGE);
  });

  it('clustered letters, separate and attached option arguments', () => {
    const o = ok('-rna');
    expect([o.routes, o.numeric, o.all, o.interfaces]).toEqual([true, true, true, false]);
    expect(ok('-rnf', 'inet').filters.af).toEqual([2]);
    expect(ok('-rnfinet6').filters.af).toEqual([26]);
    expect(ok('-r', '-f', 'inet', '-f', 'inet6').filters.af).toEqual([2, 26]);
    const i = ok('-inIlo0');
    expect([i.interfaces, i.numeric, i.ifname]).toEqual([true, true, 'lo0']);
  });

  it('-I alone selects the interface report', () => {
    expect(ok('-I', 'net0').interfaces).toBe(true);
  });

  it('an option argument is the next word whatever it looks like', () => {
    expect(err('-f', '-r')).toEqual({ kind: 'error', stderr: '-r: unknown address family.\n', exit: 1 });
  });

  it('-- ends the options; a lone - is an operand', () => {
    expect(ok('-r', '--').routes).toBe(true);
    expect(err('-r', '--', '-n').stderr).toBe('netstat: extra arguments\n' + USAGE);
    expect(err('-r', '-').stderr).toBe('netstat: extra arguments\n' + USAGE);
  });

  it('options stop at the first operand', () => {
    expect(err('-r', 'x', '-n')).toEqual({ kind: 'error', stderr: 'netstat: extra arguments\n' + USAGE, exit: 1 });
  });

  it('illegal option: getopt message then usage, exit 1', () => {
    expect(err('-z')).toEqual({ kind: 'error', stderr: 'netstat: illegal option -- z\n' + USAGE, exit: 1 });
    expect(err('-rz').stderr).toBe('netstat: illegal option -- z\n' + USAGE);
    expect(err('--help').stderr).toBe('netstat: illegal option -- -\n' + USAGE);
    expect(err('-:').stderr).toBe('netstat: illegal option -- :\n' + USAGE);
  });

  it('missing option argument', () => {
    expect(err('-rf')).toEqual({ kind: 'error', stderr: 'netstat: option requires an argument -- f\n' + USAGE, exit: 1 });
    expect(err('-I').stderr).toBe('netstat: option requires an argument -- I\n' + USAGE);
    expect(err('-T').stderr).toBe('netstat: option requires an argument -- T\n' + USAGE);
  });

  it('errors come in option order', () => {
    expect(err('-f', 'bogus', '-z').stderr).toBe('bogus: unknown address family.\n');
    expect(err('-z', '-f', 'bogus').stderr).toBe('netstat: illegal option -- z\n' + USAGE);
  });

  it('-T u / -T d; only the first letter counts; anything else is usage', () => {
    expect(ok('-rT', 'u').timestamp).toBe('u');
    expect(ok('-rTd').timestamp).toBe('d');
    expect(ok('-r', '-T', 'ux').timestamp).toBe('u');
    expect(err('-r', '-T', 'x')).toEqual({ kind: 'error', stderr: USAGE, exit: 1 });
    expect(err('-r', '-T', '')).toEqual({ kind: 'error', stderr: USAGE, exit: 1 });
  });

  it('-P protocols', () => {
    expect(ok('-P', 'ip6').protocol).toBe('ipv6');
    expect(ok('-Prawip').protocol).toBe('raw');
    expect(err('-P', 'foo')).toEqual({ kind: 'error', stderr: 'foo: unknown protocol.\n', exit: 1 });
  });

  it('-R on an unlabelled system', () => {
    expect(err('-rR')).toEqual({ kind: 'error', stderr: '-R set but labeling is not enabled\n' + USAGE, exit: 1 });
    // getopt errors come first
    expect(err('-R', '-z').stderr).toBe('netstat: illegal option -- z\n' + USAGE);
  });
});

describe('interval, count and extra arguments (main)', () => {
  it('-r takes no operands', () => {
    expect(err('-r', '5')).toEqual({ kind: 'error', stderr: 'netstat: extra arguments\n' + USAGE, exit: 1 });
  });

  it('-i interval [count]', () => {
    expect(ok('-i', '5')).toMatchObject({ interval: 5, count: -1 });
    expect(ok('-i', '5', '3')).toMatchObject({ interval: 5, count: 3 });
    // the first numeric operand is the interval, even after a non-numeric one, and the
    // word after the consumed ones becomes the count
    expect(ok('-i', 'foo', '5')).toMatchObject({ interval: 5, count: 5 });
    expect(ok('-i', '5', '3', '7')).toMatchObject({ interval: 5, count: 7 });
  });

  it('zero interval or count, and the empty string (a number to isnum)', () => {
    expect(err('-i', '0')).toEqual({ kind: 'error', stderr: USAGE, exit: 1 });
    expect(err('-i', '5', '0').stderr).toBe(USAGE);
    expect(err('-i', '').stderr).toBe(USAGE);
  });

  it('non-numeric operands are extra arguments', () => {
    expect(err('-i', 'foo').stderr).toBe('netstat: extra arguments\n' + USAGE);
    expect(err('-s', 'foo', '5').stderr).toBe('netstat: extra arguments\n' + USAGE);
    expect(err('foo').stderr).toBe('netstat: extra arguments\n' + USAGE);
  });

  it('-s and -m take an interval', () => {
    expect(ok('-s', '2')).toMatchObject({ stats: true, interval: 2 });
    expect(ok('-m', '2', '4')).toMatchObject({ streams: true, interval: 2, count: 4 });
  });
});

describe('-f families and filters (process_filter)', () => {
  it('families by name and number (strtol base 0)', () => {
    expect(ok('-f', 'af:inet').filters.af).toEqual([2]);
    expect(ok('-f', 'unix').filters.af).toEqual([1]);
    expect(ok('-f', '0x1a').filters.af).toEqual([26]);
    expect(ok('-f', '99').filters.af).toEqual([99]);
    expect(err('-f', 'af:bogus')).toEqual({ kind: 'error', stderr: 'bogus: unknown address family.\n', exit: 1 });
    expect(err('-f', '2x').stderr).toBe('2x: unknown address family.\n');
    expect(err('-f', '').stderr).toBe(': unknown address family.\n');
  });

  it('unknown keywords', () => {
    expect(err('-f', 'x:y')).toEqual({ kind: 'error', stderr: 'x:y: unknown filter keyword\n', exit: 1 });
    expect(err('-f', 'inet6:').stderr).toBe('inet6:: unknown filter keyword\n');
  });

  it('outif: names are checked with if_nametoindex (perror, exit 1); numbers are not', () => {
    expect(ok('-f', 'outif:net0').filters.outif).toEqual(['net0']);
    expect(ok('-f', 'outif:any', '-f', 'outif:none').filters.outif).toEqual(['', null]);
    expect(ok('-f', 'outif:7').filters.outif).toEqual(['7']);
    expect(err('-f', 'outif:net9')).toEqual({ kind: 'error', stderr: 'net9: No such device or address\n', exit: 1 });
    expect(err('-f', 'outif:0').stderr).toBe('0: No such device or address\n');
    expect(err('-f', 'outif:').stderr).toBe('No such device or address\n');
  });

  it('dst: addresses, names, prefix lengths and masks', () => {
    const d = ok('-f', 'dst:10.0.0.0/8').filters.dst[0];
    expect(Array.from(d.addrs![0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 10, 0, 0, 0]);
    expect(Array.from(d.mask)).toEqual([...Array(12).fill(255), 255, 0, 0, 0]);
    expect(ok('-f', 'dst:localhost').filters.dst[0].addrs!.length).toBe(2);
    expect(ok('-f', 'dst:fe80::/10').filters.dst[0].mask[1]).toBe(0xc0);
    expect(ok('-f', 'dst:any').filters.dst[0]).toEqual({ addrs: null, mask: new Uint8Array(16) });
    expect(err('-f', 'dst:nosuchhost/8')).toEqual({ kind: 'error', stderr: 'nosuchhost: invalid or unknown host address\n', exit: 1 });
    expect(err('-f', 'dst:10.0.0.0/32').stderr).toBe('32: not in range 0 to 31\n');
    expect(err('-f', 'dst:::1/128').stderr).toBe('128: not in range 0 to 127\n');
    expect(err('-f', 'dst:10.0.0.0/-1').stderr).toBe('-1: not in range 0 to 31\n');
    expect(err('-f', 'dst:10.0.0.0/abc').stderr).toBe('abc: illegal mask format\n');
    expect(err('-f', 'dst:10.0.0.0/').stderr).toBe(': illegal mask format\n');
  });

  it('flags: set, clear and exact forms; the Z bit quirk of flag_bits', () => {
    expect(ok('-f', 'flags:+UG').filters.flags).toEqual([{ set: FLF.U | FLF.G, clear: 0 }]);
    expect(ok('-f', 'flags:-b').filters.flags).toEqual([{ set: 0, clear: FLF.b }]);
    expect(ok('-f', 'flags:UH').filters.flags).toEqual([{ set: FLF.U | FLF.H, clear: ~(FLF.U | FLF.H) }]);
    expect(ok('-f', 'flags:+Z').filters.flags).toEqual([{ set: 0x2000, clear: 0 }]);
    expect(err('-f', 'flags:')).toEqual({ kind: 'error', stderr: 'missing flag list\n', exit: 1 });
    expect(err('-f', 'flags:+').stderr).toBe('missing flag list\n');
    expect(err('-f', 'flags:+UX').stderr).toBe('X: illegal flag\n');
  });
});

describe('an interval beyond the int range', () => {
  it('wraps as illumos atoi does, so netstat reports once (netstat.c: interval <= 0 means once only)', async () => {
    const { unsimulatedMode } = await import('./main');
    const o = ok('-i', '3000000000');
    expect(o.interval).toBe(-1294967296);
    expect(unsimulatedMode(o)).toBeUndefined();
  });
});
