// Time as a kernel service: with a manual clock, DAD runs only when `ipmplab clock advance`
// says time passed, and its timers fire in order with their messages journalled at their times.
import { afterAll, describe, it, expect } from 'vitest';
import { DAD_MS, DUP_RECOVERY_MS } from '@ipmplab/core/testing';
import { journalSince, withKernel } from '@ipmplab/test-support';
import { lab, labJson, plumbUp, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

function manualHostWith10001(): { file: string; t0: number; seq: number } {
  const file = tempState();
  lab(file, ['init']);
  const t0 = labJson(file, ['clock', 'manual']).nowMs as number;
  const seq = labJson(file, ['status']).journalSeq as number;
  withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
  return { file, t0, seq };
}

describe('clock advance fires DAD timers', () => {
  it('the address is announced (RTM_NEWADDR) only once DAD completes', () => {
    const { file, t0, seq } = manualHostWith10001();
    // Bringing it up: the pre-up burst, no NEWADDR yet; DAD is pending.
    const upSeq = labJson(file, ['status']).journalSeq as number;
    expect(journalSince(file, seq).map((m) => m.type)).not.toContain('RTM_NEWADDR');
    const pending = labJson(file, ['status']).timers;
    expect(pending).toEqual([{ kind: 'dad', interface: 'net0', family: 'inet', address: '10.0.0.1', dueInMs: DAD_MS.inet }]);

    // Not yet: half the DAD time.
    expect(labJson(file, ['clock', 'advance', `${DAD_MS.inet / 2}ms`]).messages).toBe(0);
    expect(journalSince(file, upSeq)).toEqual([]);

    const r = lab(file, ['clock', 'advance', '1s']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(advanced 1s; 3 routing messages\)\n$/);
    const msgs = journalSince(file, upSeq);
    expect(msgs.map((m) => m.type)).toEqual(['RTM_IFINFO', 'RTM_NEWADDR', 'RTM_ADD']);
    // Journalled at the timer's own time, not at the end of the step.
    for (const m of msgs) expect(m.at).toBe(t0 + DAD_MS.inet);
    expect(labJson(file, ['status']).timers).toEqual([]);
  });

  it('a conflict found by DAD marks the address duplicate; recovery after the other host leaves', () => {
    const file = tempState();
    lab(file, ['init']);
    lab(file, ['clock', 'manual']);
    lab(file, ['dad', 'conflict', '10.0.0.1']);
    withKernel(file, (k) => plumbUp(k, 'net0', '10.0.0.1'));
    const seq = labJson(file, ['status']).journalSeq as number;

    const failed = lab(file, ['clock', 'advance', '1s']);
    expect(failed.out).toMatch(/\] WARNING: net0 has duplicate address 10\.0\.0\.1 \(in use by 0:1b:21:9a:7c:44\); disabled\n$/);
    expect(labJson(file, ['status']).timers).toEqual([
      { kind: 'dad-recovery', interface: 'net0', family: 'inet', address: '10.0.0.1', dueInMs: DUP_RECOVERY_MS - (1000 - DAD_MS.inet) },
    ]);

    lab(file, ['dad', 'clear', '10.0.0.1']);
    // Recovery runs at 5 min after the failure, then DAD again before the address is back.
    const recovered = lab(file, ['clock', 'advance', '6m']);
    expect(recovered.out).toMatch(/kern\.notice\] NOTICE: recovered address 10\.0\.0\.1 on net0\n$/);
    expect(journalSince(file, seq).map((m) => m.type)).toContain('RTM_NEWADDR');
    const log = labJson(file, ['log']);
    expect(log.map((l: { level: string }) => l.level)).toEqual(['WARNING', 'NOTICE']);
  });

  it('pulling the cable stops DAD; plugging it back restarts it', () => {
    const { file, seq } = manualHostWith10001();
    lab(file, ['link', 'net0', 'down']);
    expect(labJson(file, ['status']).timers).toEqual([]);
    lab(file, ['clock', 'advance', '10s']);
    expect(journalSince(file, seq).map((m) => m.type)).not.toContain('RTM_NEWADDR');
    lab(file, ['link', 'net0', 'up']);
    expect(labJson(file, ['status']).timers).toHaveLength(1);
    lab(file, ['clock', 'advance', '1s']);
    expect(journalSince(file, seq).map((m) => m.type)).toContain('RTM_NEWADDR');
  });
});
