// `ipmplab log [--since DURATION]`: the kernel's console messages as /var/adm/messages has them.
import { consoleLog } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { logJson, logText } from './console';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

export function logCommand(ctx: LabContext, sinceMs?: number): Outcome {
  // A reader: it never waits for a command that holds the state (timers that are due are fired
  // on its snapshot, so their lines are shown).
  return ctx.session.view((k) => {
    // "Since" counts back from the kernel's time, which is the manual clock's when frozen.
    const from = sinceMs === undefined ? -Infinity : k.now - sinceMs;
    const lines = consoleLog(k, from);
    return done(logText(lines, ctx.session.hostName()), lines.map(logJson));
  });
}
