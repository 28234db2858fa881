// While the shell waits for a line, time passes on a real clock: every running host's timers
// fire (a DAD completes, in.mpathd fails an interface) and their console lines appear as a
// console shows them, each under its host's name. The lines a command printed itself, or that
// came before, are marked seen. On a manual clock nothing passes between commands.
import { openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { listHosts } from '@ipmplab/core/store';
import type { KernelLogLine } from '@ipmplab/core/lab';
import { logText } from '../requests/console';

interface Seen {
  at: number;
  /** Lines at exactly `at` already seen. */
  n: number;
}

export class IdleConsole {
  private readonly seen = new Map<number, Seen>();

  constructor(private readonly state: string | undefined, private readonly io: ToolIO) {}

  private static unseen(log: KernelLogLine[], seen: Seen | undefined): KernelLogLine[] {
    if (!seen) return log;
    let same = 0;
    return log.filter((l) => l.at > seen.at || (l.at === seen.at && ++same > seen.n));
  }

  private static last(log: KernelLogLine[]): Seen | undefined {
    const at = log[log.length - 1]?.at;
    return at === undefined ? undefined : { at, n: log.filter((l) => l.at === at).length };
  }

  /**
   * Brings every running host on a real clock to now and returns its new console lines, in
   * time order; `show` false only marks them seen (after a command, at start).
   */
  poll(show: boolean): string[] {
    try {
      const s = openSession(this.state, this.io);
      try {
        return s.runLab((lab) => {
          const lines: { at: number; text: string }[] = [];
          for (const h of listHosts(lab.db)) {
            if (!h.power) continue;
            const k = lab.kernel(h.id);
            if (show && k.state.clock.mode === 'real') {
              for (const l of IdleConsole.unseen(k.state.log, this.seen.get(h.id))) lines.push({ at: l.at, text: logText([l], h.name)[0] });
            }
            const last = IdleConsole.last(k.state.log);
            if (last) this.seen.set(h.id, last);
          }
          return lines.sort((a, b) => a.at - b.at).map((l) => l.text);
        });
      } finally {
        s.close();
      }
    } catch {
      // The state file is busy or refused now: the next command will say why.
      return [];
    }
  }
}
