// The lab's shell in a real terminal: bin/ipmplab shell inside tmux, driven with send-keys and
// read with capture-pane: the prompt (host, manual clock), tab completion of a command, an
// interface name, a keyword and a group name, history recall, an interrupt that ends ping with its statistics,
// the history kept in its file, and exit with a status. Skipped where tmux is not installed.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempState, must, BIN, toolEnv, tmuxDriver, hasTmux as hasTmuxInstalled } from '@ipmplab/test-support';

const hasTmux = hasTmuxInstalled();
if (!hasTmux) console.warn('shell real-terminal test skipped: tmux is not installed');

const { tmux, keys, waitScreen } = tmuxDriver(`shell-test-${process.pid}`);
const t = tempState();
const histfile = path.join(t.dir, 'history');


beforeAll(() => {
  if (!hasTmux) return;
  must(t.file, 'ipmplab', ['clock', 'manual', '2030-01-01T00:00:00Z']);
  must(t.file, 'ipmplab', ['host', 'rename', 'host0', 'a']);
});

afterAll(() => {
  if (hasTmux) tmux('kill-server');
  t.cleanup();
});

describe.skipIf(!hasTmux)('ipmplab shell in a real terminal (tmux)', () => {
  it('prompts, completes, recalls, interrupts and exits', async () => {
    const S = 'main';
    const e = toolEnv(t.file, {});
    const vars = Object.entries({ PATH: e.PATH!, HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', IPMPLAB_STATE: t.file, IPMPLAB_HISTFILE: histfile, NO_COLOR: '1' })
      .map(([k, v]) => `${k}='${v}'`).join(' ');
    expect(tmux('new-session', '-d', '-s', S, '-x', '100', '-y', '30', `env -i ${vars} ${path.join(BIN, 'ipmplab')} shell; echo EXIT=$?; sleep 600`).status).toBe(0);
    await waitScreen(S, (s) => s.includes('[00:00:00] root@a:~#'), 'the prompt');

    // A command, an interface name and a keyword, each completed with Tab.
    keys(S, 'ifcon', 'Tab');
    await waitScreen(S, (s) => s.includes('root@a:~# ifconfig'), 'ifconfig completed');
    keys(S, 'net1', ' ', 'plu', 'Tab');
    await waitScreen(S, (s) => s.includes('ifconfig net1 plumb'), 'plumb completed');
    keys(S, '10.0.0.1/24 up', 'Enter');
    keys(S, 'ipmplab clock advance 2s', 'Enter');
    await waitScreen(S, (s) => s.includes('[00:00:02] root@a:~#'), 'the clock in the prompt');
    // A group name: the IPMP group made above is a word Tab knows.
    keys(S, 'ifconfig ipmp9 ipmp group acctg', 'Enter');
    keys(S, 'ifconfig net2 plumb group acc', 'Tab');
    await waitScreen(S, (s) => s.includes('ifconfig net2 plumb group acctg'), 'the group completed');
    keys(S, 'C-u');
    // Two candidates: Tab twice lists them.
    keys(S, 'ifconfig net1 u', 'Tab', 'Tab');
    await waitScreen(S, (s) => /unplumb\s+up\s+usesrc/.test(s), 'the candidates listed');
    keys(S, 'C-u');

    // History: Up brings back the ifconfig line.
    keys(S, 'ifconfig net1', 'Enter');
    await waitScreen(S, (s) => s.includes('inet 10.0.0.1 netmask ffffff00'), 'ifconfig net1');
    keys(S, 'Up');
    await waitScreen(S, (s) => s.trimEnd().endsWith('root@a:~# ifconfig net1'), 'the line recalled');
    keys(S, 'C-u');

    // An interrupt ends ping -s with its statistics, and the shell goes on (on the manual clock
    // the probes come as fast as the lab can answer them).
    keys(S, 'ping -s 10.0.0.1', 'Enter');
    await waitScreen(S, (s) => /icmp_seq=\d+\./.test(s), 'a reply');
    keys(S, 'C-c');
    await waitScreen(S, (s) => s.includes('----10.0.0.1 PING Statistics----'), 'the statistics');
    keys(S, 'exit 3', 'Enter');
    await waitScreen(S, (s) => s.includes('EXIT=3'), 'the exit status');
    expect(fs.readFileSync(histfile, 'utf8').split('\n')).toContain('ping -s 10.0.0.1');
  });

  it('shows the console lines of timers that fire while it waits, above the line being typed', async () => {
    const S = 'idle';
    const u = tempState();
    try {
      // The real clock: in.mpathd probes while the shell is idle.
      for (const args of [['mpathd', 'FAILURE_DETECTION_TIME=1000'], ['target', '10.0.0.254', 'up']]) must(u.file, 'ipmplab', args);
      for (const args of [['ipmp0', 'ipmp', '10.0.0.1/24', 'up'], ['net0', 'plumb', 'group', 'ipmp0', 'up'], ['net0', 'addif', '10.0.0.30/24', '-failover', 'up'],
        ['net1', 'plumb', 'group', 'ipmp0', 'up'], ['net1', 'addif', '10.0.0.31/24', '-failover', 'up']]) must(u.file, 'ifconfig', args);
      const e = toolEnv(u.file, {});
      const vars = Object.entries({ PATH: e.PATH!, HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', IPMPLAB_STATE: u.file, IPMPLAB_HISTFILE: histfile, NO_COLOR: '1' })
        .map(([k, v]) => `${k}='${v}'`).join(' ');
      expect(tmux('new-session', '-d', '-s', S, '-x', '120', '-y', '30', `env -i ${vars} ${path.join(BIN, 'ipmplab')} shell; echo EXIT=$?; sleep 600`).status).toBe(0);
      await waitScreen(S, (s) => s.includes('root@host0:~#'), 'the prompt');
      keys(S, 'ipmplab probe-loss net0 on', 'Enter');
      await waitScreen(S, (s) => s.includes('probes from net0 are lost'), 'probe-loss');
      keys(S, 'ipmpstat -g');
      const s = await waitScreen(S, (x) => x.includes('IP interface failure detected on net0 of group ipmp0'), 'the failure on the console', 20_000);
      // The console line came above the prompt, and the line being typed is still there.
      const lines = s.trimEnd().split('\n');
      expect(lines[lines.length - 1]).toBe('root@host0:~# ipmpstat -g');
      expect(lines[lines.length - 2]).toMatch(/ host0 in\.mpathd\[\d+\]: \[ID 0 daemon\.error\] IP interface failure detected on net0 of group ipmp0$/);
      // The shell ends (writing its history) before its directories are removed.
      keys(S, 'C-u', 'exit', 'Enter');
      await waitScreen(S, (x) => x.includes('EXIT=0'), 'the shell ended');
    } finally {
      u.cleanup();
    }
  });
});
