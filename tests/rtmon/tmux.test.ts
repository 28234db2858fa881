// The terminal view in a real terminal: bin/rtmon inside tmux (120x40), driven with send-keys
// and read with capture-pane. Skipped, with a message, where tmux is not installed.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempState, must, sleep, BIN, ROOT, toolEnv, tmuxDriver, hasTmux as hasTmuxInstalled } from '@ipmplab/test-support';

const hasTmux = hasTmuxInstalled();
if (!hasTmux) console.warn('rtmon real-terminal test skipped: tmux is not installed');

const { tmux, screen, keys, waitScreen } = tmuxDriver(`rtmon-test-${process.pid}`);
const t = tempState();

function start(session: string, env: Record<string, string>, args = ''): void {
  const e = toolEnv(t.file, {});
  const vars = Object.entries({ PATH: e.PATH!, HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color', IPMPLAB_STATE: t.file, ...env })
    .map(([k, v]) => `${k}='${v}'`).join(' ');
  const cmd = `env -i ${vars} ${path.join(BIN, 'rtmon')} ${args}; echo EXIT=$?; sleep 600`;
  const r = tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', cmd);
  if (r.status !== 0) throw new Error(`tmux: ${r.stderr}`);
}


const listLines = (s: string) => s.split('\n').slice(3).filter((l) => /^ {2,}(\d+|!!|dump|lab) \d\d:\d\d:\d\d\.\d{3} /.test(l));

beforeAll(() => {
  if (!hasTmux) return;
  if (!fs.existsSync(path.join(ROOT, 'dist', 'rtmon-tui.mjs')) || !fs.existsSync(path.join(ROOT, 'dist', 'rtmon.cjs'))) {
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  }
  must(t.file, 'ifconfig', ['-a']);
});

afterAll(() => {
  if (hasTmux) tmux('kill-server');
  t.cleanup();
});

describe.skipIf(!hasTmux)('rtmon in a real terminal (tmux)', () => {
  it('shows the live view and answers every key', async () => {
    const S = 'main';
    start(S, {});
    // The whole first frame: the header, the IPMP panel and the key line at the bottom (a
    // terminal can show the frame before its last rows are drawn).
    let s = await waitScreen(S, (x) => x.includes('RTAW_DEFAULT') && x.includes('no IPMP groups') && x.includes('q quit  u awareness'), 'the view');
    expect(s.split('\n')[0]).toBe(`rtmon ${t.file}  RTAW_DEFAULT  live`);
    expect(s).toContain('q quit  u awareness  p pause  f filter  c clear');

    // Messages arrive; DAD completes with nothing else running.
    must(t.file, 'ifconfig', ['net0', 'plumb', '192.168.1.10/24', 'up']);
    s = await waitScreen(S, (x) => /RTM_ADD 192\.168\.1\.10 255\.255\.255\.0 \| len 108, pid: 0/.test(x), 'DAD completion');
    expect(s.split('\n')[1]).toBe('ADD 1  DELETE 1  NEWADDR 1  DELADDR 1  IFINFO 2  CHGADDR 1  total 7');
    expect(listLines(s)).toHaveLength(7);

    // The IPMP panel follows the kernel.
    must(t.file, 'ifconfig', ['ipmp0', 'ipmp', '10.0.0.1/24', 'up']);
    must(t.file, 'ifconfig', ['net1', 'plumb', 'group', 'ipmp0', 'up']);
    s = await waitScreen(S, (x) => /│ ipmp0 {2}ipmp0/.test(x) && /│ {3}net1 +active/.test(x) && /│ {3}10\.0\.0\.1 ipmp0 {2}→ net1/.test(x), 'the IPMP panel');

    // u: RTAW_UNDER_IPMP shows net1's own messages; u again hides them.
    const net1Rows = (x: string) => listLines(x).filter((l) => l.includes(' net1:')).length;
    const before = net1Rows(s);
    keys(S, 'u');
    s = await waitScreen(S, (x) => x.split('\n')[0].includes('RTAW_UNDER_IPMP'), 'awareness on');
    expect(s).toContain('RT_AWARE set to RTAW_UNDER_IPMP: interfaces under IPMP are shown');
    must(t.file, 'ifconfig', ['net1', 'down']);
    must(t.file, 'ifconfig', ['net1', 'up']);
    s = await waitScreen(S, (x) => net1Rows(x) > before, 'net1 messages while aware');
    await sleep(300);
    s = screen(S);
    const aware = net1Rows(s);
    keys(S, 'u');
    s = await waitScreen(S, (x) => x.split('\n')[0].includes('RTAW_DEFAULT'), 'awareness off');
    must(t.file, 'ifconfig', ['net1', 'down']);
    must(t.file, 'route', ['add', '10.5.0.0/16', '127.0.0.1']);
    s = await waitScreen(S, (x) => x.includes('10.5.0.0 localhost'), 'the route echo');
    expect(net1Rows(s)).toBe(aware);

    // p: pause queues, resume shows everything in order.
    keys(S, 'p');
    await waitScreen(S, (x) => x.includes('PAUSED 0 queued'), 'pause');
    // The list column only: the IPMP panel beside it follows the kernel while the list is paused
    // (net1 went down just before: the data address's binding may still change).
    const listColumn = (x: string) => listLines(x).map((l) => l.split('│')[0]).join('\n');
    const shownBefore = listColumn(screen(S));
    must(t.file, 'route', ['add', '10.6.0.0/16', '127.0.0.1']);
    must(t.file, 'route', ['add', '10.7.0.0/16', '127.0.0.1']);
    s = await waitScreen(S, (x) => x.includes('PAUSED 2 queued'), 'queued messages');
    expect(listColumn(s)).toBe(shownBefore);
    keys(S, 'p');
    s = await waitScreen(S, (x) => x.includes('10.7.0.0 localhost') && !x.includes('PAUSED'), 'resume');
    const l = listLines(s);
    expect(l[l.length - 2]).toContain('10.6.0.0 localhost');
    expect(l[l.length - 1]).toContain('10.7.0.0 localhost');

    // f: filter to RTM_ADD only, then back to everything.
    keys(S, 'f');
    await waitScreen(S, (x) => x.includes('filter: '), 'filter editor');
    keys(S, '-l', 'type=RTM_ADD');
    keys(S, 'Enter');
    s = await waitScreen(S, (x) => x.includes('filter: type=RTM_ADD') && x.split('\n')[1].includes('filter: type=RTM_ADD'), 'filtered');
    expect(listLines(s).length).toBeGreaterThan(0);
    expect(listLines(s).every((x) => x.includes(' RTM_ADD '))).toBe(true);
    keys(S, 'f');
    await sleep(100);
    for (let i = 0; i < 20; i++) keys(S, 'BSpace');
    keys(S, 'Enter');
    s = await waitScreen(S, (x) => x.includes('filter: none (everything shown)'), 'unfiltered');
    expect(listLines(s).some((x) => x.includes(' RTM_IFINFO '))).toBe(true);

    // Enter expands the selected (newest) message; Escape goes back.
    keys(S, 'Up');
    keys(S, 'Enter');
    // Waited for down to its last row checked below: a capture can come before a frame's lower rows.
    s = await waitScreen(S, (x) => /^message \d+ {2}\d{4}-\d\d-\d\dT/.test(x.split('\n')[3]) && /^ 10\.6\.0\.0 localhost/.test(x.split('\n')[8]), 'expanded message');
    expect(s.split('\n')[4]).toMatch(/^got message of size 124 /);
    expect(s.split('\n')[5]).toMatch(/^RTM_ADD: Add Route: len 124, pid: \d+, seq 1, errno 0, flags:<GATEWAY,DONE,S.*…│/); // cut at the list's width
    expect(s.split('\n')[8]).toMatch(/^ 10\.6\.0\.0 localhost 255\.255\.0\.0/);
    keys(S, 'Escape');
    s = await waitScreen(S, (x) => listLines(x).length > 0, 'list again');

    // Resize: the panel moves below the list on a narrow terminal.
    tmux('resize-window', '-t', S, '-x', '80', '-y', '30');
    s = await waitScreen(S, (x) => x.split('\n').some((line, i, all) => line === 'IPMP groups' && all[i - 1] === '─'.repeat(80)), 'narrow layout');
    expect(s.split('\n').every((line) => line.length <= 80)).toBe(true);
    tmux('resize-window', '-t', S, '-x', '120', '-y', '40');
    await waitScreen(S, (x) => x.includes('│ IPMP groups'), 'wide layout');

    // Colour by type.
    expect(screen(S, true)).toMatch(/\u001B\[(3[0-8]|9[0-7])[m;]/);

    // A snapshot restored: one lab row, no routing message.
    must(t.file, 'ipmplab', ['snapshot', 'save', 'tui']);
    must(t.file, 'ipmplab', ['snapshot', 'restore', 'tui']);
    s = await waitScreen(S, (x) => listLines(x).some((line) => / {4}lab \d\d:\d\d:\d\d\.\d{3} rtmon: lab: snapshot tui restored/.test(line)), 'the lab row');

    // c clears; q quits with status 0 and gives the terminal back.
    keys(S, 'c');
    await waitScreen(S, (x) => x.split('\n')[1].startsWith('no messages yet  total 0'), 'cleared');
    keys(S, 'q');
    s = await waitScreen(S, (x) => x.includes('EXIT=0'), 'exit');
    expect(s).not.toContain('RTAW_DEFAULT');
  });

  it('honours NO_COLOR', async () => {
    const S = 'nocolour';
    start(S, { NO_COLOR: '1' });
    await waitScreen(S, (x) => x.includes('RTAW_DEFAULT'), 'the view');
    must(t.file, 'route', ['add', '10.8.0.0/16', '127.0.0.1']);
    await waitScreen(S, (x) => x.includes('10.8.0.0'), 'a message');
    expect(screen(S, true)).not.toMatch(/\u001B\[(3[0-8]|4[0-8]|9[0-7]|10[0-7])[m;]/);
    keys(S, 'C-c');
    await waitScreen(S, (x) => x.includes('EXIT=0'), 'exit on Ctrl-C');
  });

  it('stops on SIGTERM with status 0', async () => {
    const S = 'term';
    start(S, {}, '--under-ipmp');
    await waitScreen(S, (x) => x.includes('RTAW_UNDER_IPMP'), 'the view');
    const pid = tmux('display-message', '-p', '-t', S, '#{pane_pid}').stdout.trim();
    // The pane's shell runs rtmon as its one child: signal exactly that process.
    const child = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', pid], { encoding: 'utf8' }).stdout
      .split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f.slice(1).some((a) => a.endsWith('rtmon')));
    expect(child).toBeDefined();
    process.kill(Number(child![0]), 'SIGTERM');
    await waitScreen(S, (x) => x.includes('EXIT=0'), 'exit on SIGTERM');
  });
});
