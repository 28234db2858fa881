// if_mpadm's argv grammar: main() of if_mpadm.c up to the first request.
import { getopt } from '@ipmplab/userland';
import { EXIT, IF_MPADM, IF_MPADM_USAGE } from '../messages';

export type MpadmAction = 'offline' | 'undo';

export type MpadmParse = { kind: 'ok'; action: MpadmAction; ifname: string } | { kind: 'error'; stderr: string; exit: number };

/**
 * main() of if_mpadm.c: getopt "d:r:", the last -d/-r wins, operands after the options are
 * ignored; a getopt complaint or no -d/-r at all is usage() (exit 1).
 */
export function parseIfMpadmArgs(argv: string[]): MpadmParse {
  let action: MpadmAction | undefined;
  let ifname = '';
  for (const item of getopt(IF_MPADM, argv, 'd:r:', { optind: 0 })) {
    switch (item.opt) {
      case 'd':
        action = 'offline';
        ifname = item.arg!;
        break;
      case 'r':
        action = 'undo';
        ifname = item.arg!;
        break;
      default:
        return { kind: 'error', stderr: (item.error ?? '') + IF_MPADM_USAGE, exit: EXIT.FAILURE };
    }
  }
  if (!action) return { kind: 'error', stderr: IF_MPADM_USAGE, exit: EXIT.FAILURE };
  return { kind: 'ok', action, ifname };
}
