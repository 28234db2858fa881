// The kernel's console messages caused by one command (a DAD failure, a recovery), so the
// command can show them the way an illumos console shows them at the moment they happen.
import type { Kernel, KernelLogLine } from '@ipmplab/core';
import { formatLogLine } from './syslog';

/** Marks the log now; the returned function gives the lines added since. */
export function markLog(k: Kernel): () => KernelLogLine[] {
  const last = k.state.log[k.state.log.length - 1];
  return () => {
    // The log is trimmed from the front when full, so find the mark by identity, not by index.
    const at = last ? k.state.log.lastIndexOf(last) : -1;
    return k.state.log.slice(at + 1);
  };
}

export function logJson(line: KernelLogLine): { at: string; level: string; text: string } {
  return { at: new Date(line.at).toISOString(), level: line.level, text: line.text };
}

export function logText(lines: KernelLogLine[]): string[] {
  return lines.map(formatLogLine);
}
