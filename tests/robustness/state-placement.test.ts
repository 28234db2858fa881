// Where the state file is kept. The place ipmplab chooses by itself ($XDG_STATE_HOME/ipmplab)
// must be a directory of ours that no one else can write (unless sticky, with our file in it);
// the file and its companions (-wal, -shm, -journal, -holder) must be ours and no symbolic link; an empty
// file is never adopted. A file the user names (--state) may sit in a directory of their
// choosing and may be their own link to their own file, never a link to another user's file.
// Every refusal is one line naming the path, exit 1, and touches nothing: file, companions,
// directory and link targets keep device, inode, mode, owner, size, mtime and content.
// We run as root: the checks compare owners with the effective uid, so root refuses too.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ifconfigMain } from '../../packages/ifconfig/src/main';
import { BIN, tempState, toolEnv, spawnCollect } from '@ipmplab/test-support';
import { copyState, footprint, freezeClock, kernelOf } from './lib/state';
import { built, ifconfig, loadMain, outputProblems, runMain } from './lib/run';
import type { Main } from '@ipmplab/test-support';

const OTHER_UID = 4242;
const tmp = tempState();
afterAll(() => tmp.cleanup());
const labMain = (await loadMain('ipmplab')) as Main;
const netstatMain = (await loadMain('netstat')) as Main;

let good = '';
let serial = 0;
/** A fresh directory under the test's own. */
const fresh = (name: string) => {
  const d = path.join(tmp.dir, `${++serial}-${name}`);
  fs.mkdirSync(d, { mode: 0o700 });
  return d;
};

beforeAll(() => {
  good = path.join(tmp.dir, 'good.db');
  expect(ifconfig(good, ['net0', 'plumb', '192.168.7.1/24', 'up']).code).toBe(0);
  freezeClock(good);
});

/** The commands each refusal is tried with: reads and writes of several tools. */
const COMMANDS: [string, string[]][] = [
  ['ipmplab', ['init']],
  ['ifconfig', ['-a']],
  ['route', ['add', '172.16.9.0/24', '192.168.7.9']],
  ['netstat', ['-rn']],
];

/** The tools' environment with the state found through XDG_STATE_HOME (no --state, no IPMPLAB_STATE). */
function xdgEnv(base: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...toolEnv(''), XDG_STATE_HOME: base };
  delete env.IPMPLAB_STATE;
  return env;
}

interface Refusal {
  name: string;
  /** Sets the case up; returns the state path, extra paths that must stay untouched, and the words. */
  setup: () => { base?: string; file: string; others?: string[]; says: RegExp };
}

function expectRefused(what: string, r: { status: number; stdout: string; stderr: string }, tool: string, names: string, says: RegExp) {
  expect(outputProblems(r.stderr), `${what}: ${r.stderr}`).toEqual([]);
  expect(r.stderr, `${what}: one line`).toMatch(/^[^\n]+\n$/);
  expect(r.stderr.startsWith(`${tool}: `), `${what}: ${r.stderr}`).toBe(true);
  expect(r.stderr, what).toMatch(says);
  expect(r.stderr, `${what}: names the path`).toContain(names);
  expect(r.stdout, what).toBe('');
  expect(r.status, `${what}: ${r.stderr}`).toBe(1);
}

// ---------------------------------------------------------------- the place ipmplab chooses

/** A fresh $XDG_STATE_HOME whose ipmplab directory has `mode` and, unless told not to, our good state. */
function placed(name: string, mode = 0o700, withState = true): { base: string; dir: string; file: string } {
  const base = fresh(name);
  const dir = path.join(base, 'ipmplab');
  fs.mkdirSync(dir);
  fs.chmodSync(dir, mode);
  const file = path.join(dir, 'state.db');
  if (withState) copyState(good, file);
  return { base, dir, file };
}

const strictCases: Refusal[] = [
  {
    name: 'a state directory of another user',
    setup: () => {
      const { base, dir, file } = placed('dir-owner');
      fs.chownSync(dir, OTHER_UID, OTHER_UID);
      return { base, file, says: new RegExp(`${dir} belongs to another user \\(uid ${OTHER_UID}\\)`) };
    },
  },
  ...([0o770, 0o707, 0o777] as const).map((mode): Refusal => ({
    name: `a state directory of mode ${mode.toString(8)}`,
    setup: () => {
      const { base, dir, file } = placed(`dir-${mode.toString(8)}`, mode);
      return { base, file, says: new RegExp(`${dir} is writable by others than its owner \\(mode 0${mode.toString(8)}\\)`) };
    },
  })),
  {
    name: 'a sticky state directory writable by all, without a state file yet',
    setup: () => {
      const { base, file } = placed('dir-sticky-empty', 0o1777, false);
      return { base, file, says: /is writable by others than its owner \(mode 1777\)/ };
    },
  },
  {
    name: 'a state directory that is a symbolic link',
    setup: () => {
      const { base, dir, file } = placed('dir-link');
      const real = path.join(base, 'real');
      fs.renameSync(dir, real);
      fs.symlinkSync(real, dir);
      return { base, file: path.join(real, 'state.db'), others: [dir], says: /ipmplab is a symbolic link; refusing to keep a state file there/ };
    },
  },
  {
    // The way a file elsewhere (here an empty one of root's) was turned into a state file.
    name: 'state.db a symbolic link to an empty file elsewhere',
    setup: () => {
      const { base, file } = placed('file-link', 0o700, false);
      const elsewhere = path.join(fresh('elsewhere'), 'precious');
      fs.writeFileSync(elsewhere, '', { mode: 0o644 });
      fs.symlinkSync(elsewhere, file);
      return { base, file, others: [elsewhere, path.dirname(elsewhere)], says: /state\.db is a symbolic link; refusing to follow it/ };
    },
  },
  {
    name: 'an empty state.db',
    setup: () => {
      const { base, file } = placed('empty', 0o700, false);
      fs.writeFileSync(file, '', { mode: 0o600 });
      return { base, file, says: /state\.db is not an ipmplab state file/ };
    },
  },
  ...([
    ['-wal', 'of another user, mode 0666', (p: string) => {
      fs.writeFileSync(p, '');
      fs.chmodSync(p, 0o666);
      fs.chownSync(p, OTHER_UID, OTHER_UID);
    }, new RegExp(`state\\.db-wal belongs to another user \\(uid ${OTHER_UID}\\)`)],
    ['-shm', 'that is a symbolic link', (p: string) => fs.symlinkSync('/dev/null', p), /state\.db-shm is a symbolic link/],
    ['-journal', 'that is a directory', (p: string) => fs.mkdirSync(p), /state\.db-journal is not a regular file/],
    // The lock holder's record is written by every writer: another user's must not be.
    ['-holder', 'of another user, mode 0666', (p: string) => {
      fs.writeFileSync(p, '-');
      fs.chmodSync(p, 0o666);
      fs.chownSync(p, OTHER_UID, OTHER_UID);
    }, new RegExp(`state\\.db-holder belongs to another user \\(uid ${OTHER_UID}\\)`)],
  ] as const).map(([suffix, how, make, says]): Refusal => ({
    name: `a ${suffix} ${how}`,
    setup: () => {
      const { base, file } = placed(`companion${suffix}`);
      make(`${file}${suffix}`);
      return { base, file, says };
    },
  })),
];

describe('the state directory ipmplab chooses ($XDG_STATE_HOME/ipmplab)', () => {
  it('is refused when not ours alone, and so is a link or an empty file there; nothing is touched', async () => {
    expect(COMMANDS.every(([tool]) => built(tool)), 'the tools are built').toBe(true);
    let runs = 0;
    for (const c of strictCases) {
      const { base, file, others = [], says } = c.setup();
      const watched = [...others, base!];
      for (const [tool, argv] of COMMANDS) {
        const before = footprint(file, watched);
        const r = await spawnCollect(path.join(BIN, tool), argv, { env: xdgEnv(base!) });
        const what = `${tool} ${argv.join(' ')} with ${c.name}`;
        expectRefused(what, { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, tool, base!, says);
        expect(footprint(file, watched), `${what}: nothing touched`).toEqual(before);
        runs++;
      }
    }
    expect(runs).toBe(strictCases.length * COMMANDS.length);
  });

  it('is made 0700 with a 0600 file and nothing else in it; a sticky directory of ours with our file is used', async () => {
    const base = fresh('new');
    const r = await spawnCollect(path.join(BIN, 'ipmplab'), ['init'], { env: xdgEnv(base) });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const dir = path.join(base, 'ipmplab');
    expect(fs.statSync(dir).mode & 0o7777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'state.db')).mode & 0o7777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['state.db']);

    const sticky = placed('sticky', 0o1777);
    const s = await spawnCollect(path.join(BIN, 'ifconfig'), ['net0'], { env: xdgEnv(sticky.base) });
    expect(s.stderr).toBe('');
    expect(s.stdout).toMatch(/^net0: flags=/);
  });
});

// ---------------------------------------------------------------- a file the user names

const MAINS: [string, Main, string[]][] = [
  ['ipmplab', labMain, ['init']],
  ['ifconfig', ifconfigMain, ['-a']],
  ['ifconfig', ifconfigMain, ['net0', 'mtu', '1400']],
  ['netstat', netstatMain, ['-rn']],
];

const chosenCases: Refusal[] = [
  {
    name: 'a link to a state file of another user',
    setup: () => {
      const theirs = path.join(fresh('theirs'), 'state.db');
      copyState(good, theirs);
      fs.chownSync(theirs, OTHER_UID, OTHER_UID);
      const file = path.join(fresh('link-to-theirs'), 'lab.db');
      fs.symlinkSync(theirs, file);
      return { file, others: [theirs, `${theirs}-wal`, path.dirname(theirs)], says: new RegExp(`is a symbolic link to a file of another user \\(uid ${OTHER_UID}\\)`) };
    },
  },
  {
    name: 'a link of another user to a state file of ours',
    setup: () => {
      const mine = path.join(fresh('mine'), 'state.db');
      copyState(good, mine);
      const file = path.join(fresh('their-link'), 'lab.db');
      fs.symlinkSync(mine, file);
      fs.lchownSync(file, OTHER_UID, OTHER_UID);
      return { file, others: [mine, `${mine}-wal`, path.dirname(mine)], says: new RegExp(`lab\\.db belongs to another user \\(uid ${OTHER_UID}\\)`) };
    },
  },
  {
    name: 'a dangling link',
    setup: () => {
      const file = path.join(fresh('dangling'), 'lab.db');
      fs.symlinkSync(path.join(tmp.dir, 'nothing-here'), file);
      return { file, others: [path.join(tmp.dir, 'nothing-here')], says: /lab\.db is a symbolic link; refusing to follow it/ };
    },
  },
  {
    name: 'an empty file',
    setup: () => {
      const file = path.join(fresh('empty-chosen'), 'lab.db');
      fs.writeFileSync(file, '', { mode: 0o600 });
      return { file, says: /lab\.db is not an ipmplab state file/ };
    },
  },
  {
    name: 'a -wal of another user, mode 0666',
    setup: () => {
      const file = path.join(fresh('wal-chosen'), 'lab.db');
      copyState(good, file);
      fs.writeFileSync(`${file}-wal`, '');
      fs.chmodSync(`${file}-wal`, 0o666);
      fs.chownSync(`${file}-wal`, OTHER_UID, OTHER_UID);
      return { file, says: new RegExp(`lab\\.db-wal belongs to another user \\(uid ${OTHER_UID}\\)`) };
    },
  },
];

describe('a state file named with --state', () => {
  it('is never a link to another user\'s file, nor empty, nor beside foreign companions; nothing is touched', async () => {
    let runs = 0;
    for (const c of chosenCases) {
      const { file, others = [], says } = c.setup();
      for (const [tool, main, argv] of MAINS) {
        const before = footprint(file, others);
        const r = runMain(main, file, argv);
        expectRefused(`in-process ${tool} ${argv.join(' ')} on ${c.name}`, { status: r.code, stdout: r.out, stderr: r.err }, tool, file, says);
        expect(footprint(file, others), `${tool} on ${c.name}: nothing touched`).toEqual(before);
        runs++;
      }
      const before = footprint(file, others);
      const p = await spawnCollect(path.join(BIN, 'route'), ['--state', file, 'add', '172.16.9.0/24', '192.168.7.9'], { env: toolEnv(file) });
      expectRefused(`route add on ${c.name}`, { status: p.status ?? -1, stdout: p.stdout, stderr: p.stderr }, 'route', file, says);
      expect(footprint(file, others), `route add on ${c.name}: nothing touched`).toEqual(before);
      runs++;
    }
    expect(runs).toBe(chosenCases.length * (MAINS.length + 1));
  });

  it('may be a link of ours to a file of ours (its companions go beside the file), in a directory others can write', () => {
    const real = path.join(fresh('real'), 'state.db');
    copyState(good, real);
    const shared = fresh('shared');
    fs.chmodSync(shared, 0o777);
    const link = path.join(shared, 'lab.db');
    fs.symlinkSync(real, link);
    const r = ifconfig(link, ['net0', 'mtu', '1400']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(kernelOf(real)!.phyints.net0.ills.inet!.mtu).toBe(1400);
    expect(fs.readdirSync(shared)).toEqual(['lab.db']);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('a refusal line', () => {
  it('shows control characters of the path visibly (syslogd\'s notation), so the line stays one line', async () => {
    const dir = fresh('controls');
    const file = path.join(dir, 'lab\n\u001b[2J.db');
    fs.writeFileSync(file, '', { mode: 0o600 });
    const shown = `${dir}/lab\\n^[[2J.db is not an ipmplab state file`;
    const r = runMain(ifconfigMain, file, ['-a']);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 1, out: '', err: `ifconfig: ${shown}\n` });
    const p = await spawnCollect(path.join(BIN, 'netstat'), ['--state', file, '-rn'], { env: toolEnv(file) });
    expect({ status: p.status, stdout: p.stdout, stderr: p.stderr }).toEqual({ status: 1, stdout: '', stderr: `netstat: ${shown}\n` });
  });
});
