// Measurements for `pnpm bench` (scripts/bench.mjs runs them; figures are printed, never asserted):
//
//   measureLatency   change-to-print latency of rtmon: another process makes N changes (one
//                    transaction each, an RTM_ADD through the routing socket as route(8) writes
//                    it) and notes when each returned; rtmon --plain prints them; the latency of
//                    a change is from its return to the moment rtmon's line reached our pipe.
//   measureIpMonitor the same measure for Linux `ip monitor route` in a network namespace
//                    (`ip route add` per change); needs root and iproute2, else undefined.
//   measureRss       rtmon's resident set after N messages (default 100,000) went through it,
//                    plain or in the terminal view (tmux), read from /proc/PID/status.
//
// Every function takes the repository root (for bin/ and node_modules) and works on its own
// temporary state file. NODE_EXTRA_CA_CERTS is unset for the processes (toolchain.md P1).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { openState, transact, appendJournal, encodeMessage, RTM, RTF, RTSQ, AF_INET, ZERO_METRICS } from '@ipmplab/core/testing';

export interface LatencyResult {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  min: number;
  mean: number;
}

export interface BenchOptions {
  /** Repository root (holds bin/, dist/, node_modules/). Default: found from this file or the cwd. */
  root?: string;
  /** Number of changes (>= 1000 for the published figure). */
  changes?: number;
  /** Pause between changes, ms (random in [min, max]). */
  gapMs?: [number, number];
  /** rtmon's poll interval (--poll), ms. */
  pollMs?: number;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function findRoot(from = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml')) && fs.existsSync(path.join(dir, 'bin', 'rtmon'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the ipmplab repository root (give options.root)');
    dir = up;
  }
}

function benchEnv(root: string, state: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, IPMPLAB_STATE: state, NO_COLOR: '1', NODE_PATH: path.join(root, 'node_modules') };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.IPMPLAB_PRIVILEGED;
  delete env.CI;
  return env;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(latencies: number[]): LatencyResult {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1],
    min: s[0],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Bundles the writer (change-writer.ts) with esbuild into a temporary directory. */
async function buildWriter(root: string, dir: string): Promise<string> {
  const out = path.join(dir, 'change-writer.cjs');
  // Resolved from the repository (a dev dependency there), wherever this module was bundled to.
  const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'packages', 'rtmon', 'bench', 'change-writer.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" },
  });
  return out;
}

/** Collects complete lines from a stream with the time each chunk arrived. */
function lineTimes(stream: NodeJS.ReadableStream, onLine: (line: string, at: number) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const at = now();
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const l of parts) onLine(l, at);
  });
}

function stop(p: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill('SIGTERM');
  });
}

async function untilTrue(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Change-to-print latency of rtmon --plain, changes made by another process. */
export async function measureLatency(opts: BenchOptions = {}): Promise<LatencyResult> {
  const root = opts.root ?? findRoot();
  const n = opts.changes ?? 1000;
  const [gmin, gmax] = opts.gapMs ?? [2, 8];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rtmon-bench-'));
  const state = path.join(dir, 'state.db');
  const env = benchEnv(root, state);
  let rtmon: ChildProcess | undefined;
  try {
    spawnSync(path.join(root, 'bin', 'ifconfig'), ['-a'], { env, stdio: 'ignore' });
    const writer = await buildWriter(root, dir);
    const printed = new Map<number, number>();
    rtmon = spawn(path.join(root, 'bin', 'rtmon'), ['--plain', '-n', ...(opts.pollMs ? ['--poll', String(opts.pollMs)] : [])], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    // The change number is in the destination: 10.<i/256>.<i%256>.0.
    lineTimes(rtmon.stdout!, (line, at) => {
      const m = /^ 10\.(\d+)\.(\d+)\.0 127\.0\.0\.1 255\.255\.255\.0$/.exec(line);
      if (m) printed.set(Number(m[1]) * 256 + Number(m[2]), at);
    });
    // Warm-up: wait until rtmon is reading (its start-up is not part of the latency).
    const route = (verb: string) => spawnSync(path.join(root, 'bin', 'route'), ['-n', verb, '10.255.255.0/24', '127.0.0.1'], { env, stdio: 'ignore' }).status;
    const started = Date.now();
    while (!printed.has(255 * 256 + 255)) {
      if (Date.now() - started > 15_000) throw new Error('bench: timed out waiting for rtmon to start');
      if (route('add') !== 0) throw new Error('bench: route add failed');
      await sleep(100);
      if (!printed.has(255 * 256 + 255)) route('delete');
    }
    await sleep(100);
    printed.clear();
    const returned = new Map<number, number>();
    const w = spawn(process.execPath, [writer, state, String(n), String(gmin), String(gmax)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    lineTimes(w.stdout!, (line) => {
      const [i, t] = line.split(' ');
      if (t) returned.set(Number(i), Number(t));
    });
    const code = await new Promise<number | null>((r) => w.on('exit', (c) => r(c)));
    if (code !== 0) throw new Error(`bench: writer exited ${code}`);
    await untilTrue(() => printed.size >= n, 30_000, 'rtmon to print every change');
    const lat: number[] = [];
    for (let i = 0; i < n; i++) lat.push(printed.get(i)! - returned.get(i)!);
    return summarise(lat);
  } finally {
    if (rtmon) await stop(rtmon);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same measure for Linux: `ip monitor route` in a fresh network namespace, and one
 * `ip route add` process per change (its exit is "the command returned"). Undefined when
 * network namespaces cannot be made here (not root, no iproute2).
 */
export async function measureIpMonitor(opts: BenchOptions = {}): Promise<LatencyResult | undefined> {
  const n = opts.changes ?? 1000;
  const [gmin, gmax] = opts.gapMs ?? [2, 8];
  const ns = `rtmonbench${process.pid}`;
  if (spawnSync('ip', ['netns', 'add', ns]).status !== 0) return undefined;
  let mon: ChildProcess | undefined;
  try {
    if (spawnSync('ip', ['-n', ns, 'link', 'set', 'lo', 'up']).status !== 0) return undefined;
    const printed = new Map<number, number>();
    mon = spawn('ip', ['-n', ns, 'monitor', 'route'], { stdio: ['ignore', 'pipe', 'ignore'] });
    lineTimes(mon.stdout!, (line, at) => {
      const m = /^10\.(\d+)\.(\d+)\.0\/24 dev lo/.exec(line);
      if (m) printed.set(Number(m[1]) * 256 + Number(m[2]), at);
    });
    const add = (i: number) => spawnSync('ip', ['-n', ns, 'route', 'add', `10.${(i >> 8) & 255}.${i & 255}.0/24`, 'dev', 'lo'], { stdio: 'ignore' }).status;
    const probe = 255 * 256 + 255;
    const end = Date.now() + 10_000;
    add(probe);
    while (!printed.has(probe)) {
      if (Date.now() > end) return undefined;
      await sleep(5);
    }
    printed.clear();
    const returned = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (add(i) !== 0) throw new Error(`bench: ip route add ${i} failed`);
      returned.set(i, now());
      await sleep(gmin + Math.random() * (gmax - gmin));
    }
    await untilTrue(() => printed.size >= n, 30_000, 'ip monitor to print every change');
    return summarise(Array.from({ length: n }, (_, i) => printed.get(i)! - returned.get(i)!));
  } finally {
    if (mon) await stop(mon);
    spawnSync('ip', ['netns', 'del', ns]);
  }
}

export interface RssResult {
  mode: 'plain' | 'tui';
  messages: number;
  /** VmRSS after the last message was shown, MB. */
  rssMb: number;
  /** VmHWM (peak resident set), MB. */
  peakMb: number;
  seconds: number;
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** The node process running rtmon (bin/rtmon is a node script; in tmux, the pane's child). */
function rtmonPid(parent: number): number | undefined {
  const r = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(parent)], { encoding: 'utf8' });
  const row = r.stdout.split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f.slice(1).some((a) => a.endsWith('rtmon')));
  return row ? Number(row[0]) : undefined;
}

/** rtmon's memory after `messages` messages (default 100,000), plain or in the terminal view. */
export async function measureRss(opts: { root?: string; messages?: number; mode?: 'plain' | 'tui'; batch?: number; command?: string[] } = {}): Promise<RssResult | undefined> {
  const root = opts.root ?? findRoot();
  const total = opts.messages ?? 100_000;
  const mode = opts.mode ?? 'plain';
  const batch = opts.batch ?? 1000;
  if (mode === 'tui' && spawnSync('tmux', ['-V']).status !== 0) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rtmon-rss-'));
  const state = path.join(dir, 'state.db');
  const env = benchEnv(root, state);
  const db = openState(state);
  transact(db, () => undefined);
  const server = `rtmon-rss-${process.pid}`;
  let proc: ChildProcess | undefined;
  let seen = 0;
  try {
    let pid: number;
    if (mode === 'plain') {
      // `command` runs another rtmon build or node flags (experiments); default bin/rtmon.
      const [cmd, ...pre] = opts.command ?? [path.join(root, 'bin', 'rtmon')];
      proc = spawn(cmd, [...pre, '--plain', '-n'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      lineTimes(proc.stdout!, (line) => {
        if (line.startsWith('got message of size ')) seen++;
      });
      pid = proc.pid!;
    } else {
      const vars = Object.entries({ PATH: env.PATH ?? '', HOME: env.HOME ?? '/tmp', TERM: 'xterm-256color', IPMPLAB_STATE: state, NO_COLOR: '1' })
        .map(([k, v]) => `${k}='${v}'`).join(' ');
      spawnSync('tmux', ['-L', server, 'new-session', '-d', '-s', 'rss', '-x', '120', '-y', '40', `env -i ${vars} ${path.join(root, 'bin', 'rtmon')}; sleep 600`]);
      const pane = Number(spawnSync('tmux', ['-L', server, 'display-message', '-p', '-t', 'rss', '#{pane_pid}'], { encoding: 'utf8' }).stdout.trim());
      let found: number | undefined;
      await untilTrue(() => (found = rtmonPid(pane)) !== undefined, 10_000, 'rtmon in tmux');
      pid = found!;
      const screen = () => spawnSync('tmux', ['-L', server, 'capture-pane', '-p', '-t', 'rss'], { encoding: 'utf8' }).stdout;
      const total0 = () => Number(/total (\d+)/.exec(screen())?.[1] ?? 0);
      const poll = setInterval(() => (seen = total0()), 200);
      proc = { kill: () => true, exitCode: null, signalCode: null, once: () => undefined, stop: () => clearInterval(poll) } as unknown as ChildProcess;
      await untilTrue(() => /RTAW_DEFAULT/.test(screen()), 10_000, 'the terminal view');
    }
    await sleep(300);
    const t0 = Date.now();
    const msg = (i: number) => ({
      msg: {
        header: 'rt' as const, type: RTM.ADD, index: 0, flags: RTF.GATEWAY | RTF.STATIC | RTF.DONE, pid: 4242, seq: i, errno: 0, use: 0, inits: 0, metrics: { ...ZERO_METRICS },
        sockaddrs: { DST: { family: 'inet' as const, addr: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }, GATEWAY: { family: 'inet' as const, addr: '127.0.0.1' }, NETMASK: { family: 'inet' as const, addr: '255.255.255.255' } },
      },
      rtsq: RTSQ.ALL, family: AF_INET, origin: 0, at: Date.now(),
    });
    for (let sent = 0; sent < total; ) {
      const k = Math.min(batch, total - sent);
      const emitted = Array.from({ length: k }, (_, j) => {
        const e = msg(sent + j);
        return { ...e, bytes: encodeMessage(e.msg) };
      });
      db.exec('BEGIN IMMEDIATE');
      appendJournal(db, 1, emitted);
      db.exec('COMMIT');
      sent += k;
      // Keep well inside the journal bound so nothing is lost (this measures memory, not speed).
      await untilTrue(() => seen >= sent - 20 * batch, 120_000, 'rtmon to keep up');
    }
    await untilTrue(() => seen >= total, 120_000, 'rtmon to show every message');
    await sleep(mode === 'tui' ? 1000 : 200);
    return { mode, messages: total, rssMb: statusMb(pid, 'VmRSS'), peakMb: statusMb(pid, 'VmHWM'), seconds: (Date.now() - t0) / 1000 };
  } finally {
    if (mode === 'plain' && proc) await stop(proc);
    if (mode === 'tui') {
      (proc as unknown as { stop?: () => void })?.stop?.();
      spawnSync('tmux', ['-L', server, 'kill-server']);
    }
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number) => x.toFixed(2).padStart(8);

export function formatLatency(name: string, r: LatencyResult | undefined, rounds: LatencyResult[] = []): string {
  if (!r) return `${name.padEnd(34)} (not available here)`;
  const each = rounds.length > 1 ? `   ${rounds.map((x) => x.p99.toFixed(2)).join(', ')}` : '';
  return `${name.padEnd(34)} ${String(r.n).padStart(5)} ${fmt(r.p50)} ${fmt(r.p90)} ${fmt(r.p99)} ${fmt(r.max)}${each}`;
}

/** Rounds summed up: each figure the median of the rounds' (n, the changes of them all). */
export function medianOfRounds(rounds: LatencyResult[]): LatencyResult {
  const of = (k: keyof LatencyResult) => percentile(rounds.map((r) => r[k]).sort((a, b) => a - b), 50);
  return { n: rounds.reduce((a, r) => a + r.n, 0), p50: of('p50'), p90: of('p90'), p99: of('p99'), max: of('max'), min: of('min'), mean: of('mean') };
}

/** What runRtmonBench measured, for the goals `pnpm bench` sums up. */
export interface RtmonFigures {
  rt: LatencyResult;
  ip: LatencyResult | undefined;
  rss: RssResult | undefined;
  tui: RssResult | undefined;
}

/** Everything, as the lines `pnpm bench` prints, and the figures themselves. */
export async function runRtmonBench(opts: BenchOptions & { messages?: number; tui?: boolean; rounds?: number } = {}): Promise<{ lines: string[]; figures: RtmonFigures }> {
  // The two monitors take turns, a round each, and each figure is the median of a monitor's
  // rounds: a p99 is the tenth-slowest of a thousand changes, and a slow minute of the machine
  // (after the route loads before this section, its disk still writing) fell on whichever
  // monitor ran in it: rtmon then ip monitor, once each, measured p99 1.74-3.13 against
  // 0.97-1.77 ms in full runs, and 1.49-1.63 against 1.72-1.90 ms in runs of this section alone.
  const rtRounds: LatencyResult[] = [];
  const ipRounds: LatencyResult[] = [];
  for (let i = 0; i < Math.max(1, opts.rounds ?? 3); i++) {
    rtRounds.push(await measureLatency(opts));
    const r = await measureIpMonitor(opts);
    if (r) ipRounds.push(r);
  }
  const rt = medianOfRounds(rtRounds);
  const ip = ipRounds.length > 0 ? medianOfRounds(ipRounds) : undefined;
  const rss = await measureRss({ root: opts.root, messages: opts.messages });
  const tui = opts.tui === false ? undefined : await measureRss({ root: opts.root, messages: opts.messages, mode: 'tui' });
  const out = [
    '',
    `Change-to-print latency (ms; from the writer's command returning to the printed line; median of ${rtRounds.length} rounds, the monitors in turn; goal: p99 <= 2x ip monitor's, p50 <= 1 ms)`,
    `${'monitor'.padEnd(34)} ${'n'.padStart(5)} ${'p50'.padStart(8)} ${'p90'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}${rtRounds.length > 1 ? '   rounds p99' : ''}`,
    formatLatency('rtmon --plain', rt, rtRounds),
    formatLatency('ip monitor route (netns)', ip, ipRounds),
    ip ? `${'p99 ratio rtmon / ip monitor'.padEnd(34)} ${(rt.p99 / ip.p99).toFixed(2)}x` : `${'p99 ratio rtmon / ip monitor'.padEnd(34)} (no netns)`,
    '',
    'rtmon memory (goal: 66 MB plain, 92 MB terminal view, or less)',
  ];
  for (const r of [rss, tui]) {
    if (r) out.push(`${`rtmon ${r.mode === 'plain' ? '--plain' : '(terminal view)'} after ${r.messages} messages`.padEnd(44)} RSS ${r.rssMb.toFixed(1)} MB, peak ${r.peakMb.toFixed(1)} MB (${r.seconds.toFixed(1)} s)`);
  }
  return { lines: out, figures: { rt, ip, rss, tui } };
}
