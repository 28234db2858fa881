// argv fuzz: thousands of seeded random command lines through routeMain in-process. Whatever
// the words, route answers with its own texts and a documented exit status: never a stack trace,
// never the lab's "internal error".
import { describe, it, expect, afterAll } from 'vitest';
import { prng } from '@ipmplab/test-support';
import { lanLab } from './test-kit';
import type { Lab } from './test-kit';
import { KEYWORDS } from './keywords';
import { EXIT_STATUSES } from './messages';

const SUBCOMMANDS = ['add', 'delete', 'change', 'get', 'flush', 'monitor', 'show', 'bogus', ''];
const OPTIONS = ['-n', '-v', '-q', '-p', '-f', '-t', '-d', '-nv', '-pf', '-R', '/alt', '-z', 'global', 'zone1', '-x', '--', '-', '-Rroot', '-zglobal', 'inet', 'inet6'];
const ADDRESSES = [
  'default', '10.0.0.0/8', '10.1.2.3', '192.168.1.1', '192.168.1.10', '192.168.1.2', '127.0.0.1', '0.0.0.0', '255.255.255.255',
  '172.16.0.0', '10', '128.32', '0x0a.1', '010.1', '1.2.3.256', '10.0.0.0/33', '10/-1', '10/-2', '10/-33', '10/4294967295',
  '10.0.0.0/', '/8', '1.2.3.4/8x', 'localhost', 'loopback', 'arpanet', 'nohost', '2001:db8::/32', '2001:db8:1::1', '::1', 'fe80::1',
  '::', '::ffff:1.2.3.4', '2001:db8::/129', 'net0', 'lo0', 'net9', 'net0:1.2.3', '1.2', '0', '1', '-1', '99999999999', '',
  ' ', 'ä', 'x'.repeat(300), '255.0.0.0', '255.255.255.0', '0.255.0.255',
];

function word(rnd: () => number): string {
  const r = rnd();
  if (r < 0.3) return ADDRESSES[Math.floor(rnd() * ADDRESSES.length)];
  if (r < 0.6) {
    const k = KEYWORDS[Math.floor(rnd() * KEYWORDS.length)];
    return rnd() < 0.8 ? `-${k}` : k;
  }
  if (r < 0.7) return OPTIONS[Math.floor(rnd() * OPTIONS.length)];
  if (r < 0.8) return SUBCOMMANDS[Math.floor(rnd() * SUBCOMMANDS.length)];
  if (r < 0.9) return String(Math.floor(rnd() * 70000) - 100);
  const chars = 'abc-/.:019 xz%';
  return Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
}

const pick = <T>(rnd: () => number, a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const FLAGS = ['-reject', '-blackhole', '-static', '-nostatic', '-proto1', '-proto2', '-private', '-multirt', '-indirect', '-cloning', '-xresolve', '-interface', '-iface', '-host', '-net', '-inet', '-inet6', '-lock', '-lockrest'];
const WITH_ARG: [string, readonly string[]][] = [
  ['-mtu', ['1400', '0', '-1', 'x']], ['-hopcount', ['3', '70000']], ['-expire', ['9']], ['-rtt', ['20000']], ['-rttvar', ['3000']],
  ['-sendpipe', ['1']], ['-recvpipe', ['2']], ['-ssthresh', ['3']], ['-ifp', ['net0', 'lo0', 'net1', 'net9', '']],
  ['-ifa', ['192.168.1.10', '::1']], ['-setsrc', ['192.168.1.10', '127.0.0.1', '10.9.9.9']], ['-netmask', ['255.255.0.0', '255.0.255.0', 'default']],
  ['-gateway', ['192.168.1.1', '127.0.0.1']], ['-dst', ['10.7.0.0/16', 'default']],
];
const DESTS = ['default', '10.0.0.0/8', '10.1.2.3', '172.16.0.0', '192.168.1.0/24', '-net 10.1.0.0', '203.0.113.0/24', '-inet6 2001:db8:2::/48', '-inet6 2001:db8:3::1', '127.0.0.1', 'arpanet', '-host 10.4.4.4'];
const GATEWAYS = ['192.168.1.1', '192.168.1.2', '192.168.1.10', '127.0.0.1', '10.9.9.9', 'localhost', '2001:db8:1::1', 'fe80::1', '0.0.0.0'];

/** A command line that is mostly well formed, so it reaches the kernel and the route file. */
function plausible(rnd: () => number): string[] {
  const v: string[] = [];
  for (let i = Math.floor(rnd() * 3); i > 0; i--) v.push(pick(rnd, ['-n', '-v', '-q', '-p', '-f', '-d', '-pR /alt', '-f inet6']));
  const sub = pick(rnd, ['add', 'add', 'delete', 'change', 'get', 'get', 'flush', 'show']);
  v.push(sub);
  if (sub === 'flush' || sub === 'show') {
    if (rnd() < 0.3) v.push(pick(rnd, ['-inet', '-inet6', '-link']));
    return v.flatMap((w) => w.split(' '));
  }
  v.push(pick(rnd, DESTS));
  if (rnd() < 0.9) v.push(pick(rnd, GATEWAYS));
  for (let i = Math.floor(rnd() * 4); i > 0; i--) {
    if (rnd() < 0.5) v.push(pick(rnd, FLAGS));
    else {
      const [k, args] = pick(rnd, WITH_ARG);
      v.push(k, pick(rnd, args));
    }
  }
  if (rnd() < 0.15) v.push(pick(rnd, ['0', '1', '255.255.255.0']));
  return v.flatMap((w) => (w.includes(' ') && !w.trim().includes('x') ? w.split(' ') : [w]));
}

function vector(rnd: () => number): string[] {
  if (rnd() < 0.6) return plausible(rnd);
  const v: string[] = [];
  const nopts = Math.floor(rnd() * 3);
  for (let i = 0; i < nopts; i++) v.push(OPTIONS[Math.floor(rnd() * OPTIONS.length)]);
  if (rnd() < 0.9) v.push(SUBCOMMANDS[Math.floor(rnd() * SUBCOMMANDS.length)]);
  const n = Math.floor(rnd() * 9);
  for (let i = 0; i < n; i++) v.push(word(rnd));
  return v;
}

describe('route argv fuzz', () => {
  const labs: Lab[] = [];
  afterAll(() => labs.forEach((l) => l.cleanup()));

  for (const [name, env, seed, count] of [
    ['privileged', {}, 20240611, 1600],
    ['unprivileged', { IPMPLAB_PRIVILEGED: '0' }, 7, 600],
  ] as const) {
    it(`${count} vectors, ${name}`, () => {
      const lab = lanLab({ ...env }, { monitor: { polls: 1 } });
      labs.push(lab);
      const rnd = prng(seed);
      const seen = new Set<number>();
      for (let i = 0; i < count; i++) {
        const v = vector(rnd);
        let r: ReturnType<Lab['route']>;
        try {
          r = lab.route(...v);
        } catch (e) {
          throw new Error(`route ${JSON.stringify(v)} threw: ${(e as Error).stack}`);
        }
        const ctx = `route ${JSON.stringify(v)} -> ${r.code}\n${r.all}`;
        expect(r.all, ctx).not.toMatch(/internal error:|\n\s+at .*\(.*:\d+:\d+\)|TypeError|RangeError/);
        // route.c's own quit("Internal Error", EINVAL) is reachable only through -sa with -v.
        if (/Internal Error/.test(r.all)) {
          expect(r.all, ctx).toContain('route: Internal Error: Invalid argument\n');
          expect(r.code, ctx).toBe(22);
        }
        expect(EXIT_STATUSES.has(r.code), ctx).toBe(true);
        seen.add(r.code);
      }
      expect(seen.has(0) && seen.has(1)).toBe(true);
    });
  }
});
