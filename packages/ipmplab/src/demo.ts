// Placeholder: the lead replaces this file with the narrated rehearsal (`ipmplab demo`).
import type { ToolIO } from '@ipmplab/userland';

export function runDemo(io: ToolIO, statePath: string): number {
  void statePath;
  io.stderr('ipmplab: demo not available yet\n');
  return 1;
}
