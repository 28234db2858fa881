// argv fuzz of dladm, in-process against a real state file: whatever the words, no stack trace,
// no internal error, exit 0 or 1, stderr made only of dladm's own lines or its usage, and a
// command that died (no warning, only a refusal) left the links and datalink.conf as they were.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { hostFiles, ioctl } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { prng, tempState, withDb, withKernel } from '@ipmplab/test-support';
import { dladmMain } from './main';
import { commandsOf } from './commands';
import { usageText } from './usage';

const VECTORS = 2000;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const SUBCOMMANDS = ['show-link', 'show-phys', 'show-linkprop', 'set-linkprop', 'reset-linkprop', 'rename-link', 'init-linkprop',
  'create-aggr', 'show-vnic', 'show-bridge', 'bogus', '', '-p'];
const OPTIONS = ['-p', '-P', '-o', '-s', '-S', '-i', '-m', '-H', '-L', '-z', '-Z', '-c', '-t', '-R', '-w', '-x', '--', '-',
  '--parsable', '--output=link', '--prop', '--temporary', '--persistent', '--zone', '--bogus', '-pPo', '-tp', '-op'];
const FIELDS = ['link', 'class', 'mtu', 'state', 'bridge', 'over', 'zone', 'media', 'speed', 'duplex', 'device', 'flags', 'loc',
  'slot', 'address', 'inuse', 'client', 'property', 'perm', 'value', 'default', 'possible', 'all', 'ALL', 'bogus', ''];
const PROPS = ['mtu', 'MTU', 'speed', 'duplex', 'state', 'mac-address', 'foo', '_priv', ''];
const VALUES = ['9000', '1500', '0', '9001', '1499', '0x2328', '-1', '4294967296', 'abc', '0:14:4f:1:2:3', '1:2:3:4:5:6', 'zz', '', ' 1600'];
const LINKS = ['net0', 'net1', 'net2', 'net3', 'net9', 'ext0', 'net01', 'lo0', 'ipmp0', 'global', 'a'.repeat(32), 'é0', '\u0000', ''];

function randomText(r: () => number): string {
  const alphabet = 'pPoscmtRz-=,:\\ é\t0123456789net%';
  const n = Math.floor(r() * 8);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, Array.from(alphabet));
  return s;
}

function word(r: () => number): string {
  const x = r();
  if (x < 0.3) return pick(r, OPTIONS);
  if (x < 0.45) return Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, FIELDS)).join(',');
  if (x < 0.65) {
    return Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
      const p = pick(r, PROPS);
      return r() < 0.7 ? `${p}=${pick(r, VALUES)}` : p;
    }).join(pick(r, [',', ',', '=']));
  }
  if (x < 0.9) return pick(r, LINKS);
  return randomText(r);
}

let file: string;
let cleanup: () => void;

beforeAll(() => {
  ({ file, cleanup } = tempState('dladm-fuzz'));
  withKernel(file, (k) => {
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    ioctl(k, 'PLUMB', { name: 'net1', af: 'inet6' });
  });
});
afterAll(() => cleanup());

/** What dladm may change: the links and the persistent configuration. */
function snapshot(): string {
  const links = withKernel(file, (k) => JSON.stringify(k.state.links));
  const conf = withDb(file, (db) => hostFiles(db, 1).read('/etc/dladm/datalink.conf') ?? '');
  return links + conf;
}

describe('argv fuzz', () => {
  it(`dladm: ${VECTORS} vectors`, () => {
    const usages = [usageText(commandsOf('illumos'))];
    const r = prng(0x0d1a);
    let ok = 0;
    for (let v = 0; v < VECTORS; v++) {
      const argv = [pick(r, SUBCOMMANDS), ...Array.from({ length: Math.floor(r() * 6) }, () => word(r))];
      const before = snapshot();
      const io = memoryIO(r() < 0.1 ? { IPMPLAB_PRIVILEGED: '0' } : {});
      const code = dladmMain([...argv, '--state', file], io);
      const out = io.out.join('');
      const err = io.err.join('');
      const where = JSON.stringify(argv);
      expect([0, 1], where).toContain(code);
      expect(err, where).not.toMatch(/internal error|\n\s+at |Error:|undefined|\[object|NaN/);
      expect(out, where).not.toMatch(/\n\s+at |undefined|NaN|\[object/);
      if (out) expect(out.endsWith('\n'), where).toBe(true);
      let rest = err;
      for (const u of usages) rest = rest.split(u).join('');
      for (const line of rest.split('\n').filter((l) => l !== '' && !l.startsWith('usage: ') && !/^\s/.test(l))) {
        expect(line.startsWith('dladm: '), `${where}: ${line}`).toBe(true);
      }
      if (code !== 0 && !err.includes('warning:')) expect(snapshot(), where).toBe(before);
      if (code === 0) ok++;
    }
    expect(ok).toBeGreaterThan(100);
    // The state is still one dladm can read.
    expect(dladmMain(['show-link', '--state', file], memoryIO({}))).toBe(0);
  });
});
