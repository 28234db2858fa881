// argv fuzz of ipmpstat and if_mpadm, in-process against a real state file: whatever the words,
// no stack trace, no internal error, an exit status from the documented set, and stderr made only
// of the tools' own lines.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { ioctl, IFF, mpathdStart, labHost } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { prng, setFlags, tempState, withKernel } from '@ipmplab/test-support';
import { ipmpstatMain } from './main';
import { ifMpadmMain } from './if-mpadm/main';
import { IPMPSTAT_USAGE, IF_MPADM_USAGE } from './messages';
import { joinIpmp0 } from './test-kit';

const VECTORS = 2500;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const FIELDS = ['address', 'state', 'group', 'inbound', 'outbound', 'groupname', 'fdt', 'interfaces', 'interface', 'active',
  'flags', 'link', 'probe', 'time', 'netrtt', 'rtt', 'rttavg', 'target', 'rttdev', 'mode', 'testaddr', 'targets', 'all', 'ALL',
  'Group', 'bogus', '', ':', '\\'];
const IFNAMES = ['net0', 'net1', 'net2', 'net3', 'net9', 'ipmp0', 'lo0', 'net0:1', 'net1:1', '', 'x', 'net', 'ipmp0:1',
  'a'.repeat(40), 'net0 ', '-d', 'é', '\u0000'];

function randomText(r: () => number): string {
  const alphabet = 'agiptnLPo-dr:,\\ é\t0123456789xyz%$`\'"';
  const n = Math.floor(r() * 8);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, Array.from(alphabet));
  return s;
}

function ipmpstatWord(r: () => number): string {
  const x = r();
  if (x < 0.35) return `-${Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, Array.from('agiptnLPoxq:-'))).join('')}`;
  if (x < 0.55) return pick(r, ['-o', '-P', '-n', '-g', '-a', '-i', '-t', '-p', '--', '-', '--json', '-L']);
  if (x < 0.8) return Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, FIELDS)).join(pick(r, [',', ',', ',,', ' ']));
  return randomText(r);
}

function mpadmWord(r: () => number): string {
  const x = r();
  if (x < 0.45) return pick(r, ['-d', '-r', '-d', '-r', '--', '-', '--json', '-x', '-dr', '-rd', '-dnet0', '-rnet1']);
  if (x < 0.85) return pick(r, IFNAMES);
  return randomText(r);
}

let file: string;
let cleanup: () => void;

beforeAll(() => {
  ({ file, cleanup } = tempState('ipmpstat-fuzz'));
  withKernel(file, (k) => {
    k.state.clock = { mode: 'manual', now: k.now };
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    mpathdStart(k);
    labHost(k, '10.0.0.254', true);
    joinIpmp0(k, ['net0', 'net1', 'net2'], ['net1']);
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'ipmp0', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
    setFlags(k, 'ipmp0', 'inet', IFF.UP);
    ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
    setFlags(k, 'net0:1', 'inet', IFF.NOFAILOVER | IFF.DEPRECATED | IFF.UP);
    ioctl(k, 'PLUMB', { name: 'net3', af: 'inet6' });
  });
});
afterAll(() => cleanup());

function check(tool: string, usage: string, code: number, out: string, err: string, argv: string[]): void {
  const where = JSON.stringify(argv);
  expect([0, 1], where).toContain(code);
  expect(err, where).not.toMatch(/internal error|\n\s+at |Error:|undefined|\[object/);
  expect(out, where).not.toMatch(/\n\s+at |undefined|NaN|\[object/);
  if (out) expect(out.endsWith('\n'), where).toBe(true);
  // stderr: the tool's own lines, or the usage text.
  const rest = err.split(usage).join('');
  for (const line of rest.split('\n').filter((l) => l !== '')) expect(line.startsWith(`${tool}: `), `${where}: ${line}`).toBe(true);
  if (code === 0) expect(err.includes(usage), where).toBe(false);
}

describe('argv fuzz', () => {
  it(`ipmpstat: ${VECTORS} vectors`, () => {
    const r = prng(0x1b4c);
    let ok = 0;
    for (let v = 0; v < VECTORS; v++) {
      const argv = Array.from({ length: Math.floor(r() * 6) }, () => ipmpstatWord(r));
      const io = memoryIO(r() < 0.1 ? { IPMPLAB_PRIVILEGED: '0' } : {});
      const code = ipmpstatMain([...argv, '--state', file], io, { stop: () => true, sleep: () => undefined });
      check('ipmpstat', IPMPSTAT_USAGE, code, io.out.join(''), io.err.join(''), argv);
      if (code === 0) ok++;
    }
    expect(ok).toBeGreaterThan(50);
  });

  it(`if_mpadm: ${VECTORS} vectors`, () => {
    const r = prng(0x2a55);
    let ok = 0;
    for (let v = 0; v < VECTORS; v++) {
      const argv = Array.from({ length: Math.floor(r() * 5) }, () => mpadmWord(r));
      const io = memoryIO(r() < 0.1 ? { IPMPLAB_PRIVILEGED: '0' } : {});
      const code = ifMpadmMain([...argv, '--state', file], io);
      check('if_mpadm', IF_MPADM_USAGE, code, io.out.join(''), io.err.join(''), argv);
      if (code === 0) ok++;
    }
    expect(ok).toBeGreaterThan(10);
    // The state is still one ipmpstat can read.
    const io = memoryIO();
    expect(ipmpstatMain(['-g', '--state', file], io)).toBe(0);
  });
});
