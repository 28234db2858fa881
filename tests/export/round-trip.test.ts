// `ipmplab export` round trips: a host is built, exported in each form, and the export is run on
// a fresh host with the same datalinks (the commands as a batch; the files put on its disk and
// the host rebooted, then what no file holds typed). Both hosts then print the same ifconfig -a,
// ipmpstat -g, -i and -a, and netstat -rn; the files form the same /etc/inet/static_routes.
// Each configuration is one the issue names: an active-active group with test addresses, an
// active-standby group, logical interfaces, IPv6, MTU and metric, persistent and non-persistent routes; hosts
// built with ifconfig round trip through the ifconfig and files forms, hosts built with ipadm
// through the ipadm form (and ipadm's own views), on either release.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { interleavedIO as memoryIO, tempStateFiles } from '@ipmplab/test-support';
import { labMain } from '../../packages/ipmplab/src/main';
import { TOOLS } from '../../packages/ipmplab/src/requests/tools';

const temps = tempStateFiles('ipmplab-export');
afterAll(() => temps.cleanup());

function run(file: string, argv: string[]): { code: number; out: string; err: string } {
  const io = memoryIO({});
  const [tool, ...args] = argv;
  const main = tool === 'ipmplab' ? labMain : TOOLS[tool]();
  const code = main([...args, '--state', file], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Lines as one batch (each its own transaction), failing the test on the first that fails. */
function batch(file: string, lines: string[]): void {
  const script = path.join(path.dirname(file), `batch-${Math.random().toString(16).slice(2)}`);
  fs.writeFileSync(script, `${lines.join('\n')}\n`);
  const r = run(file, ['ipmplab', 'batch', script]);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
}

function views(file: string): Record<string, string> {
  const v: Record<string, string> = {};
  for (const argv of [['ifconfig', '-a'], ['ipmpstat', '-g'], ['ipmpstat', '-i'], ['ipmpstat', '-a'], ['netstat', '-rn']]) {
    const r = run(file, argv);
    v[argv.join(' ')] = r.out + r.err;
  }
  return v;
}

/** A fresh lab on the manual clock, built by `lines`, timers run out. */
function built(lines: string[], release = 'illumos'): string {
  const file = temps.file();
  expect(run(file, ['ipmplab', 'init', '--release', release]).code).toBe(0);
  batch(file, ['ipmplab clock manual 2030-01-01T00:00:00Z', ...lines, 'ipmplab clock advance 30s']);
  return file;
}

const exported = (file: string, form: string) => {
  const r = run(file, ['ipmplab', 'export', '--as', form]);
  expect(r.err).toBe('');
  return r.out.replace(/\n$/, '').split('\n');
};

/** The export run on a fresh host of the same release and links, then 30 s of its timers. */
function replayed(lines: string[], form: string, release: string): string {
  const file = temps.file();
  expect(run(file, ['ipmplab', 'init', '--release', release]).code).toBe(0);
  batch(file, ['ipmplab clock manual 2030-01-01T00:00:00Z']);
  if (form !== 'files') {
    batch(file, [...lines.filter((l) => !l.startsWith('#')), 'ipmplab clock advance 30s']);
    return file;
  }
  // `==> PATH <==` blocks put on the disk, a reboot, then what the export says to type.
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  const typed: string[] = [];
  for (const l of lines) {
    const m = /^==> (.+) <==$/.exec(l);
    if (m) files.set(m[1], (current = []));
    else if (l === '# Not in any file (typed after boot):') current = undefined;
    else if (!current && l.startsWith('#   ')) typed.push(l.slice(4));
    else if (current) current.push(l);
  }
  for (const [p, content] of files) {
    const io = memoryIO({});
    io.stdin = () => `${content.join('\n')}\n`;
    expect(labMain(['file', 'put', p, '-', '--state', file], io)).toBe(0);
  }
  const reboot = run(file, ['ipmplab', 'reboot']);
  expect(reboot.code).toBe(0);
  batch(file, [...typed, 'ipmplab clock advance 30s']);
  return file;
}

const CONFIGS: Record<string, { release?: string; lines: string[] }> = {
  'active-active with test addresses': {
    lines: [
      'ifconfig ipmp0 ipmp 192.168.10.10/24 up',
      'ifconfig net0 plumb 192.168.10.30/24 -failover group ipmp0 up',
      'ifconfig net1 plumb 192.168.10.32/24 -failover group ipmp0 up',
      'route -p add default 192.168.10.1',
    ],
  },
  'active-standby': {
    lines: [
      'ifconfig ipmp0 ipmp 10.0.0.10/24 up',
      'ifconfig net0 plumb group ipmp0 up',
      'ifconfig net1 plumb group ipmp0 standby up',
      'route add -net 10.9.0.0/16 10.0.0.254',
    ],
  },
  'logical interfaces, IPv6, persistent and non-persistent routes': {
    lines: [
      'ifconfig ipmp0 ipmp 192.168.10.10/24 up',
      'ifconfig ipmp0 addif 192.168.10.11/24 up',
      'ifconfig net0 plumb 192.168.10.30/24 -failover group ipmp0 up',
      'ifconfig net1 plumb 192.168.10.32/24 -failover group ipmp0 standby up',
      'ifconfig net2 plumb 172.16.0.5/16 broadcast 172.16.255.255 up',
      'ifconfig net2 addif 172.16.0.6/16 deprecated up',
      'ifconfig net2 inet6 plumb up',
      'ifconfig net2 inet6 addif 2001:db8::5/64 up',
      'ifconfig net3 plumb 10.20.0.1/24',
      'ifconfig net3 mtu 1400',
      'ifconfig net3 metric 2',
      'route -p add default 192.168.10.1',
      'route -p add -net 10.50.0.0/16 172.16.0.1',
      'route add -net 10.5.0.0/16 192.168.10.254 -reject',
      'route add -host 10.6.0.1 172.16.0.1',
      'route add -inet6 -net 2001:db8:1::/48 2001:db8::1',
      'if_mpadm -d net0',
    ],
  },
};

/** Hosts built in ipadm's dialect: every form, and ipadm's own views, round trip. */
const IPADM_CONFIGS: Record<string, { release: string; lines: string[] }> = {
  'illumos, active-active with test addresses, in ipadm': {
    release: 'illumos',
    lines: [
      'ipadm create-ipmp ipmp0', 'ipadm create-ip net0', 'ipadm create-ip net1', 'ipadm add-ipmp -i net0 -i net1 ipmp0',
      'ipadm create-addr -T static -a 192.168.10.30/24 net0/v4', 'ipadm create-addr -T static -a 192.168.10.32/24 net1/v4',
      'ipadm create-addr -T static -a 192.168.10.10/24 ipmp0/v4', 'ipadm create-addr -T static -a 192.168.10.11/24 ipmp0/v4a',
      'ipadm create-ip net2', 'ipadm create-addr -T addrconf net2/v6', 'ipadm create-addr -T static -a 2001:db8::5/64 net2/v6a',
      'route -p add default 192.168.10.1',
    ],
  },
  'Solaris 11.4, active-standby, in ipadm': {
    release: 'solaris11',
    lines: [
      'ipadm create-ipmp ipmp0', 'ipadm create-ip net0', 'ipadm create-ip net1', 'ipadm add-ipmp -i net0 -i net1 ipmp0',
      'ipadm set-ifprop -p standby=on -m ip net1', 'ipadm create-addr -T static -a 10.0.0.10/24 ipmp0/v4',
      'route -p add -net 10.9.0.0/16 10.0.0.254',
    ],
  },
};

describe('ipmplab export round trips (hosts built with ipadm)', () => {
  for (const [name, c] of Object.entries(IPADM_CONFIGS)) {
    it(`${name}: --as ipadm builds the same host`, () => {
      const source = built(c.lines, c.release);
      const copy = replayed(exported(source, 'ipadm'), 'ipadm', c.release);
      expect(views(copy)).toEqual(views(source));
      for (const argv of [['ipadm', 'show-addr'], ['ipadm', 'show-if'], ['ipadm']]) expect(run(copy, argv).out).toBe(run(source, argv).out);
    });
  }
});

describe('ipmplab export round trips', () => {
  for (const [name, c] of Object.entries(CONFIGS)) {
    for (const form of ['ifconfig', 'files']) {
      it(`${name}: --as ${form} builds the same host`, () => {
        const release = c.release ?? 'illumos';
        const source = built(c.lines, release);
        const copy = replayed(exported(source, form), form, release);
        expect(views(copy)).toEqual(views(source));
        if (form === 'ifconfig') {
          // The same host in the other dialect: the same groups, addresses and routes (ipadm
          // marks its interfaces NOLINKLOCAL and names the address objects its own way).
          const other = replayed(exported(source, 'ipadm'), 'ipadm', release);
          for (const argv of [['ipmpstat', '-g'], ['ipmpstat', '-a'], ['netstat', '-rn']]) expect(run(other, argv).out).toBe(run(source, argv).out);
        }
        if (form === 'files') {
          expect(run(copy, ['ipmplab', 'file', 'cat', '/etc/inet/static_routes']).out).toBe(run(source, ['ipmplab', 'file', 'cat', '/etc/inet/static_routes']).out);
        }
      });
    }
  }
});
