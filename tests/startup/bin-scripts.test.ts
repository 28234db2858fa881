// bin/<tool> as the build writes it (scripts/bin-scripts.mjs): the node that ran the build named
// by its absolute path when a #! line can hold it, PATH's node otherwise, and the V8 flag the
// launched tools run with when that node takes it and the line holds it.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE_FLAG, nodeForShebang, shebang, shebangArgs, takesNodeFlag, writeBinScripts } from '../../scripts/bin-scripts.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** bin/ written into a fresh directory for a node at `execPath` (taking the flag); each file's text. */
function written(execPath: string, flag: string | null = NODE_FLAG): Record<string, string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-bin-'));
  dirs.push(root);
  writeBinScripts(root, ['ifconfig', 'rtmon'], execPath, flag);
  const bin = path.join(root, 'bin');
  expect(fs.readdirSync(bin).sort()).toEqual(['ifconfig', 'rtmon']);
  for (const f of fs.readdirSync(bin)) expect(fs.statSync(path.join(bin, f)).mode & 0o777).toBe(0o755);
  return Object.fromEntries(fs.readdirSync(bin).map((f) => [f, fs.readFileSync(path.join(bin, f), 'utf8')]));
}

describe('the node a bin/ script names', () => {
  it.each([
    ['/usr/bin/node', '/usr/bin/node'],
    ['/home/op/.nvm/versions/node/v20.20.2/bin/node', '/home/op/.nvm/versions/node/v20.20.2/bin/node'],
    ['/opt/it\'s/node', '/opt/it\'s/node'],
    ['node', undefined],
    ['bin/node', undefined],
    ['/opt/Node 20/bin/node', undefined],
    ['/opt/node\t20/node', undefined],
    ['/opt/nöde/node', undefined],
    [`/${'n'.repeat(124)}`, `/${'n'.repeat(124)}`],
    [`/${'n'.repeat(125)}`, undefined],
  ])('%j: %j', (execPath, want) => {
    expect(nodeForShebang(execPath)).toBe(want);
  });
});

describe('the scripts', () => {
  it('name the build\'s node and carry the launcher', () => {
    const files = written('/usr/bin/node');
    const lines = files.ifconfig.split('\n');
    expect(lines[0]).toBe('#!/usr/bin/node --no-rehash-snapshot');
    expect(files.ifconfig).toContain(fs.readFileSync(path.join(__dirname, '../../scripts/launch.cjs'), 'utf8').trimEnd());
    expect(lines.at(-2)).toBe(`exports.run("ifconfig", require('node:path').join(__dirname, '..', 'dist'));`);
    expect(files.rtmon.split('\n').slice(0, 2)).toEqual([
      '#!/bin/sh',
      `':' //; exec '/usr/bin/node' --max-semi-space-size=1 --max-old-space-size=128 --v8-pool-size=1 "$0" "$@"`,
    ]);
  });

  it('find node through PATH when its path cannot be a #! line', () => {
    const files = written('/opt/Node 20/bin/node');
    expect(files.ifconfig.split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(files.rtmon.split('\n')[1]).toBe(`':' //; exec node --max-semi-space-size=1 --max-old-space-size=128 --v8-pool-size=1 "$0" "$@"`);
  });

  it('give node no flag when it does not take it, or when the line would be too long for a kernel', () => {
    expect(written('/usr/bin/node', null).ifconfig.split('\n')[0]).toBe('#!/usr/bin/node');
    const longest = `/${'n'.repeat(124 - NODE_FLAG.length - 1)}`;
    expect(shebang(longest, NODE_FLAG)).toBe(`#!${longest} ${NODE_FLAG}`);
    expect(shebang(longest, NODE_FLAG)).toHaveLength(127);
    expect(shebang(`${longest}n`, NODE_FLAG)).toBe(`#!${longest}n`);
    expect(shebang(undefined, NODE_FLAG)).toBe('#!/usr/bin/env node');
  });

  it('say what their #! line gives node, for the build to train the code caches under it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-bin-'));
    dirs.push(root);
    writeBinScripts(root, ['ifconfig'], '/usr/bin/node', NODE_FLAG);
    expect(shebangArgs(path.join(root, 'bin', 'ifconfig'))).toEqual([NODE_FLAG]);
    writeBinScripts(root, ['ifconfig'], '/usr/bin/node', null);
    expect(shebangArgs(path.join(root, 'bin', 'ifconfig'))).toEqual([]);
    writeBinScripts(root, ['ifconfig'], '/opt/Node 20/bin/node', NODE_FLAG);
    expect(shebangArgs(path.join(root, 'bin', 'ifconfig'))).toEqual([]);
  });

  it('ask a node whether it takes the flag by starting it', () => {
    expect(takesNodeFlag(process.execPath)).toBe(true);
    expect(takesNodeFlag(path.join(os.tmpdir(), 'no-such-node'))).toBe(false);
    // A node that refuses the flag exits non-zero (false stands in for one).
    expect(takesNodeFlag('/bin/false')).toBe(false);
  });

  it('quote the node for sh in rtmon\'s', () => {
    expect(written('/opt/it\'s/node').rtmon.split('\n')[1]).toMatch(/^':' \/\/; exec '\/opt\/it'\\''s\/node' --max-semi/);
  });

  it('are what the build wrote for the node running these tests', () => {
    const root = path.join(__dirname, '../..');
    const first = fs.readFileSync(path.join(root, 'bin', 'ifconfig'), 'utf8').split('\n')[0];
    expect([shebang(nodeForShebang(process.execPath), NODE_FLAG), '#!/usr/bin/env node']).toContain(first);
  });
});
