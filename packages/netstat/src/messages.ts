// Every text netstat writes to stderr and every exit status, in one table (illumos
// usr/src/cmd/cmd-inet/usr.bin/netstat/netstat.c: getopt(3C), usage(), fatal(), fail(), perror()).
//
// Three kinds of illumos error output, kept apart on purpose:
//  * getopt/usage(): "netstat: ..." (argv[0] prefix) then the usage text, exit 1;
//  * fatal(): the bare message, no prefix, exit with the code given (always 1 on these paths);
//  * perror(arg): "arg: strerror(errno)", exit 1 (the -f outif: check).
// Lab additions ("not simulated", lab options) say "netstat: " like every lab tool message.

export const TOOL = 'netstat';

export const EXIT = {
  OK: 0,
  /** usage() exits EXIT_FAILURE. */
  USAGE: 1,
  /** fatal(1, ...) on the option paths. */
  FATAL: 1,
  /** process_filter's perror(arg); exit(1). */
  PERROR: 1,
  /** A mode ipmplab does not simulate (lab addition). */
  NOT_SIMULATED: 1,
  /** --state / --json misuse (lab addition). */
  LAB_OPTION: 1,
  /**
   * The reader of stdout went away (`netstat -rn | head`): the real netstat dies of SIGPIPE,
   * which a shell reports as 128 + 13; ours exits quietly with that status.
   */
  BROKEN_PIPE: 141,
} as const;

/** usage(): seven lines on stderr, continuation lines indented by 7 spaces (argv[0] = netstat). */
export const USAGE_TEXT =
  `usage: ${TOOL} [-anv] [-f address_family] [-T d|u]\n` +
  `       ${TOOL} [-n] [-f address_family] [-P protocol] [-T d|u] [-g | -p | -s [interval [count]]]\n` +
  `       ${TOOL} -m [-v] [-T d|u] [interval [count]]\n` +
  `       ${TOOL} -i [-I interface] [-an] [-f address_family] [-T d|u] [interval [count]]\n` +
  `       ${TOOL} -r [-anv] [-f address_family|filter] [-T d|u]\n` +
  `       ${TOOL} -M [-ns] [-f address_family] [-T d|u]\n` +
  `       ${TOOL} -D [-I interface] [-f address_family] [-T d|u]\n`;

export const MSG = {
  // getopt(3C)'s own complaints come from userland's GETOPT (argv[0] prefix), then usage()
  // main(), followed by usage()
  extraArguments: `${TOOL}: extra arguments\n`,
  labelingNotEnabled: '-R set but labeling is not enabled\n',
  // fatal(1, ...): no prefix
  unknownProtocol: (p: string) => `${p}: unknown protocol.\n`,
  unknownFamily: (a: string) => `${a}: unknown address family.\n`,
  unknownFilterKeyword: (a: string) => `${a}: unknown filter keyword\n`,
  missingFlagList: 'missing flag list\n',
  illegalFlag: (c: string) => `${c}: illegal flag\n`,
  invalidHost: (a: string) => `${a}: invalid or unknown host address\n`,
  notInRange: (v: number, max: number) => `${v}: not in range 0 to ${max}\n`,
  illegalMask: (m: string) => `${m}: illegal mask format\n`,
  /** perror(3C): "s: message", or only the message when s is empty. */
  perror: (s: string, text: string) => (s === '' ? `${text}\n` : `${s}: ${text}\n`),
  // lab additions
  notSimulated: (mode: string) => `${TOOL}: ${mode} is not simulated by ipmplab\n`,
  labOption: (text: string) => `${TOOL}: ${text}\n`,
} as const;

/** The modes we refuse, worded for MSG.notSimulated. */
export const MODE = {
  stats: '-s (protocol statistics)',
  streams: '-m (STREAMS statistics)',
  mrouting: '-M (multicast routing tables)',
  groups: '-g (multicast group memberships)',
  dce: '-d (destination cache)',
  dhcp: '-D (DHCP status)',
  debug: '-x (MIB debugging output)',
  interval: 'interval/count',
  sockets: 'the socket table (netstat without -r or -i)',
} as const;
