// ipmpstatMain and ifMpadmMain in-process against a real state file.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import { ioctl, IFF, mpathdStart, labHost } from '@ipmplab/core/testing';
import type { Kernel } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import { lines, runInProcess, setFlags, tempState, withKernel } from '@ipmplab/test-support';
import type { Main } from '@ipmplab/test-support';
import { ipmpstatMain } from './main';
import { ifMpadmMain } from './if-mpadm/main';
import { IPMPSTAT_USAGE } from './messages';
import { joinIpmp0 } from './test-kit';

let file: string;
let cleanup: () => void;
beforeEach(() => {
  ({ file, cleanup } = tempState('ipmpstat'));
});
afterEach(() => cleanup());

function tool(main: Main, argv: string[], env: NodeJS.ProcessEnv = {}) {
  return runInProcess(main, [...argv, '--state', file], memoryIO(env));
}
const ipmpstat = (...argv: string[]) => tool(ipmpstatMain, argv);
const ifMpadm = (...argv: string[]) => tool(ifMpadmMain, argv);

const kernel = <T>(fn: (k: Kernel) => T): T => withKernel(file, fn);

/** ipmp0 = net0 + net1 (standby), 10.0.0.1 and 10.0.0.2 on ipmp0, a manual clock. */
function rehearsal(): void {
  kernel((k) => {
    k.state.clock = { mode: 'manual', now: k.now };
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    mpathdStart(k);
    joinIpmp0(k, ['net0', 'net1'], ['net1']);
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'ipmp0', af: 'inet', addr: '255.255.255.0' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'ipmp0', af: 'inet', addr: '10.0.0.1' });
    setFlags(k, 'ipmp0', 'inet', IFF.UP);
    ioctl(k, 'SIOCLIFADDIF', { name: 'ipmp0:1', af: 'inet', addr: '10.0.0.2' });
    ioctl(k, 'SIOCSLIFNETMASK', { name: 'ipmp0:1', af: 'inet', addr: '255.255.255.0' });
    setFlags(k, 'ipmp0:1', 'inet', IFF.UP);
  });
  advance(5000);
}

function advance(ms: number): void {
  kernel((k) => {
    k.state.clock.now += ms;
    k.advance(k.state.clock.now);
    k.dirty = true;
  });
}

describe('ipmpstat', () => {
  it('usage and field errors never create the state file', () => {
    expect(ipmpstat()).toEqual({ code: 1, out: '', err: IPMPSTAT_USAGE });
    expect(ipmpstat('-g', '-o', 'nope')).toEqual({ code: 1, out: '', err: 'ipmpstat: no valid output fields\n' });
    expect(ipmpstat('-P', '-g')).toEqual({ code: 1, out: '', err: 'ipmpstat: output fields must be specified in parsable mode\n' });
    expect(ipmpstat('-g', '-o', '')).toEqual({ code: 1, out: '', err: 'ipmpstat: Not enough space\n' });
    expect(fs.existsSync(file)).toBe(false);
    const io = memoryIO();
    expect(ipmpstatMain(['-g', '--state'], io)).toBe(1);
    expect(io.err.join('')).toBe('ipmpstat: option --state requires a file name\n');
  });

  it('cannot contact in.mpathd on a fresh host; the field warning comes first', () => {
    expect(ipmpstat('-g')).toEqual({ code: 1, out: '', err: 'ipmpstat: cannot contact in.mpathd(1M) -- is IPMP in use?\n' });
    expect(ipmpstat('-o', 'foo,group', '-g').err).toBe(
      "ipmpstat: warning: ignoring unknown output field: `foo'\nipmpstat: cannot contact in.mpathd(1M) -- is IPMP in use?\n");
    expect(ipmpstat('-p')).toMatchObject({ code: 1, err: 'ipmpstat: cannot contact in.mpathd(1M) -- is IPMP in use?\n' });
  });

  it('on a Solaris 11 host, without in.mpathd: the snapshot or the group list fails (its main() does not ping)', () => {
    kernel((k) => { k.state.release = 'solaris11'; k.dirty = true; });
    expect(ipmpstat('-g')).toEqual({ code: 1, out: '', err: 'ipmpstat: cannot snapshot IPMP state: cannot contact in.mpathd,see in.mpathd(1M)\n' });
    expect(ipmpstat('-o', 'foo,mode', '-t').err).toBe(
      "ipmpstat: warning: ignoring unknown output field: `foo'\nipmpstat: cannot snapshot IPMP state: cannot contact in.mpathd,see in.mpathd(1M)\n");
    expect(ipmpstat('-p')).toMatchObject({ code: 1, err: 'ipmpstat: cannot get IPMP group list: cannot contact in.mpathd,see in.mpathd(1M)\n' });
  });

  it('prints in the host\'s release: Solaris 11\'s -t widths', () => {
    rehearsal();
    kernel((k) => { k.state.release = 'solaris11'; k.dirty = true; });
    expect(ipmpstat('-t').out).toBe(lines(
      'INTERFACE   MODE       TESTADDR            TARGETS',
      'net1        disabled   --                  --',
      'net0        disabled   --                  --',
    ));
  });

  it('shows the rehearsal in every mode', () => {
    rehearsal();
    expect(ipmpstat('-g')).toEqual({ code: 0, err: '', out: lines(
      'GROUP       GROUPNAME   STATE     FDT       INTERFACES',
      'ipmp0       ipmp0       ok        --        net0 (net1)',
    ) });
    expect(ipmpstat('-i').out).toBe(lines(
      'INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE',
      'net1        no      ipmp0       is-----   up        disabled  ok',
      'net0        yes     ipmp0       --mb---   up        disabled  ok',
    ));
    expect(ipmpstat('-an').out).toBe(lines(
      'ADDRESS                   STATE  GROUP       INBOUND     OUTBOUND',
      '10.0.0.2                  up     ipmp0       net0        net0',
      '10.0.0.1                  up     ipmp0       net0        net0',
    ));
    expect(ipmpstat('-t').out).toBe(lines(
      'INTERFACE   MODE      TESTADDR            TARGETS',
      'net1        disabled  --                  --',
      'net0        disabled  --                  --',
    ));
    expect(ipmpstat('-P', '-o', 'interface,active,flags', '-i')).toEqual({ code: 0, err: '', out: lines('net1:no:is-----', 'net0:yes:--mb---') });
    expect(ipmpstat('-o', 'foo,state', '-g')).toEqual({ code: 0, err: "ipmpstat: warning: ignoring unknown output field: `foo'\n", out: lines('STATE', 'ok') });
    expect(JSON.parse(ipmpstat('-g', '--json').out)).toEqual([{ group: 'ipmp0', groupname: 'ipmp0', state: 'ok', fdt: '', interfaces: 'net0 (net1)' }]);
  });

  it('-p: refused when nothing probes, then for an unprivileged user', () => {
    rehearsal();
    expect(ipmpstat('-p')).toEqual({ code: 1, out: '', err: 'ipmpstat: probe-based failure detection is disabled\n' });
    kernel((k) => {
      ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
      ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
      setFlags(k, 'net0:1', 'inet', IFF.NOFAILOVER | IFF.DEPRECATED | IFF.UP);
    });
    expect(tool(ipmpstatMain, ['-p'], { IPMPLAB_PRIVILEGED: '0' })).toEqual({ code: 1, out: '', err: 'ipmpstat: insufficient privileges for -p\n' });
  });

  it('-p prints probe results as the clock moves, relative to its start', () => {
    rehearsal();
    kernel((k) => {
      labHost(k, '10.0.0.254', true);
      ioctl(k, 'SIOCLIFADDIF', { name: 'net0:1', af: 'inet', addr: '10.0.0.30' });
      ioctl(k, 'SIOCSLIFNETMASK', { name: 'net0:1', af: 'inet', addr: '255.255.255.0' });
      setFlags(k, 'net0:1', 'inet', IFF.NOFAILOVER | IFF.DEPRECATED | IFF.UP);
    });
    advance(3000); // probes before ipmpstat starts are not shown
    const io = memoryIO();
    let polls = 0;
    const code = ipmpstatMain(['-p', '--state', file], io, {
      stop: () => polls >= 3,
      sleep: () => {
        polls++;
        advance(1500); // another process moves the manual clock
      },
    });
    expect(code).toBe(0);
    expect(io.err.join('')).toBe('');
    const out = io.out.join('').split('\n');
    expect(out[0]).toBe('TIME      INTERFACE   PROBE  NETRTT    RTT       RTTAVG    TARGET');
    expect(out.length).toBeGreaterThan(2);
    for (const l of out.slice(1, -1)) expect(l).toMatch(/^\d+\.\d\ds +net0 +\d+ +(\d+\.\d\dms +\d+\.\d\dms +\d+\.\d\dms|-- +-- +(--|\d+\.\d\dms)) +10\.0\.0\.254$/);
    const times = out.slice(1, -1).map((l) => Number(l.split('s')[0]));
    expect(times[0]).toBeGreaterThan(0);
    expect(times[times.length - 1]).toBeLessThanOrEqual(4.5);
    expect(out[out.length - 1]).toBe('');
  });
});

describe('if_mpadm', () => {
  it('offlines and undoes in one transaction each; errors on stderr, exit 1', () => {
    rehearsal();
    expect(ifMpadm('-d', 'net1')).toEqual({ code: 0, out: '', err: '' });
    expect(ipmpstat('-i').out).toBe(lines(
      'INTERFACE   ACTIVE  GROUP       FLAGS     LINK      PROBE     STATE',
      'net1        no      ipmp0       -s---d-   up        disabled  offline',
      'net0        yes     ipmp0       --mb---   up        disabled  ok',
    ));
    expect(ipmpstat('-g').out).toBe(lines(
      'GROUP       GROUPNAME   STATE     FDT       INTERFACES',
      'ipmp0       ipmp0       degraded  --        net0 [net1]',
    ));
    expect(ifMpadm('-d', 'net0')).toEqual({ code: 1, out: '', err: 'if_mpadm: fatal: cannot offline net0: no other functioning interfaces are in its IPMP group\n' });
    expect(ifMpadm('-r', 'net1')).toEqual({ code: 0, out: '', err: '' });
    expect(ifMpadm('-r', 'net1')).toEqual({ code: 1, out: '', err: 'if_mpadm: fatal: interface net1 is not offline\n' });
    expect(ipmpstat('-g').out).toContain('ok        --        net0 (net1)');
    expect(ifMpadm('-d', 'net1', '--json')).toEqual({ code: 0, err: '', out: '{"interface":"net1","action":"offline","exit":0}\n' });
  });

  it('usage errors never touch the state file', () => {
    expect(ifMpadm()).toEqual({ code: 1, out: '', err: 'Usage: if_mpadm [-d | -r] <interface>\n' });
    expect(fs.existsSync(file)).toBe(false);
  });
});
