// ipmpstat's argv grammar: main() of ipmpstat.c up to ofmt_open. getopt(3C) over "nLPo:agipt";
// a second output-format letter dies at once ("only one output format may be specified"),
// checked before the letter is acted on; any getopt complaint, an operand, or no format at all
// ends in usage() (exit 1). -L (live state instead of a snapshot) is accepted and changes
// nothing here: every command sees one consistent state anyway.
import { getopt } from '@ipmplab/userland';
import { EXIT, IPMPSTAT, IPMPSTAT_USAGE, MSG } from './messages';
import type { Mode } from './printer/fields';

export const OPTSTRING = 'nLPo:agipt';

export interface IpmpstatArgs {
  mode: Mode;
  /** -n */
  numeric: boolean;
  /** -P */
  parsable: boolean;
  /** -o (the last one given) */
  fields?: string;
  /** -L */
  live: boolean;
}

export type IpmpstatParse = { kind: 'ok'; args: IpmpstatArgs } | { kind: 'error'; stderr: string; exit: number };

export function parseIpmpstatArgs(argv: string[]): IpmpstatParse {
  let mode: Mode | undefined;
  let numeric = false;
  let parsable = false;
  let live = false;
  let fields: string | undefined;
  const state = { optind: 0 };
  for (const item of getopt(IPMPSTAT, argv, OPTSTRING, state)) {
    if (mode !== undefined && 'agipt'.includes(item.opt) && item.opt.length === 1) {
      return { kind: 'error', stderr: MSG.onlyOneFormat, exit: EXIT.FAILURE };
    }
    switch (item.opt) {
      case 'n': numeric = true; break;
      case 'L': live = true; break;
      case 'P': parsable = true; break;
      case 'o': fields = item.arg; break;
      case 'a': case 'g': case 'i': case 'p': case 't':
        mode = item.opt;
        break;
      default:
        return { kind: 'error', stderr: (item.error ?? '') + IPMPSTAT_USAGE, exit: EXIT.FAILURE };
    }
  }
  if (state.optind < argv.length || mode === undefined) return { kind: 'error', stderr: IPMPSTAT_USAGE, exit: EXIT.FAILURE };
  return { kind: 'ok', args: { mode, numeric, parsable, fields, live } };
}
