// argv fuzz of ipadm, in-process against a real state file: whatever the words, no stack trace,
// no internal error, an exit status of 0 or 1, stderr made only of ipadm's own lines (and the
// usage text after "usage:"), and a command refused for its words (usage, option errors,
// unknown sub-command) leaves the kernel and the host's files as they were.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { hostFiles, ioctl, IFF, openState } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { prng, setFlags, tempState, withKernel } from '@ipmplab/test-support';
import { ipadmMain } from './main';

const VECTORS = 2500;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const SUBCOMMANDS = ['create-ip', 'create-if', 'delete-ip', 'delete-if', 'create-ipmp', 'delete-ipmp', 'add-ipmp',
  'remove-ipmp', 'disable-if', 'enable-if', 'show-if', 'set-ifprop', 'reset-ifprop', 'show-ifprop', 'create-addr',
  'down-addr', 'up-addr', 'disable-addr', 'enable-addr', 'refresh-addr', 'delete-addr', 'show-addr', 'set-addrprop',
  'reset-addrprop', 'show-addrprop', 'set-prop', 'reset-prop', 'show-prop', 'help', 'create-vni', 'bogus', ''];
const OPTIONS = ['-t', '-T', '-a', '-d', '-i', '-p', '-o', '-m', '-c', '-f', '-r', '-w', '-h', '-1', '-x', '--',
  '-', '--temporary', '--type', '--address', '--output', '--parsable', '--prop', '--module', '--force', '--interface',
  '--temp', '--t', '--bogus', '--down=yes', '--json', '-To', '-tT'];
const VALUES = ['static', 'addrconf', 'dhcp', 'vrrp', 'local=10.0.0.5/24', '10.0.0.6/24', '10.0.0.7', 'remote=10.0.0.9',
  'local=10.0.0.8,remote=10.0.0.9', '::1/128', 'fe80::1/10', '2001:db8::5/64', '10.0.0.300/24', '10.0.0.5/33',
  'mtu=1400', 'mtu=99999', 'mtu', 'metric=2', 'arp=off', 'forwarding=on', 'standby=on', 'exchange_routes=off',
  'prefixlen=16', 'deprecated=on', 'private=on', 'transmit=off', 'zone=global', 'hostmodel=strong', 'bogus=1',
  'ip', 'ipv4', 'ipv6', 'tcp', 'udp', 'icmp', 'foo', 'ifname,state', 'addrobj,addr', 'all', 'ADDR', 'bogus', '',
  'net0', 'net1', 'net2', 'net3', 'net9', 'ipmp0', 'ipmp1', 'lo0', 'net0:1', 'net0/v4', 'net0/test', 'net1/a',
  'ipmp0/v4', 'ipmp0/', 'net0/', 'lo0/v4', 'net0/_a', 'net0/?', '/v4', 'net0/1bad', `net0/${'a'.repeat(40)}`,
  'net0,net1', 'net1,net2,net9', 'forever', '5', 'é', '\u0007', 'a'.repeat(40)];

function randomText(r: () => number): string {
  const alphabet = 'adeipt-=/:,.0123456789 é\t%$`\'"';
  let s = '';
  for (let i = Math.floor(r() * 8); i > 0; i--) s += pick(r, Array.from(alphabet));
  return s;
}

function word(r: () => number): string {
  const x = r();
  if (x < 0.3) return pick(r, OPTIONS);
  if (x < 0.9) return pick(r, VALUES);
  return randomText(r);
}

let file: string;
let cleanup: () => void;

beforeAll(() => {
  ({ file, cleanup } = tempState('ipadm-fuzz'));
  withKernel(file, (k) => {
    k.state.clock = { mode: 'manual', now: k.now };
    for (const name of ['net0', 'net1']) {
      ioctl(k, 'PLUMB', { name, af: 'inet' });
    }
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '10.0.0.1' });
    setFlags(k, 'net0', 'inet', IFF.UP);
  });
});
afterAll(() => cleanup());

/** The kernel document and the host's files, as a comparable text. */
function fingerprint(): string {
  const kernel = withKernel(file, (k) => JSON.stringify({ ...k.state, log: undefined, clock: undefined }, (_, v) => (typeof v === 'bigint' ? v.toString(16) : v)));
  const db = openState(file);
  try {
    const files = hostFiles(db, 1);
    return kernel + JSON.stringify(files.list('/').map((p) => [p, files.read(p)]));
  } finally {
    db.close();
  }
}

const REFUSED = /^ipadm: (unknown subcommand|unrecognized option|option '-.' requires a value|usage:|Usage:|-p requires -o|invalid )/;

describe('argv fuzz', () => {
  it(`ipadm: ${VECTORS} vectors`, () => {
    const r = prng(0x1bad);
    const codes = new Map<number, number>();
    for (let v = 0; v < VECTORS; v++) {
      const argv = [pick(r, SUBCOMMANDS), ...Array.from({ length: Math.floor(r() * 6) }, () => word(r))];
      if (r() < 0.02) argv.shift();
      const before = v % 10 === 0 ? fingerprint() : undefined;
      const io = memoryIO(r() < 0.05 ? { IPMPLAB_PRIVILEGED: '0' } : {});
      const code = ipadmMain([...argv, '--state', file], io);
      const out = io.out.join('');
      const err = io.err.join('');
      const where = JSON.stringify(argv);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      expect([0, 1], where).toContain(code);
      expect(err, where).not.toMatch(/internal error|\n\s+at |Error:|undefined|NaN|\[object/);
      expect(out, where).not.toMatch(/\n\s+at |undefined|NaN|\[object/);
      expect(out + err, where).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      // stderr: ipadm's own lines, and usage text (its "usage:" line and the tab-indented c_usage lines).
      for (const line of err.split('\n').filter((l) => l !== '')) {
        expect(line.startsWith('ipadm: ') || line.startsWith('usage:') || line.startsWith('\t'), `${where}: ${line}`).toBe(true);
      }
      if (before !== undefined && code !== 0 && REFUSED.test(err)) expect(fingerprint(), where).toBe(before);
    }
    // Both outcomes are reached.
    expect(codes.get(0) ?? 0).toBeGreaterThan(50);
    expect(codes.get(1) ?? 0).toBeGreaterThan(50);
  });
});
