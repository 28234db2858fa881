// rtmon --plain as a real process next to the real tools: byte-exact route monitor output,
// names or -n, --json, --dump, --since, the filters, the lost line, the kernel clock, signals.
import { describe, it, expect, afterEach } from 'vitest';
import { decodeMessage, RTSQ, AF_INET, openState as openDb, lastSeq } from '@ipmplab/core/testing';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Rtmon, expectedText, readyAll } from './lib';
import { runTool as tool, must, tempState, appendEntries, sleep, BIN, toolEnv } from '@ipmplab/test-support';
import { rtEcho, emitted } from '../../packages/rtmon/src/test-kit';
import { takeDump } from '../../packages/rtmon/src/requests/source';
import { monitorText } from '../../packages/rtmon/src/printer/present';
import { openSession, memoryIO } from '../../packages/userland/src/index';

const RTM_ADD = 1;
let cleanups: (() => void | Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function lab() {
  const t = tempState();
  cleanups.push(() => t.cleanup());
  must(t.file, 'ipmplab', ['clock']); // boots the state (a command; readers never write)
  return t.file;
}

function rtmon(state: string, args: string[], extra: NodeJS.ProcessEnv = {}): Rtmon {
  const r = new Rtmon(state, args, extra);
  cleanups.push(() => {
    if (r.proc.exitCode === null && r.proc.signalCode === null) r.proc.kill('SIGKILL');
  });
  return r;
}

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

describe('rtmon --plain against the real tools', () => {
  it('prints exactly what illumos route monitor prints, and fires DAD completion itself', async () => {
    const state = lab();
    const r = rtmon(state, ['--plain', '-n']);
    await r.ready();
    must(state, 'ifconfig', ['net0', 'plumb', '192.168.1.10/24', 'up']);
    // Nothing else runs: rtmon advances the kernel clock, so DAD completes on time (550 ms).
    await r.waitFor((x) => x.count() === 7, 5000, 'DAD completion');
    const { pid } = must(state, 'route', ['add', '10.0.0.0/8', '192.168.1.1']);
    must(state, 'ifconfig', ['net0', 'down']);
    await r.waitFor((x) => x.count() === 12);
    expect(r.out).toBe(lines(
      'got message of size 320',
      'RTM_CHGADDR: address being changed on iface: len 320, metric 0, flags:',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default',
      'got message of size 336',
      'RTM_IFINFO: iface status change: len 336, if# 2, flags:<BROADCAST,RUNNING,MULTICAST,IPv4>',
      'sockaddrs: <IFP>',
      ' net0:2.8.20.4c.3a.10',
      'got message of size 108',
      'RTM_DELETE: Delete Route: len 108, pid: 0, seq 0, errno 0, flags:<DONE>',
      'locks:  inits: ',
      'sockaddrs: <DST,NETMASK>',
      ' 192.168.1.10 255.255.255.0',
      'got message of size 320',
      'RTM_DELADDR: address being brought down on iface: len 320, metric 0, flags:',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default',
      'got message of size 336',
      'RTM_IFINFO: iface status change: len 336, if# 2, flags:<UP,BROADCAST,RUNNING,MULTICAST,IPv4>',
      'sockaddrs: <IFP>',
      ' net0:2.8.20.4c.3a.10',
      'got message of size 320',
      'RTM_NEWADDR: address being brought up on iface: len 320, metric 0, flags:<UP>',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default',
      'got message of size 108',
      'RTM_ADD: Add Route: len 108, pid: 0, seq 0, errno 0, flags:<UP,DONE>',
      'locks:  inits: ',
      'sockaddrs: <DST,NETMASK>',
      ' 192.168.1.10 255.255.255.0',
      'got message of size 124',
      `RTM_ADD: Add Route: len 124, pid: ${pid}, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>`,
      'locks:  inits: ',
      'sockaddrs: <DST,GATEWAY,NETMASK>',
      ' 10.0.0.0 192.168.1.1 255.0.0.0',
      'got message of size 336',
      'RTM_IFINFO: iface status change: len 336, if# 2, flags:<BROADCAST,RUNNING,MULTICAST,IPv4>',
      'sockaddrs: <IFP>',
      ' net0:2.8.20.4c.3a.10',
      'got message of size 108',
      'RTM_DELETE: Delete Route: len 108, pid: 0, seq 0, errno 0, flags:<DONE>',
      'locks:  inits: ',
      'sockaddrs: <DST,NETMASK>',
      ' 192.168.1.10 255.255.255.0',
      'got message of size 320',
      'RTM_DELADDR: address being brought down on iface: len 320, metric 0, flags:',
      'sockaddrs: <NETMASK,IFP,IFA,BRD>',
      ' 255.255.255.0 net0:2.8.20.4c.3a.10 192.168.1.10 default',
      'got message of size 336',
      'RTM_IFINFO: iface status change: len 336, if# 2, flags:<BROADCAST,RUNNING,MULTICAST,IPv4>',
      'sockaddrs: <IFP>',
      ' net0:2.8.20.4c.3a.10',
    ));
    expect(await r.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(r.err).toBe('');
  });

  it('looks names up unless -n, like route monitor', async () => {
    const state = lab();
    const named = rtmon(state, ['--plain']);
    const numeric = rtmon(state, ['--plain', '-n']);
    await readyAll(named, numeric);
    const { pid } = must(state, 'route', ['add', '10.1.0.0/16', '127.0.0.1']);
    await named.waitFor((x) => x.count() === 1);
    await numeric.waitFor((x) => x.count() === 1);
    const text = (gw: string) => lines(
      'got message of size 124',
      `RTM_ADD: Add Route: len 124, pid: ${pid}, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>`,
      'locks:  inits: ',
      'sockaddrs: <DST,GATEWAY,NETMASK>',
      ` 10.1.0.0 ${gw} 255.255.0.0`,
    );
    expect(named.out).toBe(text('localhost'));
    expect(numeric.out).toBe(text('127.0.0.1'));
  });

  it('--json prints one decoded object per message, in journal order', async () => {
    const state = lab();
    // A frozen clock: no DAD completion may add messages while the test reads (on a loaded
    // machine a second can pass between the commands and the read).
    must(state, 'ipmplab', ['clock', 'manual']);
    const after = lastSeq(openDb(state), 1);
    must(state, 'ifconfig', ['net1', 'plumb', '10.1.0.5/16', 'up']);
    must(state, 'route', ['add', 'default', '10.1.0.1']);
    const r = rtmon(state, ['--json', '--since', String(after)]);
    const db = openDb(state);
    cleanups.push(() => void db.close());
    const exp = expectedText(db, { after });
    await r.waitFor((x) => x.lines().length >= exp.seqs.length);
    await sleep(50);
    const objs = r.lines().map((l) => JSON.parse(l));
    expect(objs.map((o) => o.seq)).toEqual(exp.seqs);
    expect(objs[0]).toMatchObject({ type: 'RTM_CHGADDR', size: 320, header: { struct: 'ifa_msghdr' }, addrs: ['NETMASK', 'IFP', 'IFA', 'BRD'] });
    const add = objs.find((o) => o.type === 'RTM_ADD' && o.header.pid !== 0);
    expect(add).toMatchObject({ size: 124, flags: ['GATEWAY', 'DONE', 'STATIC'], sockaddrs: { DST: { family: 'inet', addr: '0.0.0.0' }, GATEWAY: { addr: '10.1.0.1' } } });
    expect(Number.isNaN(Date.parse(objs[0].at))).toBe(false);
  });

  it('--dump prints the table and interfaces atomically, then goes live right after', async () => {
    const state = lab();
    must(state, 'ifconfig', ['net0', 'plumb', '192.168.1.10/24', 'up']);
    must(state, 'ipmplab', ['clock', 'manual']); // no timers firing between the dump and the comparison
    const session = openSession(state, memoryIO());
    cleanups.push(() => session.close());
    const expected = takeDump(session, { aware: false }).messages.map((m) => monitorText(m, { numeric: true })).join('');
    const r = rtmon(state, ['--plain', '-n', '--dump']);
    await r.waitFor((x) => x.out.length >= expected.length);
    const { pid } = must(state, 'route', ['add', '10.9.0.0/16', '192.168.1.1']);
    await r.waitFor((x) => x.out.length > expected.length && x.out.endsWith('255.255.0.0\n'));
    expect(r.out.slice(0, expected.length)).toBe(expected);
    expect(expected).toContain('RTM_GET: Report Metrics');
    expect(expected).toContain('RTM_IFINFO: iface status change');
    expect(r.out.slice(expected.length)).toBe(lines(
      'got message of size 124',
      `RTM_ADD: Add Route: len 124, pid: ${pid}, seq 1, errno 0, flags:<GATEWAY,DONE,STATIC>`,
      'locks:  inits: ',
      'sockaddrs: <DST,GATEWAY,NETMASK>',
      ' 10.9.0.0 192.168.1.1 255.255.0.0',
    ));
  });

  it('--since replays the journal; --type, --interface and -f filter', async () => {
    const state = lab();
    const db = openDb(state);
    cleanups.push(() => void db.close());
    const after = lastSeq(db, 1);
    must(state, 'ifconfig', ['net0', 'plumb', '192.168.1.10/24', 'up']);
    must(state, 'ifconfig', ['net1', 'plumb', '10.1.0.5/16', 'up']);
    must(state, 'ifconfig', ['net1', 'inet6', 'plumb', 'up']);
    await sleep(1100); // DAD for both families
    must(state, 'ipmplab', ['clock']); // a command commits the due DAD timers (a reader would not)
    const all = rtmon(state, ['--plain', '-n', '--since', String(after)]);
    const exp = expectedText(db, { after, numeric: true });
    await all.waitFor((x) => x.count() === exp.count);
    expect(all.out).toBe(exp.text);

    const types = rtmon(state, ['--plain', '-n', '--since', String(after), '--type', 'RTM_NEWADDR,RTM_IFINFO']);
    const net1 = rtmon(state, ['--plain', '-n', '--since', String(after), '--interface', 'net1']);
    const v6 = rtmon(state, ['--plain', '-n', '--since', String(after), '-f', 'inet6']);
    const pick = (text: string, keep: (block: string) => boolean) =>
      text.split(/(?=^got message of size )/m).filter(keep).join('');
    const wantTypes = pick(exp.text, (b) => /^(RTM_NEWADDR|RTM_IFINFO):/m.test(b));
    // net1's messages: those naming it in RTA_IFP and its kernel RTM_ADD/RTM_DELETE (by index 3).
    const wantNet1 = pick(exp.text, (b) => / net1:/.test(b) || (/^RTM_(ADD|DELETE): .*pid: 0,/m.test(b) && /^ (10\.1\.0\.5|fe80::8:20ff:fe4c:3a11) /m.test(b)));
    const wantV6 = expectedText(db, { after, numeric: true, family: 'inet6' }).text;
    await types.waitFor((x) => x.out.length >= wantTypes.length);
    await net1.waitFor((x) => x.out.length >= wantNet1.length);
    await v6.waitFor((x) => x.out.length >= wantV6.length);
    await sleep(100);
    expect(types.out).toBe(wantTypes);
    expect(net1.out).toBe(wantNet1);
    expect(v6.out).toBe(wantV6);
    expect(wantNet1).toMatch(/^RTM_ADD: Add Route: len 108, pid: 0, seq 0, errno 0, flags:<UP,DONE>\nlocks: {2}inits: \nsockaddrs: <DST,NETMASK>\n 10\.1\.0\.5 255\.255\.0\.0$/m);
    expect(wantNet1).not.toContain('net0');
    expect(wantV6).toContain('fe80::');
    expect(wantV6).not.toContain('192.168.1.10');
  });

  it('falling behind the bounded journal prints one lost line on stderr and goes on', async () => {
    const state = lab();
    const db = openDb(state);
    cleanups.push(() => void db.close());
    const r = rtmon(state, ['--plain', '-n']);
    await r.ready();
    const mk = (i: number) => emitted({ msg: rtEcho(RTM_ADD, `10.${i >> 8}.${i & 255}.0`, '127.0.0.1', '255.255.255.0'), rtsq: RTSQ.ALL, family: AF_INET });
    appendEntries(db, Array.from({ length: 500 }, (_, i) => mk(i)), 20);
    await r.waitFor((x) => x.count() === 20);
    appendEntries(db, [mk(999)]);
    await r.waitFor((x) => x.count() === 21);
    expect(r.err).toBe('rtmon: 480 messages lost\n');
    expect(r.out.split('\n')[4]).toBe(' 10.1.224.0 127.0.0.1 255.255.255.0'); // message 480, the first kept
    expect(await r.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('stops cleanly on SIGINT and SIGTERM, and quietly when its reader goes away', async () => {
    const state = lab();
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const r = rtmon(state, ['--plain']);
      await r.ready();
      expect(await r.stop(sig)).toEqual({ code: 0, signal: null });
      expect(r.err).toBe('');
    }
    const r = rtmon(state, ['--plain', '--since', '0']);
    await r.waitFor((x) => x.count() > 0);
    r.proc.stdout!.destroy();
    for (let i = 0; i < 5 && r.proc.exitCode === null; i++) {
      must(state, 'route', ['add', '10.200.0.0/16', '127.0.0.1']);
      must(state, 'route', ['delete', '10.200.0.0/16', '127.0.0.1']);
      await sleep(50);
    }
    expect(await r.exit).toEqual({ code: 141, signal: null });
    expect(r.err).toBe('');
  });

  it('still ends on SIGINT while its reader has stopped reading (the signal keeps its default action then)', async () => {
    const state = lab();
    const db = openDb(state);
    cleanups.push(() => void db.close());
    const mk = (i: number) => emitted({ msg: rtEcho(RTM_ADD, `10.${i >> 8}.${i & 255}.0`, '127.0.0.1', '255.255.255.0'), rtsq: RTSQ.ALL, family: AF_INET });
    appendEntries(db, Array.from({ length: 3000 }, (_, i) => mk(i))); // ~500 KB of text: more than a pipe holds
    // The hook says on fd 3 when rtmon's write waits for this reader (no guess of how long it takes).
    const hook = path.join(__dirname, 'stall-hook.cjs');
    const env = { ...toolEnv(state), NODE_OPTIONS: `--require ${hook}` };
    const proc = spawn(path.join(BIN, 'rtmon'), ['--plain', '--since', '0'], { env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const stalled = new Promise<void>((r) => proc.stdio[3]!.on('data', () => r()));
    cleanups.push(() => void (proc.exitCode === null && proc.signalCode === null && proc.kill('SIGKILL')));
    const exit = new Promise<{ code: number | null; signal: string | null }>((r) => proc.on('exit', (code, signal) => r({ code, signal })));
    let err = '';
    proc.stderr!.on('data', (d) => (err += d));
    proc.stdout!.pause(); // nobody reads: the pipe fills and rtmon waits in write
    await stalled;
    expect(proc.exitCode).toBeNull();
    proc.kill('SIGINT');
    expect(await exit).toEqual({ code: null, signal: 'SIGINT' });
    expect(err).toBe('');
  });

  it('refuses bad command lines with status 2 before opening anything', () => {
    const state = lab();
    const r = tool(state, 'rtmon', ['--plain', '-f', 'link']);
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: "rtmon: -f: link: expected inet or inet6\nTry 'rtmon --help' for usage.\n" });
    expect(tool(state, 'rtmon', ['--help']).stdout).toContain('--under-ipmp');
    void decodeMessage;
  });
});
