// The kernel's console messages caused by one command (a DAD failure, a recovery), so the
// command can show them the way an illumos console shows them at the moment they happen (the
// lines themselves come from the core's read model: consoleMark, consoleLog).
import type { KernelLogLine } from '@ipmplab/core/lab';
import { formatLogLine } from '../printer/syslog';

export function logJson(line: KernelLogLine): { at: string; level: string; text: string } {
  return { at: new Date(line.at).toISOString(), level: line.level, text: line.text };
}

/** The lines as the host's syslog writes them (`host`: its name in the lab). */
export function logText(lines: KernelLogLine[], host: string): string[] {
  return lines.map((l) => formatLogLine(l, host));
}
