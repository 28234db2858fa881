// bin/<tool> as the build writes it (scripts/bin-scripts.mjs): the node that ran the build named
// by its absolute path when a #! line can hold it, PATH's node otherwise.
import { describe, it, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeForShebang, writeBinScripts } from '../../scripts/bin-scripts.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** bin/ written into a fresh directory for a node at `execPath`; each file's text. */
function written(execPath: string): Record<string, string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-bin-'));
  dirs.push(root);
  writeBinScripts(root, ['ifconfig', 'rtmon'], execPath);
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
    expect(lines[0]).toBe('#!/usr/bin/node');
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

  it('quote the node for sh in rtmon\'s', () => {
    expect(written('/opt/it\'s/node').rtmon.split('\n')[1]).toMatch(/^':' \/\/; exec '\/opt\/it'\\''s\/node' --max-semi/);
  });

  it('are what the build wrote for the node running these tests', () => {
    const root = path.join(__dirname, '../..');
    const first = fs.readFileSync(path.join(root, 'bin', 'ifconfig'), 'utf8').split('\n')[0];
    expect([`#!${nodeForShebang(process.execPath)}`, '#!/usr/bin/env node']).toContain(first);
  });
});
