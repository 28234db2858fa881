// Every error text `ipmplab` itself prints, in one table so they can be documented. Each is
// printed as "ipmplab: <text>" on stderr, and the command exits with the status beside it.
//
// Not in this table, because other code owns the words:
// - yargs' "Did you mean link?" (after unknownCommand) and any complaint of yargs that
//   complaints.ts does not reword (the others are missingArguments ... unknownSubcommand
//   below): exit 2, followed by USAGE_HINT;
// - state-file refusals and internal errors printed by @ipmplab/userland's guard():
//   exit 1 (not ours, newer schema, other owner, damaged, busy) and 70 (internal error).

/** 0 done, 1 the operation failed (state unchanged), 2 bad command line (nothing opened). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

export const ERRORS = {
  noCommand: { exit: EXIT.USAGE, text: 'a command is required: init, reset, reboot, status, host, segment, plug, unplug, link, mac, dad, clock, log, mpathd, target, probe-loss, file, snapshot, export, import, ioctl, redirect, hold, release, batch, check, demo, shell or env' },
  unknownCommand: { exit: EXIT.USAGE, text: 'Unknown command: {word}' },
  missingArguments: { exit: EXIT.USAGE, text: '{command}: missing {missing} (usage: ipmplab {command} {usage})' },
  badChoice: { exit: EXIT.USAGE, text: '{command}: {given}: expected {choices}' },
  optionNeedsValue: { exit: EXIT.USAGE, text: '{command}: --{option} needs a value' },
  unknownOption: { exit: EXIT.USAGE, text: '{command}: unknown option {option}' },
  unexpectedArgument: { exit: EXIT.USAGE, text: '{command}: unexpected argument {word}' },
  unknownSubcommand: { exit: EXIT.USAGE, text: '{command}: unknown subcommand {word}; expected {expected}' },
  dadNoAction: { exit: EXIT.USAGE, text: 'dad: say conflict ADDRESS, clear ADDRESS or list' },
  stateOption: { exit: EXIT.USAGE, text: '{detail}' },
  noLinks: { exit: EXIT.USAGE, text: '--links needs at least one datalink name' },
  badLinkName: { exit: EXIT.USAGE, text: "{name}: bad datalink name (a letter, then letters, digits, '_' or '.', ending in a number without leading zeros, at most 31 characters)" },
  loopbackLink: { exit: EXIT.USAGE, text: 'lo0: is the loopback interface, not a datalink' },
  duplicateLink: { exit: EXIT.USAGE, text: '{name}: datalink named twice' },
  tooManyLinks: { exit: EXIT.USAGE, text: 'at most {max} datalinks' },
  badRelease: { exit: EXIT.USAGE, text: '--release {text}: expected {releases}' },
  repeatedOption: { exit: EXIT.USAGE, text: '--{option} given more than once' },
  badDuration: { exit: EXIT.USAGE, text: "{text}: bad duration (examples: 500ms, 10s, 2m, 1h, 1.5s, 1m30s, or a number of seconds)" },
  durationTooLong: { exit: EXIT.USAGE, text: '{text}: longer than {max}' },
  negativeDuration: { exit: EXIT.USAGE, text: '{what}: the duration must not be negative: {text}' },
  badAddress: { exit: EXIT.USAGE, text: '{text}: not an IPv4 or IPv6 address' },
  noSuchLink: { exit: EXIT.FAILED, text: 'link {name}: no such datalink' },
  badMac: { exit: EXIT.FAILED, text: '{text}: not an Ethernet address (six hex bytes separated by colons)' },
  badSetting: { exit: EXIT.USAGE, text: 'mpathd: {text}' },
  mpathdNotRunning: { exit: EXIT.FAILED, text: 'mpathd: in.mpathd is not running; it reads {path} when it starts' },
  badTime: { exit: EXIT.USAGE, text: '{text}: not an ISO 8601 time such as 2030-01-01T00:00:00Z' },
  noSuchFile: { exit: EXIT.FAILED, text: 'file {path}: No such file or directory' },
  ipmgmtdFile: { exit: EXIT.FAILED, text: 'file {path}: ipmgmtd\'s file ("DO NOT EDIT OR PARSE THIS FILE!"); use ipadm' },
  unreadFile: { exit: EXIT.FAILED, text: 'file {path}: not a file the lab reads; it reads {paths}' },
  badPath: { exit: EXIT.USAGE, text: 'file: {path}: must be an absolute path' },
  badJson: { exit: EXIT.USAGE, text: 'ioctl: the argument must be a JSON object: {text}' },
  unknownIoctl: { exit: EXIT.USAGE, text: 'ioctl: unknown request {cmd}; known: {names}' },
  noRoute: { exit: EXIT.FAILED, text: 'hold: no route to {dest}: {error}' },
  badConnection: { exit: EXIT.USAGE, text: 'release: {text}: not a connection number' },
  noConnection: { exit: EXIT.FAILED, text: 'release: no connection {id}' },
  noSuchInterface: { exit: EXIT.FAILED, text: '{name}: no such interface' },
  noConflict: { exit: EXIT.FAILED, text: 'dad: no conflict recorded for {addr}' },
  clockReal: { exit: EXIT.FAILED, text: "clock is real; use 'ipmplab clock manual' first" },
  clockOverflow: { exit: EXIT.FAILED, text: 'clock cannot go past {max}' },
  checkProblem: { exit: EXIT.FAILED, text: '{path}: {problem}' },
  checkProblems: { exit: EXIT.FAILED, text: '{path}: {problem} (and {more} more)' },
  kernelUnreadable: { exit: EXIT.FAILED, text: 'kernel state does not decode ({detail})' },
  bootFailed: { exit: EXIT.FAILED, text: 'reboot: {count} boot command{s} failed:' },
  bootFailedLine: { exit: EXIT.FAILED, text: 'reboot:   {path}: {line}' },
  badHostName: { exit: EXIT.USAGE, text: "{name}: bad host name (letters, digits and '-', not first or last, at most 63 characters)" },
  badSegmentName: { exit: EXIT.USAGE, text: "{name}: bad segment name (a letter, then letters, digits, '_', '.' or '-', at most 31 characters)" },
  badHostLink: { exit: EXIT.USAGE, text: '{text}: expected HOST:LINK, such as host0:net0' },
  badLoss: { exit: EXIT.USAGE, text: '{text}: expected a percentage from 0 to 100' },
  hostExists: { exit: EXIT.FAILED, text: 'host {host}: the lab already has a host of that name' },
  noHost: { exit: EXIT.FAILED, text: 'host {host}: no such host' },
  lastHost: { exit: EXIT.FAILED, text: "host {host}: the lab's only host cannot be removed" },
  defaultHostRm: { exit: EXIT.FAILED, text: 'host {host}: is the default host; make another one the default first (ipmplab host default NAME)' },
  tooManyHosts: { exit: EXIT.FAILED, text: 'host {host}: the lab has {max} hosts, the most it holds' },
  segmentExists: { exit: EXIT.FAILED, text: 'segment {segment}: the lab already has a segment of that name' },
  noSegment: { exit: EXIT.FAILED, text: 'segment {segment}: no such segment' },
  tooManySegments: { exit: EXIT.FAILED, text: 'segment {segment}: the lab has {max} segments, the most it holds' },
  noHostLink: { exit: EXIT.FAILED, text: '{host}:{link}: no such datalink' },
  plugged: { exit: EXIT.FAILED, text: '{host}:{link}: already plugged into {segment} (ipmplab unplug {host}:{link} first)' },
  notPlugged: { exit: EXIT.FAILED, text: '{host}:{link}: not plugged into any segment' },
  badSnapshotName: { exit: EXIT.USAGE, text: "{name}: bad snapshot name (a letter or digit, then letters, digits, '_', '.' or '-', at most 64 characters)" },
  badNote: { exit: EXIT.USAGE, text: 'snapshot save: -m: a note is one line of at most {max} characters' },
  snapshotExists: { exit: EXIT.FAILED, text: 'snapshot {name}: the lab already has a snapshot of that name' },
  noSnapshot: { exit: EXIT.FAILED, text: 'snapshot {name}: no such snapshot' },
  tooManySnapshots: { exit: EXIT.FAILED, text: 'snapshot {name}: the lab keeps at most {max} snapshots (ipmplab snapshot rm NAME first)' },
  snapshotFileNewer: { exit: EXIT.FAILED, text: 'snapshot import {file}: written by a newer ipmplab (format version {version}; this one reads {ours})' },
  snapshotFileDamaged: { exit: EXIT.FAILED, text: 'snapshot import {file}: damaged snapshot file: {why}' },
  snapshotFileUnreadable: { exit: EXIT.FAILED, text: 'snapshot {action} {file}: {reason}' },
  importUnreadable: { exit: EXIT.FAILED, text: 'import {file}: {reason}' },
  importTooLarge: { exit: EXIT.FAILED, text: 'import {file}: larger than {max} bytes' },
  importUnknown: { exit: EXIT.FAILED, text: 'import {file}: not a capture the lab reads (ifconfig -a, netstat -rn, ipadm, ipmpstat, dladm output, /etc/hostname.*, static_routes); nothing changed' },
  importTruncated: { exit: EXIT.FAILED, text: 'import {file}: line {line} is cut off; nothing changed' },
  importNothing: { exit: EXIT.FAILED, text: 'import {files}: no interface or datalink in the captures; nothing changed' },
  // `init --topology`: a refused file is one line, topology FILE: line N, PATH: PROBLEM, where
  // PROBLEM is one of the texts below (or a name's or a link list's text above); nothing changed.
  topology: { exit: EXIT.USAGE, text: 'topology {file}: {problem}' },
  topologyWithOption: { exit: EXIT.USAGE, text: 'init: --topology takes the links and the release from the file, not from --{option}' },
  topologyUnknown: { exit: EXIT.USAGE, text: 'topology {name}: no such built-in topology (built-ins: {names}; a file is named with a / or ends in .yaml, .yml or .json)' },
  topologyUnreadable: { exit: EXIT.USAGE, text: 'cannot read it: {reason}' },
  topologyTooLarge: { exit: EXIT.USAGE, text: 'larger than {max} bytes' },
  topologySyntax: { exit: EXIT.USAGE, text: 'not YAML or JSON: {detail}' },
  topologyMissingField: { exit: EXIT.USAGE, text: 'missing field {field}' },
  topologyUnknownField: { exit: EXIT.USAGE, text: 'unknown field {field} (expected {fields})' },
  topologyType: { exit: EXIT.USAGE, text: 'expected {type}' },
  topologyChoice: { exit: EXIT.USAGE, text: '{given}: expected {choices}' },
  topologyTooMany: { exit: EXIT.USAGE, text: 'at most {max} entries' },
  topologyEmpty: { exit: EXIT.USAGE, text: 'needs at least one entry' },
  topologyTooLong: { exit: EXIT.USAGE, text: 'longer than {max} characters' },
  topologyHostTwice: { exit: EXIT.USAGE, text: 'host {name} is named twice (first at line {first})' },
  topologySegmentTwice: { exit: EXIT.USAGE, text: 'segment {name} is named twice (first at line {first})' },
  topologyCableHost: { exit: EXIT.USAGE, text: 'no host {host} in the file' },
  topologyCableLink: { exit: EXIT.USAGE, text: 'host {host} has no link {link}' },
  topologyCableSegment: { exit: EXIT.USAGE, text: 'no segment {segment} in the file' },
  topologyCableTwice: { exit: EXIT.USAGE, text: '{host}:{link} is already in the cable at line {first}' },
  topologyBootFailed: { exit: EXIT.FAILED, text: 'topology: {count} boot command{s} failed:' },
  topologyBootFailedLine: { exit: EXIT.FAILED, text: 'topology:   {host}: {line}' },
} as const;

/**
 * What the boot script prints on the console when interfaces failed (net-physical
 * warn_failed_ifs). The script passes its list unquoted, so "$2" is only the first interface.
 */
export function netPhysicalWarning(what: string, interfaces: string[]): string {
  return `Failed to ${what} interface(s): ${interfaces[0]}`;
}

/** Printed after every usage error, on its own line. */
export const USAGE_HINT = "Try 'ipmplab --help' for usage.";

export type ErrorId = keyof typeof ERRORS;

/** Fills "{name}" placeholders. */
export function errorText(id: ErrorId, params: Record<string, string | number> = {}): string {
  return ERRORS[id].text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/**
 * A refusal from a command. Thrown inside a transaction so that it rolls back: a rejected
 * command changes nothing.
 */
export class LabFailure extends Error {
  readonly exit: number;

  constructor(readonly id: ErrorId, params: Record<string, string | number> = {}) {
    super(errorText(id, params));
    this.exit = ERRORS[id].exit;
  }
}
