// What ipadm.c and dladm.c print word for word alike around their sub-commands: each program
// keeps its own copy of main()'s dispatch, usage() and die_opterr(), differing only in its name.
// Both exit 0 when a sub-command returns and 1 (EXIT_FAILURE) from die() and usage().

export const SUBCOMMAND_EXIT = {
  OK: 0,
  FAILURE: 1,
  /** A bad lab option (--state, --json): the tools' usage status. */
  LAB_OPTION: 1,
} as const;

/** The program-wide texts of a sub-command program named `prog`. */
export function subcommandTexts(prog: string) {
  return {
    usageHeader: `usage:  ${prog} <subcommand> <args> ...\n`,
    unknownSubcommand: (name: string) => `${prog}: unknown subcommand '${name}'\n`,
    labOption: (text: string) => `${prog}: ${text}\n`,
  } as const;
}

/**
 * die_opterr()'s message: a missing value (getopt's ':') or an unrecognized option ('?'), then
 * the usage line. An unknown long option leaves optopt 0: C prints "-" and the NUL ends the
 * string there, so `optopt` is ''.
 */
export function opterrText(optopt: string, opt: string, use: string): string {
  return opt === ':' ? `option '-${optopt}' requires a value\nusage: ${use}` : `unrecognized option '-${optopt}'\nusage: ${use}`;
}
