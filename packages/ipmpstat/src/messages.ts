// Every text ipmpstat and if_mpadm write to stderr, and every exit status, in one place.
//
// Sources (illumos-gate):
//  * ipmpstat: usr/src/cmd/cmd-inet/usr.sbin/ipmpstat/ipmpstat.c — usage(), die(), warn();
//    the ofmt messages come from usr/src/lib/libofmt/common/ofmt.c ofmt_strerror();
//  * if_mpadm: usr/src/cmd/cmd-inet/usr.sbin/if_mpadm.c (the Clearview rewrite) — usage(),
//    mpadm_errmsg(), die() ("%s: fatal: "), warn() ("%s: warning: ");
//  * libipmp ipmp_errmsg() (usr/src/lib/libipmp/common/ipmp.c) for the other IPMP codes;
//  * getopt(3C) (illumos libc): "%s: illegal option -- %c", "%s: option requires an argument -- %c".
//
// die()/warn() append ": strerror(errno)" only when the format has no newline; the texts below
// are the finished lines.

import type { Release } from '@ipmplab/core/syscalls';

export const IPMPSTAT = 'ipmpstat';
export const IF_MPADM = 'if_mpadm';

export const EXIT = {
  OK: 0,
  /** usage() and die() both exit EXIT_FAILURE. */
  FAILURE: 1,
  /** --state / --json misuse (lab addition). */
  LAB_OPTION: 1,
} as const;

/** ipmpstat usage(): tabs as in the source. */
export const IPMPSTAT_USAGE =
  'usage: ipmpstat [-n] [-o <field> [-P]] -a|-g|-i|-p|-t\n' +
  '\n' +
  '  output modes:\t -a  display IPMP data address information\n' +
  '\t\t -g  display IPMP group information\n' +
  '\t\t -i  display IPMP-related IP interface information\n' +
  '\t\t -p  display IPMP probe information\n' +
  '\t\t -t  display IPMP target information\n' +
  '\n' +
  '       options:\t -n  display IP addresses numerically\n' +
  '\t\t -o  display only the specified fields, in order\n' +
  '\t\t -P  display using parsable output mode\n';

/**
 * if_mpadm usage() of the Clearview if_mpadm.c (`"Usage: %s [-d | -r] <interface>\n"`). The
 * reference text `Usage: if_mpadm -d | -r <ifname>` is not what the source prints.
 */
export const IF_MPADM_USAGE = 'Usage: if_mpadm [-d | -r] <interface>\n';

/** getopt(3C) complaints (argv[0] prefix). */
export { GETOPT } from '@ipmplab/userland';

/** ipmpstat die()/warn() lines. */
export const MSG = {
  die: (text: string) => `${IPMPSTAT}: ${text}\n`,
  warn: (text: string) => `${IPMPSTAT}: warning: ${text}\n`,
  onlyOneFormat: `${IPMPSTAT}: only one output format may be specified\n`,
  noDaemon: `${IPMPSTAT}: cannot contact in.mpathd(1M) -- is IPMP in use?\n`,
  probingDisabled: `${IPMPSTAT}: probe-based failure detection is disabled\n`,
  probePrivileges: `${IPMPSTAT}: insufficient privileges for -p\n`,
  labOption: (text: string) => `${IPMPSTAT}: ${text}\n`,
} as const;

/** libipmp's IPMP_ENOMPATHD text in the Solaris 11 snapshot's ipmp.c errmsgs[] (sic: no space). */
const S11_ENOMPATHD = 'cannot contact in.mpathd,see in.mpathd(1M)';

/**
 * When in.mpathd does not answer, by release and by what was asked. illumos' main() pings the
 * daemon before anything else (ipmp_ping_daemon), whatever the mode. Solaris 11's main() (2011
 * ON snapshot) does not ping: the snapshot fails (die_ipmperr "cannot snapshot IPMP state") or,
 * for -p, walk_group's live group list does (die_ipmperr "cannot get IPMP group list"), both
 * with libipmp's text. Whether 11.4 says in.mpathd(8) there is not known: the snapshot's words.
 */
export const NO_DAEMON: Record<Release, { snapshot: string; probe: string }> = {
  illumos: { snapshot: MSG.noDaemon, probe: MSG.noDaemon },
  solaris11: {
    snapshot: MSG.die(`cannot snapshot IPMP state: ${S11_ENOMPATHD}`),
    probe: MSG.die(`cannot get IPMP group list: ${S11_ENOMPATHD}`),
  },
};

/** if_mpadm die()/warn() lines. */
export const MPADM = {
  fatal: (text: string) => `${IF_MPADM}: fatal: ${text}\n`,
  warning: (text: string) => `${IF_MPADM}: warning: ${text}\n`,
  cannotGetFlags: (ifname: string, err: string) => `${IF_MPADM}: fatal: cannot get interface flags on ${ifname}: ${err}\n`,
  alreadyOffline: (ifname: string) => `${IF_MPADM}: fatal: interface ${ifname} is already offline\n`,
  notOffline: (ifname: string) => `${IF_MPADM}: fatal: interface ${ifname} is not offline\n`,
  cannotOffline: (ifname: string, why: string) => `${IF_MPADM}: fatal: cannot offline ${ifname}: ${why}\n`,
  cannotUndo: (ifname: string, why: string) => `${IF_MPADM}: fatal: cannot undo-offline ${ifname}: ${why}\n`,
  /** do_offline's ifaddrlistx() failure ("on"); undo_offline says "for". */
  cannotGetAddrsOn: (ifname: string, err: string) => `${IF_MPADM}: fatal: cannot get addresses on ${ifname}: ${err}\n`,
  cannotGetAddrsFor: (ifname: string, err: string) => `${IF_MPADM}: fatal: cannot get addresses for ${ifname}: ${err}\n`,
  offlineVanished: (lifname: string) => `${IF_MPADM}: warning: IFF_OFFLINE vanished on ${lifname}\n`,
  cannotBringDown: (lifname: string) => `${IF_MPADM}: warning: cannot bring down address on ${lifname}\n`,
  cannotBringUp: (lifname: string) => `${IF_MPADM}: warning: cannot bring up address on ${lifname}\n`,
  notCleared: (ifname: string) => `${IF_MPADM}: warning: in.mpathd has not cleared IFF_OFFLINE on ${ifname}\n`,
  labOption: (text: string) => `${IF_MPADM}: ${text}\n`,
} as const;

/** if_mpadm's own texts for two libipmp codes (mpadm_errmsg). */
export const MPADM_ERRMSG = {
  EUNKIF: 'not a physical interface or not in an IPMP group',
  EMINRED: 'no other functioning interfaces are in its IPMP group',
} as const;

/** libipmp ipmp_errmsg() for the codes if_mpadm can meet besides those (IPMP_FAILURE is strerror). */
export const IPMP_ERRMSG = {
  ENOMPATHD: 'cannot contact in.mpathd',
  EHWADDRDUP: 'interface has duplicate hardware address',
} as const;
