// The launcher (scripts/launch.cjs, copied into each bin/ script by the build) starts a bundle
// with V8's code cache. The cache is only an optimisation: whatever is found where it lives
// (nothing, a cache of another build, bytes that are not one, a directory that cannot be
// written), the tool prints exactly what it prints without it, and a cache V8 refused is written
// anew. Run on copies of bin/ifconfig and the ifconfig bundle, so the real cache is never touched.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, must, tempState, toolEnv } from '@ipmplab/test-support';
import { NODE_FLAG } from '../../scripts/bin-scripts.mjs';

const state = tempState('ipmplab-launcher');
const dist = path.join(state.dir, 'dist');
const cacheDir = path.join(dist, '.v8-cache');
afterAll(() => state.cleanup());

beforeAll(() => {
  fs.mkdirSync(dist);
  fs.copyFileSync(path.join(ROOT, 'dist', 'ifconfig.cjs'), path.join(dist, 'ifconfig.cjs'));
  // The bundle finds SQLite's addon in node_modules beside dist/.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(state.dir, 'node_modules'));
  // The script the build wrote, which finds the bundle in ../dist.
  fs.mkdirSync(path.join(state.dir, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'ifconfig'), path.join(state.dir, 'bin', 'ifconfig'));
  must(state.file, 'ifconfig', ['net0', 'plumb', '192.168.10.5/24', 'up']);
});

/** bin/ifconfig -a, started by its #! line, or by `node bin/ifconfig` (without its flag) when `bare`. */
function ifconfigA(extra: NodeJS.ProcessEnv = {}, bare = false): { status: number | null; stdout: string; stderr: string } {
  const script = path.join(state.dir, 'bin', 'ifconfig');
  const r = bare
    ? spawnSync(process.execPath, [script, '-a'], { env: toolEnv(state.file, extra), encoding: 'utf8' })
    : spawnSync(script, ['-a'], { env: toolEnv(state.file, extra), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The name's end for runs of the #! line: its V8 flag, when the build gave node one (bin-scripts.mjs). */
const flagged = () => (fs.readFileSync(path.join(ROOT, 'bin', 'ifconfig'), 'utf8').split('\n')[0].includes(NODE_FLAG) ? '-norehash' : '');

const caches = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

describe('the launcher', () => {
  let expected: string;

  it('runs the bundle without a cache and then writes one for this build and node', () => {
    const r = ifconfigA();
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^lo0: flags=/);
    expect(r.stdout).toContain('inet 192.168.10.5 netmask ffffff00 broadcast 192.168.10.255');
    expected = r.stdout;
    const size = fs.statSync(path.join(dist, 'ifconfig.cjs')).size;
    expect(caches()).toEqual([expect.stringMatching(new RegExp(`^ifconfig-${size}-\\d+-${process.version.replace(/\./g, '\\.')}${flagged()}\\.bin$`))]);
  });

  it('prints the same with the cache it wrote, and leaves it as it was', () => {
    const [name] = caches();
    const before = fs.readFileSync(path.join(cacheDir, name));
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.readFileSync(path.join(cacheDir, name)).equals(before)).toBe(true);
  });

  it.each([
    ['bytes that are not a cache', () => Buffer.from('not a code cache\n'.repeat(100))],
    ['an empty file', () => Buffer.alloc(0)],
    ['a cache cut short', (whole: Buffer) => whole.subarray(0, whole.length >> 1)],
  ])('refuses %s, prints the same and writes a good cache in its place', (_what, damage) => {
    const [name] = caches();
    const file = path.join(cacheDir, name);
    const good = fs.readFileSync(file);
    const bad = damage(good);
    fs.writeFileSync(file, bad);
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    const rewritten = fs.readFileSync(file);
    expect(rewritten.equals(bad)).toBe(false);
    // A cache V8 accepts is left alone: the next run does not write it again.
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.readFileSync(file).equals(rewritten)).toBe(true);
  });

  it('IPMPLAB_CODE_CACHE=off neither reads nor writes a cache; refresh writes it again', () => {
    const [name] = caches();
    const file = path.join(cacheDir, name);
    fs.writeFileSync(file, 'not a code cache');
    expect(ifconfigA({ IPMPLAB_CODE_CACHE: 'off' })).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.readFileSync(file, 'utf8')).toBe('not a code cache');
    fs.rmSync(file);
    expect(ifconfigA({ IPMPLAB_CODE_CACHE: 'off' })).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(caches()).toEqual([]);
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    // A cache is written to a new file renamed into place: a new inode each time.
    const written = fs.statSync(file).ino;
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.statSync(file).ino).toBe(written);
    // Accepted, and written again all the same (the build adds each command's code this way).
    expect(ifconfigA({ IPMPLAB_CODE_CACHE: 'refresh' })).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.statSync(file).ino).not.toBe(written);
  });

  it('runs without a cache where none can be written', () => {
    fs.rmSync(cacheDir, { recursive: true });
    // A file where the cache directory would be: mkdir fails, as on a read-only installation.
    fs.writeFileSync(cacheDir, '');
    try {
      expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
      expect(fs.statSync(cacheDir).isFile()).toBe(true);
    } finally {
      fs.rmSync(cacheDir);
    }
  });

  it('keeps a cache of its own for runs without the #! line\'s flag, and neither touches the other', () => {
    expect(flagged()).toBe('-norehash'); // the node running these tests takes the flag
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    const [withFlag] = caches();
    expect(withFlag).toMatch(/-norehash\.bin$/);
    const before = { bytes: fs.readFileSync(path.join(cacheDir, withFlag)), ino: fs.statSync(path.join(cacheDir, withFlag)).ino };
    expect(ifconfigA({}, true)).toEqual({ status: 0, stdout: expected, stderr: '' });
    const bare = caches().filter((c) => c !== withFlag);
    expect(bare).toEqual([withFlag.replace('-norehash.bin', '.bin')]);
    const bareIno = fs.statSync(path.join(cacheDir, bare[0])).ino;
    // Each kind of run takes its own cache: neither is refused, so neither is written again.
    expect(ifconfigA()).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(ifconfigA({}, true)).toEqual({ status: 0, stdout: expected, stderr: '' });
    expect(fs.readFileSync(path.join(cacheDir, withFlag)).equals(before.bytes)).toBe(true);
    expect(fs.statSync(path.join(cacheDir, withFlag)).ino).toBe(before.ino);
    expect(fs.statSync(path.join(cacheDir, bare[0])).ino).toBe(bareIno);
  });
});
