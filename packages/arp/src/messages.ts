// Every text arp writes and every exit status, in one table (illumos
// usr/src/cmd/cmd-inet/usr.sbin/arp.c: main, file, set, get, delete, usage). usage() and the
// "-- no entry" / "deleted" lines go to stdout; the rest to stderr. Every failure exits 1.

export const TOOL = 'arp';

export const EXIT = { OK: 0, FAILURE: 1 } as const;

/** usage(): on stdout. */
export const USAGE_TEXT =
  'Usage: arp hostname\n' +
  '       arp -a [-n]\n' +
  '       arp -d hostname\n' +
  '       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]\n' +
  '       arp -f filename\n';

export const MSG = {
  unknownHost: (host: string) => `arp: ${host}: unknown host\n`,
  noEntry: (host: string, addr: string) => `${host} (${addr}) -- no entry\n`,
  deleted: (host: string, addr: string) => `${host} (${addr}) deleted\n`,
  invalidLinkAddress: (text: string) => `arp: invalid link layer address '${text}'\n`,
  unknownKeyword: (word: string) => `arp: unknown keyword '${word}'\n`,
  tempAndPermanent: "arp: 'temp' and 'permanent' flags are not usable together.\n",
  cannotOpen: (name: string) => `arp: cannot open ${name}\n`,
  /** The line as fgets read it, newline included, then printf's own "\n". */
  badLine: (line: string) => `arp: bad line: ${line}\n`,
  /** perror(s). */
  perror: (s: string, text: string) => `${s}: ${text}\n`,
  // lab additions
  labOption: (text: string) => `arp: ${text}\n`,
} as const;
