// The lab's clock against the wall clock (injected here, never the machine's): a new machine
// starts on real time, going back to real time rebases the kernel clock so pending timers keep
// their remaining delays, and `status` says how far a manual clock is from the wall clock.
import { afterAll, describe, it, expect } from 'vitest';
import { DAD_MS, openState, transact, view, labTransact, labView } from '@ipmplab/core/testing';
import { memoryIO } from '@ipmplab/userland';
import type { Session } from '@ipmplab/userland';
import type { LabContext } from './context';
import { bootCommand } from './requests/boot';
import { clockAdvance, clockManual, clockReal } from './requests/clock';
import { statusCommand } from './requests/status';
import { plumbUp, removeTempStates, tempState } from './lab-test-kit';

afterAll(removeTempStates);

const WALL = Date.UTC(2040, 0, 1);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A lab context whose transactions take real time from `wall`. */
function labAt(wall: { now: number }): LabContext & { close(): void } {
  const file = tempState();
  const db = openState(file);
  const realNow = () => wall.now;
  const session: Session = {
    path: file, db, caller: { privileged: true, pid: 1 }, host: undefined, hostId: () => 1, hostName: () => 'host0',
    run: (fn) => transact(db, fn, { realNow }),
    view: (fn) => view(db, fn, { realNow }),
    runLab: (fn) => labTransact(db, fn, { realNow }),
    viewLab: (fn) => labView(db, fn),
    close: () => db.close(),
  };
  return { session, io: memoryIO({}), close: () => db.close() };
}

/** init, then net0 with 10.0.0.1 coming up on a manual clock `ahead` of the wall clock. */
function dadPendingAhead(wall: { now: number }, ahead: number): LabContext {
  const ctx = labAt(wall);
  bootCommand(ctx, undefined, () => wall.now);
  clockManual(ctx, wall.now + ahead);
  ctx.session.run((k) => plumbUp(k, 'net0', '10.0.0.1'));
  clockAdvance(ctx, 50);
  return ctx;
}

const status = (ctx: LabContext, wall: { now: number }) => statusCommand(ctx, () => wall.now);

describe('the clock and the wall clock', () => {
  it('init and reset start a new machine on the real clock at the wall time, whatever the old clock was', () => {
    const wall = { now: WALL };
    const ctx = labAt(wall);
    expect(bootCommand(ctx, undefined, () => wall.now).json).toMatchObject({ clock: { mode: 'real', now: iso(WALL) } });
    clockManual(ctx, WALL + 11 * 60_000);
    wall.now = WALL + 5;
    expect(bootCommand(ctx, 'keep', () => wall.now).json).toMatchObject({ clock: { mode: 'real', now: iso(WALL + 5) } });
    expect(status(ctx, wall).json).toMatchObject({ clock: { mode: 'real', nowMs: WALL + 5 } });
  });

  it('clock real after a manual clock ran ahead: rebased onto the wall clock, pending DAD keeps what was left of its delay', () => {
    const wall = { now: WALL };
    const ctx = dadPendingAhead(wall, 11 * 60_000);
    wall.now = WALL + 1000;
    const r = clockReal(ctx, () => wall.now);
    expect(r.lines).toEqual([`ipmplab: clock is real, kernel time ${iso(WALL + 1000)} (moved 10m59.05s back onto the wall clock; 1 pending timer keeps its remaining delay)`]);
    expect(r.json).toMatchObject({ mode: 'real', nowMs: WALL + 1000, movedMs: -(11 * 60_000 + 50 - 1000) });
    expect(status(ctx, wall).json).toMatchObject({ timers: [{ kind: 'dad', address: '10.0.0.1', dueInMs: DAD_MS.inet - 50 }] });
    // Real time passing completes it: nothing waits for the wall clock to reach the old date.
    wall.now += DAD_MS.inet - 50;
    expect(status(ctx, wall).json).toMatchObject({ timers: [] });
  });

  it('clock manual TIME in the past sets the date back; pending timers keep their remaining delays', () => {
    const wall = { now: WALL };
    const ctx = dadPendingAhead(wall, 0);
    const r = clockManual(ctx, WALL - DAY);
    expect(r.lines).toEqual([`ipmplab: clock is manual, kernel time ${iso(WALL - DAY)} (moved 1d0.05s back; 1 pending timer keeps its remaining delay)`]);
    expect(status(ctx, wall).json).toMatchObject({ timers: [{ kind: 'dad', dueInMs: DAD_MS.inet - 50 }] });
  });

  it('status shows the clock mode and how far a manual clock is from the wall clock', () => {
    const wall = { now: WALL };
    const ctx = labAt(wall);
    bootCommand(ctx, undefined, () => wall.now);
    clockManual(ctx, WALL + 6 * 60_000 + 30_000);
    const s = status(ctx, wall);
    expect(s.json).toMatchObject({ clock: { mode: 'manual', nowMs: WALL + 390_000, wallOffsetMs: 390_000 } });
    expect(s.lines.join('\n')).toMatch(new RegExp(`│ manual ${iso(WALL + 390_000).replace(/\./g, '\\.')}\\s+│\n.*\n│ Clock offset\\s+│ 6m30s ahead of the wall clock\\s+│`));
    clockReal(ctx, () => wall.now);
    expect((status(ctx, wall).json as { clock: object }).clock).toEqual({ mode: 'real', now: iso(WALL), nowMs: WALL });
  });
});
