// `ipmplab init --topology FILE|NAME`: the file (or the built-in) is read and judged whole
// before the lab is touched; a refused one is one line, exit status 2, and nothing changed.
import fs from 'node:fs';
import { fileErrorText, vis } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { errorText, LabFailure } from '../messages';
import { BUILTIN_TOPOLOGIES, isTopologyPath } from '../topology/builtins';
import { MAX_TOPOLOGY_BYTES, parseTopology } from '../topology/parse';
import { buildTopology } from '../topology/build';
import type { ToolMain } from './tools';

/** The text of a topology file or a built-in (the grammar already refused an unknown name). */
function sourceText(source: string): string {
  if (!isTopologyPath(source)) return BUILTIN_TOPOLOGIES[source];
  const refuse = (problem: string) => new LabFailure('topology', { file: source, problem });
  let text: string;
  try {
    if (fs.statSync(source).size > MAX_TOPOLOGY_BYTES) throw refuse(errorText('topologyTooLarge', { max: MAX_TOPOLOGY_BYTES }));
    text = fs.readFileSync(source, 'utf8');
  } catch (e) {
    if (e instanceof LabFailure) throw e;
    throw refuse(errorText('topologyUnreadable', { reason: fileErrorText(e) }));
  }
  return text;
}

/**
 * A refused file is one line (nothing opened yet); so is a step the lab refuses while building,
 * which only another command changing the lab at the same moment can cause.
 */
export function runTopologyInit(io: ToolIO, statePath: string, host: string | undefined, source: string, lab: ToolMain): number {
  try {
    const t = parseTopology(source, sourceText(source));
    return buildTopology(io, statePath, host, t, lab);
  } catch (e) {
    if (!(e instanceof LabFailure)) throw e;
    io.stderr(`ipmplab: ${vis(e.message)}\n`);
    return e.exit;
  }
}
