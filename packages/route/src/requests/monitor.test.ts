// route monitor as a real process (bin/route, built by `node scripts/build.mjs`): it streams
// every message other commands cause, with real sizes, filters by family, and exits 0 on
// SIGINT/SIGTERM. In-process: a gap in the journal is reported once as ENOBUFS.
import { describe, it, expect, afterEach } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { openState } from '@ipmplab/core/testing';
import { lines, runTool, sleep, startTool, tempState, until as waitUntil } from '@ipmplab/test-support';
import { lanLab } from '../test-kit';
import type { Lab } from '../test-kit';

function run(file: string, tool: string, ...args: string[]): { pid: number; status: number; out: string } {
  const r = runTool(file, tool, args);
  return { pid: r.pid, status: r.status, out: r.stdout + r.stderr };
}

interface Watched {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  reset: () => void;
  exited: Promise<number | null>;
}

function watch(child: ChildProcess): Watched {
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, reset: () => (out = ''), exited };
}

const until = (what: string, cond: () => boolean, ms = 15_000) => waitUntil(cond, ms, what);

const count = (text: string) => (text.match(/^got message of size/gm) ?? []).length;

// The blocks route monitor prints (reference routing-socket §3.5).
const rt = (type: string, len: number, pid: number, seq: number, errno: number, flags: string, inits: string, addrs: string, values: string) =>
  lines(`got message of size ${len}`, `${type}: len ${len}, pid: ${pid}, seq ${seq}, errno ${errno}, flags:${flags}`, `locks:  inits: ${inits}`, `sockaddrs: ${addrs}`, values);
const ifa = (type: string, len: number, flags: string, values: string) =>
  lines(`got message of size ${len}`, `${type}: len ${len}, metric 0, flags:${flags}`, 'sockaddrs: <NETMASK,IFP,IFA,BRD>', values);
const ifinfo = (index: number, flags: string, ifp: string) =>
  lines('got message of size 336', `RTM_IFINFO: iface status change: len 336, if# ${index}, flags:${flags}`, 'sockaddrs: <IFP>', ` ${ifp}`);

const NET1 = 'net1:2.8.20.4c.3a.11';
const NET2 = 'net2:2.8.20.4c.3a.12';
const LL2 = 'fe80::8:20ff:fe4c:3a12';
const V4_FLAGS = 'BROADCAST,RUNNING,MULTICAST,IPv4';

const net1Down = (index: number) =>
  ifinfo(index, `<${V4_FLAGS}>`, NET1) +
  rt('RTM_DELETE: Delete Route', 108, 0, 0, 0, '<DONE>', '', '<DST,NETMASK>', ' 10.50.0.1 255.255.255.0') +
  ifa('RTM_DELADDR: address being brought down on iface', 320, '', ` 255.255.255.0 ${NET1} 10.50.0.1 default`);

const net2Plumb = (index: number) =>
  ifa('RTM_CHGADDR: address being changed on iface', 368, '', ` ffc0:: ${NET2} ${LL2} default`) +
  ifinfo(index, '<RUNNING,MULTICAST,IPv6>', NET2) +
  rt('RTM_DELETE: Delete Route', 140, 0, 0, 0, '<DONE>', '', '<DST,NETMASK>', ` ${LL2} ffc0::`) +
  ifa('RTM_DELADDR: address being brought down on iface', 368, '', ` ffc0:: ${NET2} ${LL2} default`);

const net2Dad = (index: number) =>
  ifinfo(index, '<UP,RUNNING,MULTICAST,IPv6>', NET2) +
  ifa('RTM_NEWADDR: address being brought up on iface', 368, '<UP>', ` ffc0:: ${NET2} ${LL2} default`) +
  rt('RTM_ADD: Add Route', 140, 0, 0, 0, '<UP,DONE>', '', '<DST,NETMASK>', ` ${LL2} ffc0::`);

describe('route monitor (process)', () => {
  const children: ChildProcess[] = [];
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    children.length = 0;
    cleanup?.();
  });

  it('prints what route, ifconfig and the clock cause, exactly, and stops on SIGINT/SIGTERM with status 0', async () => {
    const state = tempState();
    cleanup = state.cleanup;
    const f = state.file;
    expect(run(f, 'ipmplab', 'clock', 'manual').status).toBe(0);
    expect(run(f, 'ifconfig', 'net0', 'plumb', '192.168.1.10/24', 'up').status).toBe(0);
    expect(run(f, 'ipmplab', 'clock', 'advance', '5s').status).toBe(0);

    const all = watch(startTool(f, 'route', ['monitor']));
    const v6 = watch(startTool(f, 'route', ['monitor', '-inet6']));
    children.push(all.child, v6.child);
    // Ready when both have seen a probe (an IPv6 RTM_GET reaches both sockets).
    await until('the monitors to start', () => {
      if (count(all.out()) > 0 && count(v6.out()) > 0) return true;
      run(f, 'route', 'get', '-inet6', '::1');
      return false;
    });
    await sleep(100);
    all.reset();
    v6.reset();

    const a = run(f, 'route', 'add', '10.0.0.0/8', '192.168.1.1');
    const b = run(f, 'route', 'add', '10.0.0.0/8', '192.168.1.1');
    expect([a.status, b.status]).toEqual([0, 17]);
    expect(run(f, 'ifconfig', 'net1', 'plumb', '10.50.0.1/24', 'up').status).toBe(0);
    expect(run(f, 'ipmplab', 'clock', 'advance', '5s').status).toBe(0);
    expect(run(f, 'ifconfig', 'net1', 'down').status).toBe(0);
    const g = run(f, 'route', '-n', 'get', '10.1.1.1');
    expect(g.status).toBe(0);
    expect(run(f, 'ifconfig', 'net2', 'inet6', 'plumb', 'up').status).toBe(0);
    expect(run(f, 'ipmplab', 'clock', 'advance', '5s').status).toBe(0);
    const d = run(f, 'route', 'delete', '10.0.0.0/8', '192.168.1.1');
    expect(d.status).toBe(0);

    const v6Expected = net2Plumb(4) + net2Dad(4);
    const allExpected =
      rt('RTM_ADD: Add Route', 124, a.pid, 1, 0, '<GATEWAY,DONE,STATIC>', '', '<DST,GATEWAY,NETMASK>', ' 10.0.0.0 192.168.1.1 255.0.0.0') +
      rt('RTM_ADD: Add Route', 124, b.pid, 1, 17, '<GATEWAY,STATIC>', '', '<DST,GATEWAY,NETMASK>', ' 10.0.0.0 192.168.1.1 255.0.0.0') +
      ifa('RTM_CHGADDR: address being changed on iface', 320, '', ` 255.255.255.0 ${NET1} 10.50.0.1 default`) +
      net1Down(3) +
      ifinfo(3, `<UP,${V4_FLAGS}>`, NET1) +
      ifa('RTM_NEWADDR: address being brought up on iface', 320, '<UP>', ` 255.255.255.0 ${NET1} 10.50.0.1 default`) +
      rt('RTM_ADD: Add Route', 108, 0, 0, 0, '<UP,DONE>', '', '<DST,NETMASK>', ' 10.50.0.1 255.255.255.0') +
      net1Down(3) +
      ifinfo(3, `<${V4_FLAGS}>`, NET1) +
      rt('RTM_GET: Report Metrics', 392, g.pid, 1, 0, '<UP,GATEWAY,DONE,STATIC>', '<rttvar,rtt,ssthresh,sendpipe,recvpipe,mtu>', '<DST,GATEWAY,NETMASK,IFP,IFA>',
        ' 10.0.0.0 192.168.1.1 255.0.0.0 net0:2.8.20.4c.3a.10 192.168.1.10') +
      v6Expected +
      rt('RTM_DELETE: Delete Route', 124, d.pid, 1, 0, '<GATEWAY,DONE,STATIC>', '', '<DST,GATEWAY,NETMASK>', ' 10.0.0.0 192.168.1.1 255.0.0.0');

    await until('every message', () => count(all.out()) >= count(allExpected) && count(v6.out()) >= count(v6Expected));
    await sleep(100);
    expect(all.out()).toBe(allExpected);
    expect(v6.out()).toBe(v6Expected);

    all.child.kill('SIGINT');
    v6.child.kill('SIGTERM');
    expect(await all.exited).toBe(0);
    expect(await v6.exited).toBe(0);
    expect(all.err() + v6.err()).toBe('');
  });

  it('fires due kernel timers itself (real clock): DAD completes while only the monitor runs', async () => {
    const state = tempState();
    cleanup = state.cleanup;
    const f = state.file;
    const mon = watch(startTool(f, 'route', ['-n', 'monitor', '-inet']));
    children.push(mon.child);
    await until('the monitor to start', () => {
      if (count(mon.out()) > 0) return true;
      run(f, 'route', 'get', '127.0.0.1');
      return false;
    });
    await sleep(100);
    mon.reset();
    expect(run(f, 'ifconfig', 'net1', 'plumb', '10.50.0.1/24', 'up').status).toBe(0);
    // No other command runs: the NEWADDR after DAD can only come from the monitor's own tick.
    await until('DAD to complete', () => mon.out().includes('RTM_NEWADDR'));
    await until('the RTM_ADD', () => count(mon.out()) >= 7);
    expect(mon.out().endsWith(rt('RTM_ADD: Add Route', 108, 0, 0, 0, '<UP,DONE>', '', '<DST,NETMASK>', ' 10.50.0.1 255.255.255.0'))).toBe(true);
    mon.child.kill('SIGTERM');
    expect(await mon.exited).toBe(0);
    expect(mon.err()).toBe('');
  });
});

describe('route monitor (in-process)', () => {
  let lab: Lab | undefined;
  afterEach(() => lab?.cleanup());

  it('reports a journal gap once as ENOBUFS and goes on', async () => {
    let exit: number | undefined;
    const ac = new AbortController();
    const out: string[] = [];
    const err: string[] = [];
    lab = lanLab();
    const { routeMain } = await import('../main');
    const { memoryIO } = await import('@ipmplab/userland');
    const io = memoryIO();
    io.stdout = (t) => out.push(t);
    io.stderr = (t) => err.push(t);
    expect(routeMain(['--state', lab.file, '-n', 'monitor'], io, { monitor: { signal: ac.signal, onExit: (c) => (exit = c) } })).toBe(0);
    lab.route('add', '10.0.0.0/8', '192.168.1.1');
    lab.route('add', '10.1.0.0/16', '192.168.1.1');
    // Lose the first echo, as an overflowing socket buffer would.
    const db = openState(lab.file);
    db.prepare('DELETE FROM journal WHERE seq = (SELECT MAX(seq) - 1 FROM journal)').run();
    db.close();
    await until('the second echo', () => out.join('').includes('10.1.0.0'));
    ac.abort();
    expect(exit).toBe(0);
    expect(err.join('')).toBe('route: read: No buffer space available\n');
    expect(out.join('')).toBe(rt('RTM_ADD: Add Route', 124, process.pid, 1, 0, '<GATEWAY,DONE,STATIC>', '', '<DST,GATEWAY,NETMASK>', ' 10.1.0.0 192.168.1.1 255.255.0.0'));
  });
});
