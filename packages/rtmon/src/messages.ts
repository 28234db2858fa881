// Every text rtmon prints on stderr and every status it exits with, in one place. rtmon is a lab
// tool, not an illumos clone, so the words are the lab's own: each complaint is one line
// "rtmon: <text>", a usage one followed by USAGE_HINT. Elsewhere: the complaints about a
// recording (record.ts, RecordingError, exit 1: "<file>: line N: not JSON", ...), the state
// file's refusals (the store's, exit 1), the route monitor text of the messages (route's
// printers) and what the terminal view draws.
import { EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_STATE } from '@ipmplab/userland';

/**
 * 0 stopped (q, SIGINT, SIGTERM, --count reached, a replay ended); 1 the state file, a recording
 * or the journal position (--since past its end) refused; 2 bad command line (nothing opened);
 * 70 internal error; 141 stdout was closed.
 */
export const EXIT = { OK: 0, FAILED: EXIT_STATE, USAGE: 2, INTERNAL: EXIT_INTERNAL, PIPE: EXIT_BROKEN_PIPE } as const;

export const USAGE_HINT = "Try 'rtmon --help' for usage.";

/** Complaints about the command line (exit 2). */
export const USAGE = {
  repeated: (option: string) => `--${option} given more than once`,
  notCount: (option: string, value: string) => `--${option}: ${value}: not a non-negative integer`,
  needsValue: (option: string) => `${option.length === 1 ? '-' : '--'}${option} needs a value`,
  unknownOption: (option: string) => `unknown option ${option}`,
  unexpected: (word: string) => `unexpected argument: ${word}`,
  badFamily: (f: string) => `-f: ${f}: expected inet or inet6`,
  badTypes: (error: string) => `--type: ${error}`,
  badInterface: (name: string) => `--interface: ${name}: not an interface name`,
  countZero: '--count: must be at least 1',
  pollRange: '--poll: must be between 1 and 1000 ms',
  dumpSince: '--dump and --since cannot be combined',
  fastNeedsReplay: '--fast needs --replay',
  replayIsNotLive: (options: string) => `--replay plays a recording and opens no state: ${options} cannot be used with it`,
  recordIsReplay: '--record and --replay name the same file',
} as const;

/** Everything else (the exit status beside each use). */
export const MSG = {
  /** A gap: the socket fell behind the bounded journal (stderr in plain mode, a row in the view). */
  lost: (count: number) => `rtmon: ${count} messages lost`,
  /** --since names a position the journal has not reached: nothing would ever be shown (exit 1). */
  sincePastEnd: (since: number, last: number) => `--since ${since}: the journal ends at sequence number ${last}`,
  busy: 'state file is busy (another command holds it); try again',
  internal: (detail: string) => `internal error: ${detail}`,
  noTui: (detail: string) => `the terminal view cannot be loaded (${detail}); printing plain lines`,
} as const;

/** A refusal rtmon reports in one line and exits 1 for (a recording, the journal position). */
export class RtmonFailure extends Error {}
