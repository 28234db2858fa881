// Options every tool takes in addition to its illumos grammar (lab additions, spelled with two
// dashes so they can never collide with an illumos word): --state FILE, --host NAME and --json.
import type { ToolIO } from './io';
export interface LabOptions {
  state?: string;
  /** The host of the lab the tool acts on (else $IPMPLAB_HOST, else the lab's default host). */
  host?: string;
  json: boolean;
  /** argv with the lab options removed, for the tool's own grammar. */
  rest: string[];
  error?: string;
}

const MISSING: Record<string, string> = {
  '--state': 'option --state requires a file name',
  '--host': 'option --host requires a host name',
};

export function takeLabOptions(argv: string[]): LabOptions {
  const rest: string[] = [];
  let state: string | undefined;
  let host: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--state' || a === '--host') {
      if (i + 1 >= argv.length) return { json, rest, error: MISSING[a] };
      if (a === '--state') state = argv[++i];
      else host = argv[++i];
    } else if (a.startsWith('--state=')) state = a.slice('--state='.length);
    else if (a.startsWith('--host=')) host = a.slice('--host='.length);
    else rest.push(a);
  }
  if (state === '') return { json, rest, error: MISSING['--state'] };
  if (host === '') return { json, rest, error: MISSING['--host'] };
  return { state, host, json, rest };
}

/**
 * What `--help` adds after a tool's illumos usage (the tool itself answers `--help` as illumos
 * does: an illegal option, then its usage).
 */
export const LAB_OPTIONS_HELP =
  'Lab options (ipmplab):\n' +
  '  --state FILE  the state file (default $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db)\n' +
  '  --host NAME   the host of the lab to act on (default $IPMPLAB_HOST, else the lab\'s default host)\n' +
  '  --json        the same data for scripts\n';

/** A tool's main that, asked for `--help`, lists the lab options after what illumos prints. */
export function withLabHelp<A extends unknown[], R>(main: (argv: string[], io: ToolIO, ...rest: A) => R): (argv: string[], io: ToolIO, ...rest: A) => R {
  return (argv, io, ...rest) => {
    const result = main(argv, io, ...rest);
    if (!argv.includes('--help')) return result;
    if (result instanceof Promise) return result.then((r) => { io.stderr(LAB_OPTIONS_HELP); return r; }) as R;
    io.stderr(LAB_OPTIONS_HELP);
    return result;
  };
}
