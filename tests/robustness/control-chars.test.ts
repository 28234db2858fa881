// Hostile names and data reach no terminal raw. illumos accepts any bytes in an IPMP group name
// (ip_sioctl_groupname looks only at the length), files hold what their writer put in them, and
// every tool echoes words of its command line in its complaints: each tool shows control
// characters visibly (vis(): ^[ for ESC, ^G for BEL, \302\233 for the C1 CSI), keeping only
// the newlines and tabs of its own layout.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, tempState, toolEnv, rawControls } from '@ipmplab/test-support';

/** An OSC title change, a bell, a space, a tab and a C1 CSI: 17 bytes, a valid group name. */
const HOSTILE = 'evil\u001b]0;pwn\u0007 X\t\u009b';
const SHOWN = 'evil^[]0;pwn^G X^I\\302\\233';
/** A clear-screen sequence inside what would be an interface or datalink name. */
const CLEAR = 'a\u001b[2J0';

const tmp = tempState();
afterAll(() => tmp.cleanup());

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** Raw control characters on stdout / stderr (beyond newlines, and tabs where allowed). */
  rawOut: string[];
  rawErr: string[];
}

function run(tool: string, args: string[], opts: { tabs?: boolean; input?: string; state?: string } = {}): Run {
  const r = spawnSync(path.join(BIN, tool), args, { env: toolEnv(opts.state ?? tmp.file), input: opts.input });
  const allowed = opts.tabs ? '\n\t' : '\n';
  return {
    status: r.status ?? -1,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr.toString('utf8'),
    rawOut: rawControls(r.stdout, allowed),
    rawErr: rawControls(r.stderr, allowed),
  };
}

function ok(tool: string, args: string[]): Run {
  const r = run(tool, args, { tabs: true });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${r.status} ${r.stderr}`);
  return r;
}

beforeAll(() => {
  ok('ipmplab', ['init']);
  ok('ifconfig', ['net0', 'plumb', '10.0.0.1/24', 'up']);
  ok('ifconfig', ['net0', 'group', HOSTILE]);
  ok('ifconfig', ['net1', 'plumb']);
  ok('ifconfig', ['net1', 'group', 'a b']);
});

describe('ifconfig', () => {
  it('shows a hostile group name visibly on its groupname lines', () => {
    const r = run('ifconfig', ['-a'], { tabs: true });
    expect(r.rawOut).toEqual([]);
    expect(r.stdout).toContain(`\n\tgroupname ${SHOWN}\n`);
    expect(r.stdout).toContain('\n\tgroupname a b\n');
  });

  it('keeps the exact name in --json, with nothing raw', () => {
    const r = run('ifconfig', ['net0', '--json']);
    expect(r.rawOut).toEqual([]);
    expect(JSON.parse(r.stdout)[0].groupname).toBe(HOSTILE);
  });

  it('echoes a hostile interface name visibly in its complaint', () => {
    const r = run('ifconfig', [CLEAR, 'up']);
    expect(r.status).toBe(1);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toBe('ifconfig: setifflags: SIOCGLIFFLAGS: a^[[2J0: no such interface\n');
  });
});

describe('ipmpstat and if_mpadm', () => {
  it('shows the group name visibly in every mode, human and parsable', () => {
    for (const args of [['-g'], ['-i'], ['-a'], ['-t'], ['-o', 'all', '-g'], ['-P', '-o', 'GROUPNAME,STATE', '-g'], ['-P', '-o', 'GROUPNAME', '-g']]) {
      const r = run('ipmpstat', args);
      expect({ args, raw: r.rawOut, status: r.status }).toEqual({ args, raw: [], status: 0 });
    }
    expect(run('ipmpstat', ['-P', '-o', 'GROUPNAME', '-g']).stdout.split('\n')).toContain(SHOWN);
  });

  it('keeps the exact name in --json', () => {
    const r = run('ipmpstat', ['--json', '-g']);
    expect(r.rawOut).toEqual([]);
    expect(JSON.parse(r.stdout).map((g: { groupname: string }) => g.groupname)).toContain(HOSTILE);
  });

  it('echoes hostile field names and interface names visibly', () => {
    const r = run('ipmpstat', ['-o', `GROUP,${CLEAR}`, '-g']);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toBe("ipmpstat: warning: ignoring unknown output field: `a^[[2J0'\n");
    const m = run('if_mpadm', ['-d', CLEAR]);
    expect(m.rawErr).toEqual([]);
    expect(m.stderr).toMatch(/a\^\[\[2J0/);
    const j = run('if_mpadm', ['--json', '-d', CLEAR]);
    expect([j.rawOut, j.rawErr]).toEqual([[], []]);
  });
});

describe('netstat', () => {
  it('echoes a hostile argument visibly', () => {
    const r = run('netstat', ['-f', CLEAR]);
    expect(r.status).toBe(1);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toBe('a^[[2J0: unknown address family.\n');
  });
});

describe('route', () => {
  it('echoes hostile words visibly', () => {
    const r = run('route', ['add', CLEAR, '10.0.0.254']);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toContain('a^[[2J0');
  });

  it('shows the lines of the persistent route file visibly', () => {
    const put = run('ipmplab', ['file', 'put', '/etc/inet/static_routes', '-'], { input: '-net 10.9.0.0/16\u000b10.0.0.254\n-net 10.7.0.0/16 10.0.0.254\u001b\n' });
    expect(put.status).toBe(0);
    const r = run('route', ['-p', 'show']);
    expect([r.rawOut, r.rawErr]).toEqual([[], []]);
    expect(r.stdout).toContain('persistent: route add -net 10.9.0.0/16^K10.0.0.254\n');
    ok('ipmplab', ['file', 'rm', '/etc/inet/static_routes']);
  });
});

describe('rtmon', () => {
  it('echoes a hostile option value visibly', () => {
    const r = run('rtmon', ['--interface', CLEAR]);
    expect(r.status).toBe(2);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toContain('a^[[2J0');
  });

  it('shows interface names of a doctored recording visibly', () => {
    const rec = path.join(tmp.dir, 'doctored.jsonl');
    const live = run('rtmon', ['--plain', '--since', '0', '--count', '3', '--record', rec]);
    expect(live.status).toBe(0);
    // "net0" (6e 65 74 30) becomes ESC "[2J" in every sockaddr_dl name.
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replaceAll('6e657430', '1b5b324a'));
    const r = run('rtmon', ['--replay', rec, '--fast', '--plain']);
    expect(r.status).toBe(0);
    expect([r.rawOut, r.rawErr]).toEqual([[], []]);
    expect(r.stdout).toContain('^[[2J');
  });
});

describe('ipmplab', () => {
  it('echoes a bad datalink name visibly (init --links)', () => {
    const r = run('ipmplab', ['init', '--links', CLEAR.replace('0', 'b')], { state: path.join(tmp.dir, 'other.db') });
    expect(r.status).toBe(2);
    expect(r.rawErr).toEqual([]);
    expect(r.stderr.split('\n')[0]).toBe("ipmplab: a^[[2Jb: bad datalink name (a letter, then letters, digits, '_' or '.', ending in a number without leading zeros, at most 31 characters)");
  });

  it('echoes unknown names and words visibly', () => {
    for (const args of [['link', CLEAR, 'up'], ['probe-loss', CLEAR, 'on'], [CLEAR], ['clock', 'advance', CLEAR], ['file', 'cat', `/${CLEAR}`]]) {
      const r = run('ipmplab', args);
      expect({ args, raw: r.rawErr, ok: r.status !== 0 }).toEqual({ args, raw: [], ok: true });
    }
  });

  it('shows the group name visibly in the console log, and exactly in --json', () => {
    const r = run('ipmplab', ['log'], { tabs: true });
    expect(r.rawOut).toEqual([]);
    expect(r.stdout).toContain(`in group ${SHOWN.replace('^I', '\t')}`);
    const j = run('ipmplab', ['--json', 'log']);
    expect(j.rawOut).toEqual([]);
    expect(j.stdout).toContain('\\u001b]0;pwn\\u0007 X\\t\\u009b');
  });

  it('shows file names and contents visibly', () => {
    // A file the lab does not read is refused, its name shown visibly.
    const refused = run('ipmplab', ['file', 'put', `/etc/${CLEAR}`, 'x']);
    expect({ raw: refused.rawErr, status: refused.status }).toEqual({ raw: [], status: 1 });
    expect(refused.stderr).toContain('file /etc/a^[[2J0: not a file the lab reads');
    ok('ipmplab', ['file', 'put', '/etc/hostname.net9', `x\u001b[2Jy\tz`]);
    const ls = run('ipmplab', ['file', 'ls']);
    expect(ls.rawOut).toEqual([]);
    expect(ls.stdout).toContain('/etc/hostname.net9\n');
    const cat = run('ipmplab', ['file', 'cat', '/etc/hostname.net9'], { tabs: true });
    expect(cat.rawOut).toEqual([]);
    expect(cat.stdout).toBe('x^[[2Jy\tz\n');
    expect(JSON.parse(run('ipmplab', ['--json', 'file', 'cat', '/etc/hostname.net9']).stdout).content).toBe('x\u001b[2Jy\tz\n');
    ok('ipmplab', ['file', 'rm', '/etc/hostname.net9']);
  });

  it('shows a hostile state file name visibly in status and check', () => {
    const state = path.join(tmp.dir, `s${CLEAR}.db`);
    expect(run('ipmplab', ['init'], { state }).rawOut).toEqual([]);
    for (const args of [['status'], ['check'], ['--json', 'status']]) {
      const r = run('ipmplab', args, { state });
      expect({ args, out: r.rawOut, err: r.rawErr }).toEqual({ args, out: [], err: [] });
    }
  });

  it('answers raw ioctls in JSON with nothing raw', () => {
    const r = run('ipmplab', ['ioctl', 'SIOCGLIFGROUPNAME', '{"name":"net0","af":"inet"}']);
    expect(r.rawOut).toEqual([]);
    expect(JSON.parse(r.stdout).group).toBe(HOSTILE);
  });

  it('echoes a failing batch line visibly', () => {
    const r = run('ipmplab', ['batch', '-'], { input: `ifconfig ${CLEAR} up\n` });
    expect(r.rawErr).toEqual([]);
    expect(r.stderr).toContain('ipmplab: batch: line 1: exit status 1: ifconfig a^[[2J0 up\n');
  });

  it('echoes the persistent configuration it applies at reboot visibly', () => {
    const state = path.join(tmp.dir, 'reboot.db');
    ok('ipmplab', ['init', '--state', state]);
    // (A ';' would make the line a shell list, which the boot scripts' splitting refuses.)
    expect(run('ipmplab', ['file', 'put', '/etc/hostname.net0', '-'], { state, input: '10.0.0.5/24 up\ngroup ev\u001b[2Jil\u0007\u009b\n' }).status).toBe(0);
    const r = run('ipmplab', ['reboot'], { state });
    expect([r.rawOut, r.rawErr]).toEqual([[], []]);
    expect(r.stdout).toContain('+ ifconfig net0 inet group ev^[[2Jil^G\\302\\233\n');
  });
});
