import { describe, it, expect } from 'vitest';
import { withIO } from './with-io';
import type { ToolIO } from './io';

describe('withIO', () => {
  it('replaces the members it is given and leaves a question not yet asked unasked', () => {
    let asked = 0;
    const out: string[] = [];
    const io: ToolIO = {
      env: { A: '1' },
      stdout: (t) => out.push(`out:${t}`),
      stderr: (t) => out.push(`err:${t}`),
      get isTTY() {
        asked++;
        return true;
      },
    };
    const derived = withIO(io, { stderr: (t) => out.push(`vis:${t}`) });
    expect(asked).toBe(0);
    derived.stdout('a');
    derived.stderr('b');
    expect(out).toEqual(['out:a', 'vis:b']);
    expect(derived.env).toBe(io.env);
    expect(derived.isTTY).toBe(true);
    expect(asked).toBe(1);
    // The original is untouched.
    io.stderr('c');
    expect(out[2]).toBe('err:c');
  });
});
