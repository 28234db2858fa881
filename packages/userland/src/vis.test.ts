import { describe, expect, it } from 'vitest';
import { rawControls } from '@ipmplab/test-support';
import { jsonText, vis, visStderr } from './vis';

describe('vis', () => {
  it('leaves printable text alone, spaces and backslashes included', () => {
    for (const s of ['ipmp0', 'a b', 'back\\slash', 'ünïcode', '']) expect(vis(s)).toBe(s);
  });

  it("writes control characters as illumos syslogd's putctrlc does", () => {
    expect(vis('evil\u001b]0;pwn\u0007X')).toBe('evil^[]0;pwn^GX');
    expect(vis('a\u001b[2Jb')).toBe('a^[[2Jb');
    expect(vis('\u0000\u0001\u001f\u007f')).toBe('^@^A^_^?');
    expect(vis('line\nnext')).toBe('line\\nnext');
    expect(vis('a\tb\rc')).toBe('a^Ib^Mc');
    expect(vis('csi\u009b2J \u0080')).toBe('csi\\302\\2332J \\302\\200');
  });

  it('leaves a name that was not found undefined', () => {
    expect(vis(undefined)).toBeUndefined();
    expect(vis(undefined as string | undefined, '\t')).toBeUndefined();
  });

  it('keeps the characters a layout asks for', () => {
    expect(vis('a\tb\nc\u001b', '\t')).toBe('a\tb\\nc^[');
    expect(vis('a\tb\nc\u001b', '\t\n')).toBe('a\tb\nc^[');
  });

  it('changes exactly the C0 controls, DEL and the C1 controls, one character at a time', () => {
    for (let c = 0; c < 0x300; c++) {
      const ch = String.fromCharCode(c);
      const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      expect(vis(`a${ch}b`) !== `a${ch}b`, `U+${c.toString(16)}`).toBe(control);
    }
  });

  it('leaves no raw control character, whatever the input', () => {
    let all = '';
    for (let c = 0; c < 0x100; c++) all += String.fromCharCode(c);
    expect(rawControls(vis(all))).toEqual([]);
    expect(rawControls(vis(all, '\t\n'))).toEqual(['U+0009', 'U+000a']);
  });
});

describe('jsonText', () => {
  it('is the same JSON value with DEL and C1 escaped as well', () => {
    const value = { group: 'a\u001b\u007f\u009bb', n: 1 };
    const text = jsonText(value);
    expect(text).toBe('{"group":"a\\u001b\\u007f\\u009bb","n":1}');
    expect(JSON.parse(text)).toEqual(value);
    expect(rawControls(text)).toEqual([]);
    expect(jsonText([1], undefined, 2)).toBe('[\n  1\n]');
  });
});

describe('visStderr', () => {
  it('makes only stderr safe, keeping its tabs and newlines', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = visStderr({ stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), isTTY: false });
    io.stderr('tool: a\u001b[2Jb: bad\n\tusage\n');
    io.stdout('raw\u001b\n');
    expect(err).toEqual(['tool: a^[[2Jb: bad\n\tusage\n']);
    expect(out).toEqual(['raw\u001b\n']);
    expect(io.isTTY).toBe(false);
  });
});
