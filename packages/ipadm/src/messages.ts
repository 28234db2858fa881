// ipadm's own texts that are not sub-command specific (ipadm.c main, usage, die_opterr), with the
// exit statuses it uses: 0 for a sub-command that returns, 1 (EXIT_FAILURE) for die() and
// usage(). The library's texts are ipadm_status2str's (libipadm/status.ts); each sub-command's
// texts are in its own table (requests/*.ts).
export const IPADM = 'ipadm';

export const EXIT = {
  OK: 0,
  FAILURE: 1,
  /** A bad lab option (--state, --json): the tools' usage status. */
  LAB_OPTION: 1,
} as const;

export const MSG = {
  usageHeader: 'usage:  ipadm <subcommand> <args> ...\n',
  unknownSubcommand: (name: string) => `${IPADM}: unknown subcommand '${name}'\n`,
  optRequiresValue: (c: string, use: string) => `option '-${c}' requires a value\nusage: ${use}`,
  optUnrecognized: (c: string, use: string) => `unrecognized option '-${c}'\nusage: ${use}`,
  labOption: (text: string) => `${IPADM}: ${text}\n`,
} as const;
