// `ipmplab dad conflict|clear ADDRESS` and `dad list`: other hosts on the link that own
// addresses, so DAD failures and recoveries can be rehearsed.
import { addConflict, removeConflict, labConflicts, consoleMark } from '@ipmplab/core/lab';
import type { DadConflict } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { LabFailure } from '../messages';
import { logJson, logText } from './console';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

const conflictJson = (c: DadConflict) => ({ address: c.addr, mac: c.mac });

/** `addr` is already canonical (the grammar checked it), so it matches the kernel's records. */
export function dadConflict(ctx: LabContext, addr: string): Outcome {
  return ctx.session.run((k) => {
    const since = consoleMark(k);
    addConflict(k, addr);
    const log = since();
    const c = labConflicts(k).find((x) => x.addr === addr)!;
    return done(
      [`ipmplab: ${addr} is now in use by ${c.mac} on the link`, ...logText(log, ctx.session.hostName())],
      { conflict: conflictJson(c), log: log.map(logJson) },
    );
  });
}

export function dadClear(ctx: LabContext, addr: string): Outcome {
  return ctx.session.run((k) => {
    if (!removeConflict(k, addr)) throw new LabFailure('noConflict', { addr });
    return done([`ipmplab: ${addr} is no longer in use by another host`], { cleared: addr });
  });
}

export function dadList(ctx: LabContext): Outcome {
  return ctx.session.run((k) => {
    const list = labConflicts(k);
    const width = Math.max(0, ...list.map((c) => c.addr.length));
    const lines = list.length === 0
      ? ['ipmplab: no DAD conflicts']
      : list.map((c) => `${c.addr.padEnd(width)}  in use by ${c.mac}`);
    return done(lines, list.map(conflictJson));
  });
}
