// ipadm's own texts that are not sub-command specific (ipadm.c main, usage, die_opterr), with the
// exit statuses it uses: 0 for a sub-command that returns, 1 (EXIT_FAILURE) for die() and
// usage(). The library's texts are ipadm_status2str's (libipadm/status.ts); each sub-command's
// texts are in its own table (requests/*.ts).
import { SUBCOMMAND_EXIT, subcommandTexts } from '@ipmplab/userland';

export const IPADM = 'ipadm';

export const EXIT = SUBCOMMAND_EXIT;

export const MSG = {
  ...subcommandTexts(IPADM),
} as const;
