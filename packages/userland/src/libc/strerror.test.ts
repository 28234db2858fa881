import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileErrorText } from './strerror';

describe('fileErrorText', () => {
  it('words what the host file system said as illumos strerror does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipmplab-strerror-'));
    try {
      const loop = path.join(dir, 'loop');
      fs.symlinkSync(loop, loop);
      const failed = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          return fileErrorText(e);
        }
        throw new Error('did not fail');
      };
      expect(failed(() => fs.readFileSync(path.join(dir, 'none')))).toBe('No such file or directory');
      expect(failed(() => fs.readFileSync(dir))).toBe('Is a directory');
      expect(failed(() => fs.readFileSync(loop))).toBe('Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS');
      expect(failed(() => fs.readFileSync(path.join(dir, 'none', 'x')))).toBe('No such file or directory');
      fs.writeFileSync(path.join(dir, 'f'), '');
      expect(failed(() => fs.readFileSync(path.join(dir, 'f', 'x')))).toBe('Not a directory');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the message of an errno illumos would word otherwise than the table knows', () => {
    expect(fileErrorText(Object.assign(new Error('EWHAT: something odd'), { code: 'EWHAT' }))).toBe('EWHAT: something odd');
    expect(fileErrorText('plain')).toBe('plain');
  });
});
