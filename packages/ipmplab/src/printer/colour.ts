// Colour only where a person looks at a terminal: stdout a TTY, NO_COLOR unset or empty
// (no-color.org), TERM not "dumb". The decision comes from the tool's io, never from chalk's
// own detection, so a batch, an in-process caller and tests get the same answer as a real process.
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { ToolIO } from '@ipmplab/userland';

export function wantsColour(io: ToolIO): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

export function paint(io: ToolIO): ChalkInstance {
  return new Chalk({ level: wantsColour(io) ? 1 : 0 });
}
