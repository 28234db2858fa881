// The shell's prompt, in an administrator's habit: `root@HOST:~# ` with the host the commands
// act on, and the lab's time in front when the clock is manual (it stands still between
// commands, so it says where the rehearsal is). Read without changing anything.
import { openSession, vis } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { labClock } from '@ipmplab/core/lab';

/** `[hh:mm:ss] ` of a manual clock (UTC), '' for the real one. */
export function clockPrefix(mode: 'real' | 'manual', now: number): string {
  return mode === 'manual' ? `[${new Date(now).toISOString().slice(11, 19)}] ` : '';
}

export function promptText(state: string | undefined, host: string | undefined, io: ToolIO): string {
  try {
    const s = openSession(state, io, host);
    try {
      const clock = s.view((k) => labClock(k));
      return `${clockPrefix(clock.mode, clock.now)}root@${vis(s.hostName())}:~# `;
    } finally {
      s.close();
    }
  } catch {
    // A state file that cannot be read now (refused, busy): the commands will say why.
    return 'root@lab:~# ';
  }
}
