import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import type { Kernel } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { netstatMain } from './main';
import { ChunkedWriter } from './printer/chunked-writer';
import { bringUp as up, lines, runInProcess, tempState, withKernel } from '@ipmplab/test-support';

let file: string;
let cleanup: () => void;

beforeEach(() => {
  ({ file, cleanup } = tempState('netstat-test'));
});

afterEach(() => cleanup());

function netstat(...argv: string[]): { status: number; out: string; err: string } {
  const { code: status, out, err } = runInProcess(netstatMain, [...argv, '--state', file]);
  return { status, out, err };
}

/** Configures the host in one transaction, on a manual clock so DAD completes at once. */
function configure(fn: (k: Kernel) => void): void {
  withKernel(file, (k) => {
    k.state.clock = { mode: 'manual', now: 1_700_000_000_000 };
    k.now = k.state.clock.now;
    fn(k);
    k.state.clock.now = k.now;
    k.dirty = true;
  });
}

const USAGE =
  'usage: netstat [-anv] [-f address_family] [-T d|u]\n' +
  '       netstat [-n] [-f address_family] [-P protocol] [-T d|u] [-g | -p | -s [interval [count]]]\n' +
  '       netstat -m [-v] [-T d|u] [interval [count]]\n' +
  '       netstat -i [-I interface] [-an] [-f address_family] [-T d|u] [interval [count]]\n' +
  '       netstat -r [-anv] [-f address_family|filter] [-T d|u]\n' +
  '       netstat -M [-ns] [-f address_family] [-T d|u]\n' +
  '       netstat -D [-I interface] [-f address_family] [-T d|u]\n';

const FRESH_RN = lines(
  '',
  'Routing Table: IPv4',
  '  Destination           Gateway           Flags  Ref     Use     Interface ',
  '-------------------- -------------------- ----- ----- ---------- --------- ',
  '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
  '',
  'Routing Table: IPv6',
  '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
  '--------------------------- --------------------------- ----- --- ------- ----- ',
  '::1                         ::1                         UH      2       0 lo0   ',
);

describe('a fresh host (new state file)', () => {
  it('netstat -rn', () => {
    expect(netstat('-rn')).toEqual({ status: 0, out: FRESH_RN, err: '' });
  });

  it('netstat -rna and -r -n -a are the same', () => {
    expect(netstat('-rna').out).toBe(FRESH_RN);
    expect(netstat('-r', '-n', '-a').out).toBe(FRESH_RN);
  });

  it('netstat -r uses localhost', () => {
    expect(netstat('-r').out).toBe(FRESH_RN.replaceAll('127.0.0.1          ', 'localhost          ').replaceAll('::1                       ', 'localhost                 '));
  });

  it('netstat -in', () => {
    expect(netstat('-in')).toEqual({
      status: 0,
      err: '',
      out: lines(
        'Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue ',
        'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
        '',
        'Name  Mtu  Net/Dest                    Address                     Ipkts  Ierrs Opkts  Oerrs Collis',
        'lo0   8252 ::1                         ::1                         0      0     0      0     0     ',
      ),
    });
  });
});

describe('lo0 + net0 10.0.0.1/24 + net0 IPv6', () => {
  beforeEach(() => {
    configure((k) => {
      up(k, 'net0', 'inet', '10.0.0.1', '255.255.255.0');
      up(k, 'net0', 'inet6');
    });
  });

  it('netstat -rna', () => {
    expect(netstat('-rna')).toEqual({
      status: 0,
      err: '',
      out: lines(
        '',
        'Routing Table: IPv4',
        '  Destination           Gateway           Flags  Ref     Use     Interface ',
        '-------------------- -------------------- ----- ----- ---------- --------- ',
        '0.0.0.0                  --               UHb       1          0 net0      ',
        '10.0.0.0                 --               UHb       1          0 net0      ',
        '10.0.0.0             10.0.0.1             U         2          0 net0      ',
        '10.0.0.1                 --               UHL       1          0 net0      ',
        '10.0.0.255               --               UHb       1          0 net0      ',
        '10.255.255.255           --               UHb       1          0 net0      ',
        '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
        '255.255.255.255          --               UHb       1          0 net0      ',
        '',
        'Routing Table: IPv6',
        '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
        '--------------------------- --------------------------- ----- --- ------- ----- ',
        '::1                         ::1                         UH      2       0 lo0   ',
        'fe80::8:20ff:fe4c:3a10          --                      UHL     1       0 net0  ',
        'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
      ),
    });
  });

  it('netstat -rn -f inet6 and -f outif:net0', () => {
    expect(netstat('-rn', '-f', 'inet6').out).toBe(lines(
      '',
      'Routing Table: IPv6',
      '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
      '--------------------------- --------------------------- ----- --- ------- ----- ',
      '::1                         ::1                         UH      2       0 lo0   ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
    ));
    expect(netstat('-rnf', 'outif:net0').out).toBe(lines(
      '',
      'Routing Table: IPv4',
      '  Destination           Gateway           Flags  Ref     Use     Interface ',
      '-------------------- -------------------- ----- ----- ---------- --------- ',
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '',
      'Routing Table: IPv6',
      '  Destination/Mask            Gateway                   Flags Ref   Use    If   ',
      '--------------------------- --------------------------- ----- --- ------- ----- ',
      'fe80::/10                   fe80::8:20ff:fe4c:3a10      U       2       0 net0  ',
    ));
  });

  it('netstat -ir: the interface report, then the routing tables', () => {
    const { out } = netstat('-nir', '-f', 'inet');
    expect(out).toBe(lines(
      'Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue ',
      'lo0   8232 127.0.0.0     127.0.0.1      0      0     0      0     0      0     ',
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      '',
      'Routing Table: IPv4',
      '  Destination           Gateway           Flags  Ref     Use     Interface ',
      '-------------------- -------------------- ----- ----- ---------- --------- ',
      '10.0.0.0             10.0.0.1             U         2          0 net0      ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
    ));
  });

  it('netstat -I net0 (implies -i)', () => {
    expect(netstat('-n', '-I', 'net0').out).toBe(lines(
      'Name  Mtu  Net/Dest      Address        Ipkts  Ierrs Opkts  Oerrs Collis Queue ',
      'net0  1500 10.0.0.0      10.0.0.1       0      0     0      0     0      0     ',
      '',
      'Name  Mtu  Net/Dest                    Address                     Ipkts  Ierrs Opkts  Oerrs Collis',
      'net0  1500 fe80::8:20ff:fe4c:3a10/10   fe80::8:20ff:fe4c:3a10      0      0     0      0     0     ',
    ));
    expect(netstat('-i', '-I', 'net5')).toEqual({ status: 0, out: '', err: '' });
  });

  it('--json with -r: one array, in display order', () => {
    const r = netstat('-r', '--json', '-f', 'inet');
    expect(r.status).toBe(0);
    expect(r.out).toBe(
      '[\n' +
      '  {"family":"inet","destination":"10.0.0.0","prefixlen":24,"gateway":"10.0.0.1","flags":"U","ref":2,"use":0,"interface":"net0"},\n' +
      '  {"family":"inet","destination":"127.0.0.1","prefixlen":32,"gateway":"127.0.0.1","flags":"UH","ref":2,"use":0,"interface":"lo0"}\n' +
      ']\n',
    );
    expect(JSON.parse(netstat('-rna', '--json').out)).toHaveLength(11);
  });

  it('--json with -i, and with both', () => {
    const i = JSON.parse(netstat('-i', '--json').out);
    expect(i.map((x: { family: string; name: string; destination: string }) => `${x.family} ${x.name} ${x.destination}`)).toEqual([
      'inet lo0 127.0.0.0', 'inet net0 10.0.0.0', 'inet6 lo0 ::1', 'inet6 net0 fe80::8:20ff:fe4c:3a10/10',
    ]);
    const both = JSON.parse(netstat('-ri', '--json').out);
    expect(Object.keys(both)).toEqual(['interfaces', 'routes']);
    expect(both.routes).toHaveLength(4);
    expect(netstat('-r', '--json', '-f', 'outif:none').out).toBe('[]\n');
  });
});

describe('-T', () => {
  it('-T u prints the kernel clock in seconds before the reports', () => {
    configure(() => {});
    expect(netstat('-rnT', 'u', '-f', 'inet').out).toBe(lines(
      '1700000000',
      '',
      'Routing Table: IPv4',
      '  Destination           Gateway           Flags  Ref     Use     Interface ',
      '-------------------- -------------------- ----- ----- ---------- --------- ',
      '127.0.0.1            127.0.0.1            UH        2          0 lo0       ',
    ));
  });

  it('-T d prints date(1) format in the C locale', () => {
    configure(() => {});
    expect(netstat('-rn', '-Td', '-f', 'inet').out.split('\n')[0]).toBe('Tue Nov 14 22:13:20 UTC 2023');
  });
});

describe('errors and exit codes', () => {
  it('a bad option: getopt message, usage, exit 1; no state file is created', () => {
    expect(netstat('-rz')).toEqual({ status: 1, out: '', err: 'netstat: illegal option -- z\n' + USAGE });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('extra operands', () => {
    expect(netstat('-r', '5')).toEqual({ status: 1, out: '', err: 'netstat: extra arguments\n' + USAGE });
    expect(netstat('-rn', 'foo')).toEqual({ status: 1, out: '', err: 'netstat: extra arguments\n' + USAGE });
  });

  it('fatal() texts have no prefix', () => {
    expect(netstat('-r', '-f', 'bogus')).toEqual({ status: 1, out: '', err: 'bogus: unknown address family.\n' });
    expect(netstat('-r', '-f', 'flags:+q')).toEqual({ status: 1, out: '', err: 'q: illegal flag\n' });
    expect(netstat('-r', '-P', 'foo')).toEqual({ status: 1, out: '', err: 'foo: unknown protocol.\n' });
  });

  it('-f outif: with an unknown interface: perror, exit 1', () => {
    expect(netstat('-r', '-f', 'outif:net9')).toEqual({ status: 1, out: '', err: 'net9: No such device or address\n' });
    // net1 exists as a datalink but has no IP interface
    expect(netstat('-r', '-f', 'outif:net1')).toEqual({ status: 1, out: '', err: 'net1: No such device or address\n' });
  });

  it('-R', () => {
    expect(netstat('-rR')).toEqual({ status: 1, out: '', err: '-R set but labeling is not enabled\n' + USAGE });
  });

  it('lab options', () => {
    const io = memoryIO({});
    expect(netstatMain(['-r', '--state'], io)).toBe(1);
    expect(io.err.join('')).toBe('netstat: option --state requires a file name\n');
  });

  it('a file that is not a state file is refused', () => {
    fs.writeFileSync(file, 'this is not a database, just text that is long enough to be refused by sqlite\n'.repeat(10));
    const r = netstat('-rn');
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^netstat: /);
  });
});

describe('modes the lab does not simulate', () => {
  const cases: [string[], string][] = [
    [[], 'the socket table (netstat without -r or -i)'],
    [['-a'], 'the socket table (netstat without -r or -i)'],
    [['-n', '-f', 'unix'], 'the socket table (netstat without -r or -i)'],
    [['-v'], 'the socket table (netstat without -r or -i)'],
    [['-s'], '-s (protocol statistics)'],
    [['-rs'], '-s (protocol statistics)'],
    [['-m'], '-m (STREAMS statistics)'],
    [['-M'], '-M (multicast routing tables)'],
    [['-g'], '-g (multicast group memberships)'],
    [['-d'], '-d (destination cache)'],
    [['-D'], '-D (DHCP status)'],
    [['-rx'], '-x (MIB debugging output)'],
    [['-i', '5'], 'interval/count'],
    [['-i', '-I', 'net0', '1', '3'], 'interval/count'],
    [['-s', '5'], 'interval/count'],
  ];
  for (const [argv, mode] of cases) {
    it(`netstat ${argv.join(' ')}`, () => {
      expect(netstat(...argv)).toEqual({ status: 1, out: '', err: `netstat: ${mode} is not simulated by ipmplab\n` });
    });
  }

  it('bad options and operands still follow the illumos rules', () => {
    expect(netstat('-s', 'foo').err).toBe('netstat: extra arguments\n' + USAGE);
    expect(netstat('-i', '0').err).toBe(USAGE);
  });

  it('no family to report on: nothing, exit 0', () => {
    expect(netstat('-f', '99')).toEqual({ status: 0, out: '', err: '' });
    expect(netstat('-r', '-f', 'unix')).toEqual({ status: 0, out: '', err: '' });
  });
});

describe('plumbing', () => {
  it('output goes to the process in chunks, not as one string', () => {
    const parts: string[] = [];
    const w = new ChunkedWriter((t) => parts.push(t));
    for (let i = 0; i < 5000; i++) w.line(`${'x'.repeat(79)}`);
    w.flush();
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((p) => p.length <= 64 * 1024 + 80)).toBe(true);
    expect(parts.join('')).toBe(`${'x'.repeat(79)}\n`.repeat(5000));
  });
});
