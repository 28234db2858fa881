// rtmon as a real process (bin/rtmon) against a state file: started, read while it runs, made
// sure to be reading; and what the journal says it should have printed.
import type { ChildProcess } from 'node:child_process';
import { readJournal, delivers, openRtSocket, decodeMessage, RTAW_UNDER_IPMP, AF_INET, AF_INET6 } from '@ipmplab/core/testing';
import type { Db } from '@ipmplab/core/testing';
import { formatMonitorMessage } from '../../packages/route/src/index';
import { must, sleep, startTool, until } from '@ipmplab/test-support';

export class Rtmon {
  readonly proc: ChildProcess;
  out = '';
  err = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly state: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
    this.proc = startTool(state, 'rtmon', args, extra);
    this.proc.stdout!.setEncoding('utf8').on('data', (d: string) => (this.out += d));
    this.proc.stderr!.setEncoding('utf8').on('data', (d: string) => (this.err += d));
    this.exit = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** "got message of size" lines printed so far. */
  count(): number {
    return (this.out.match(/^got message of size /gm) ?? []).length;
  }

  lines(): string[] {
    return this.out.split('\n').filter(Boolean);
  }

  waitFor(cond: (r: Rtmon) => boolean, ms = 60_000, what = 'rtmon output'): Promise<void> {
    return until(() => cond(this), ms, `${what} (got ${this.count()} messages, stderr ${JSON.stringify(this.err)})`);
  }

  /**
   * Waits until the socket is open and reading: adds and deletes a probe route until rtmon prints
   * the echo, then forgets the output so far.
   */
  async ready(): Promise<void> {
    const end = Date.now() + 60_000;
    const probed = () => /RTM_DELETE: Delete Route: len 124[^\n]*\n[^\n]*\n[^\n]*\n 10\.254\.254\.0 /.test(this.out);
    while (!probed()) {
      if (Date.now() > end) throw new Error(`rtmon did not start: ${this.err}`);
      if (this.proc.exitCode !== null) throw new Error(`rtmon exited ${this.proc.exitCode}: ${this.err}`);
      must(this.state, 'route', ['-n', 'add', '10.254.254.0/24', '127.0.0.1']);
      must(this.state, 'route', ['-n', 'delete', '10.254.254.0/24', '127.0.0.1']);
      await sleep(50);
    }
    this.out = '';
  }

  /** Whether the echo of the delete of this probe route has been printed. */
  sawDelete(net: string): boolean {
    return new RegExp(`RTM_DELETE: Delete Route: len 124[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n ${net.replace(/\./g, '\\.')} `).test(this.out);
  }

  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.proc.kill(signal);
    return this.exit;
  }
}

/**
 * Several monitors on one state: each one's readiness probes are seen by the others, so after
 * all are reading, one last marker route goes through, every monitor waits for it, and only
 * then is the output forgotten (everything before the marker was a probe).
 */
export async function readyAll(...monitors: Rtmon[]): Promise<void> {
  for (const m of monitors) await m.ready();
  const state = monitors[0].state;
  must(state, 'route', ['-n', 'add', '10.254.253.0/24', '127.0.0.1']);
  must(state, 'route', ['-n', 'delete', '10.254.253.0/24', '127.0.0.1']);
  for (const m of monitors) await until(() => m.sawDelete('10.254.253.0'), 120_000, 'the marker route');
  for (const m of monitors) m.out = '';
}

export interface Expect {
  after: number;
  aware?: boolean;
  family?: 'inet' | 'inet6';
  numeric?: boolean;
}

/** What a routing socket with these options should have printed for the journal after `after`. */
export function expectedText(db: Db, o: Expect): { text: string; count: number; seqs: number[] } {
  const sock = openRtSocket(1, { aware: o.aware ? RTAW_UNDER_IPMP : 0, family: o.family === 'inet' ? AF_INET : o.family === 'inet6' ? AF_INET6 : 0 });
  const entries = readJournal(db, 1, o.after, 1_000_000).entries.filter((e) => delivers(sock, e));
  return {
    text: entries.map((e) => formatMonitorMessage(decodeMessage(e.bytes), e.bytes.length, { numeric: !!o.numeric })).join(''),
    count: entries.length,
    seqs: entries.map((e) => e.seq),
  };
}
