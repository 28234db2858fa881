// The start every lab tool's main() shares: its complaints shown visibly (they echo the words
// typed), the lab options taken off argv, a bad one reported in the tool's own words with the
// tool's own exit status, then the tool itself inside guard().
import type { ToolIO } from './io';
import { takeLabOptions, type LabOptions } from './lab-options';
import { guard } from './main-guard';
import { visStderr } from './vis';

export interface ToolMainSpec {
  /** The name guard() puts on refusals and internal errors. */
  tool: string;
  /** The stderr line for a bad lab option (the tool's message table has it). */
  labOptionMessage: (text: string) => string;
  /** The exit status for a bad lab option. */
  labOptionExit: number;
}

/** Runs `body` with the lab options taken and stderr shown visibly, under guard(). */
export function runToolMain(
  spec: ToolMainSpec,
  argv: string[],
  ioIn: ToolIO,
  body: (lab: LabOptions, io: ToolIO) => number,
): number {
  const io = visStderr(ioIn);
  const lab = takeLabOptions(argv);
  if (lab.error) {
    io.stderr(spec.labOptionMessage(lab.error));
    return spec.labOptionExit;
  }
  return guard(spec.tool, io, () => body(lab, io));
}
