// Whom a waiting writer tells that it waits: a person at a terminal, never a script's stderr
// (the notice is no illumos text), unless the environment asks for it.
import { describe, it, expect } from 'vitest';
import { lockWait } from './session';
import { memoryIO } from './io';

describe('lockWait', () => {
  it('says nothing to a stderr that is not a terminal', () => {
    const w = lockWait('/tmp/s.db', memoryIO({}));
    expect({ timeoutMs: w.timeoutMs, noticeMs: w.noticeMs, onWait: w.onWait }).toEqual({ timeoutMs: 30_000, noticeMs: undefined, onWait: undefined });
  });

  it('tells a terminal after a second, and anyone when IPMPLAB_LOCK_NOTICE_MS asks', () => {
    const tty = { ...memoryIO({}), stderrIsTTY: true };
    const w = lockWait('/tmp/s.db', tty);
    expect(w.noticeMs).toBe(1_000);
    w.onWait!({ pid: 42, command: 'route add default 10.0.0.1', since: Date.UTC(2030, 0, 1) });
    expect(tty.err).toHaveLength(1);
    expect(tty.err[0]).toMatch(/^[^:]+: waiting for pid 42 \(route add default 10\.0\.0\.1\), which has held \/tmp\/s\.db since 2030-01-01T00:00:00Z\n$/);
    const asked = lockWait('/tmp/s.db', memoryIO({ IPMPLAB_LOCK_NOTICE_MS: '0', IPMPLAB_LOCK_TIMEOUT_MS: '100' }));
    expect({ timeoutMs: asked.timeoutMs, noticeMs: asked.noticeMs, heard: typeof asked.onWait }).toEqual({ timeoutMs: 100, noticeMs: 0, heard: 'function' });
  });
});
