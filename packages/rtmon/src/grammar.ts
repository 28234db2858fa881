// The rtmon command line (a lab tool, so its grammar is yargs', not an illumos clone's) into one
// typed request. Parsing never touches the state file, so a usage error opens nothing.
// yargs is configured not to print or exit: help text and complaints come back as values.
import { takeLabOptions } from '@ipmplab/userland';
import { labYargs } from '@ipmplab/userland/lab-yargs';
import { parseTypeList } from './filter';
import type { FamilyOption } from './filter';
import { USAGE } from './messages';

export type { FamilyOption } from './filter';

export interface RtmonOptions {
  /** --state FILE (else $IPMPLAB_STATE / the default path). */
  state?: string;
  /** --host NAME (else $IPMPLAB_HOST / the lab's default host): whose routing socket. */
  host?: string;
  /** --json: one JSON object per message on stdout (implies the plain path). */
  json: boolean;
  /** --plain: line output even on a terminal. */
  plain: boolean;
  /** -n: numeric addresses. */
  numeric: boolean;
  /** --under-ipmp: RT_AWARE = RTAW_UNDER_IPMP. */
  underIpmp: boolean;
  /** -f inet|inet6: SO_PROTOTYPE. */
  family?: FamilyOption;
  /** --type: message types shown (rtm_type values); undefined = all. */
  types?: number[];
  /** --interface NAME. */
  iface?: string;
  /** --dump: the atomic table + interface dump first. */
  dump: boolean;
  /** --since SEQ: replay the journal after SEQ. */
  since?: number;
  /** --record FILE. */
  record?: string;
  /** --replay FILE. */
  replay?: string;
  /** --fast: replay without the recorded pauses. */
  fast: boolean;
  /** --count N: stop after N messages shown. */
  count?: number;
  /** --poll MS: how often the journal is read. */
  pollMs: number;
}

export type Parsed =
  | { kind: 'run'; opts: RtmonOptions }
  | { kind: 'help'; text: string }
  | { kind: 'usage'; message: string };

export const DEFAULT_POLL_MS = 5;

class UsageStop extends Error {}

function single<T>(option: string, value: T | T[]): T {
  if (Array.isArray(value)) throw new UsageStop(USAGE.repeated(option));
  return value;
}

function nonNegativeInt(option: string, text: string | string[]): number {
  const v = String(single(option, text));
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageStop(USAGE.notCount(option, v));
  return Number(v);
}

/** yargs' complaints that count rather than say ("Not enough arguments following: since"), said plainly. */
function reword(message: string, argv: string[]): string {
  let m = /^Not enough arguments following: (\S+)$/.exec(message);
  if (m) return USAGE.needsValue(m[1]);
  m = /^Unknown arguments?: ([^,]+)/.exec(message);
  if (!m) return message;
  const option = m[1].length === 1 ? `-${m[1]}` : `--${m[1]}`;
  return argv.some((a) => a === option || a.startsWith(`${option}=`)) ? USAGE.unknownOption(option) : USAGE.unexpected(m[1]);
}

function build(argv: string[]) {
  return labYargs(argv, 'rtmon', [
      '$0 [options]',
      '',
      'Opens a simulated routing socket on the lab state file and prints every message it',
      'receives as illumos `route monitor` does (plain lines when stdout is not a terminal or',
      'with --plain; a live terminal view otherwise).',
    ].join('\n'))
    .parserConfiguration({ 'boolean-negation': false, 'short-option-groups': true, 'camel-case-expansion': false })
    .fail((msg, err) => {
      throw err instanceof UsageStop ? err : new UsageStop(reword(msg || err?.message || 'bad command line', argv));
    })
    .option('plain', { type: 'boolean', default: false, describe: 'plain route-monitor lines even on a terminal' })
    .option('n', { type: 'boolean', default: false, describe: 'numeric addresses (no host names)' })
    .option('under-ipmp', { type: 'boolean', default: false, describe: 'set RT_AWARE to RTAW_UNDER_IPMP (see interfaces under IPMP)' })
    .option('f', { type: 'string', requiresArg: true, describe: 'only messages of this family (SO_PROTOTYPE): inet or inet6' })
    .option('type', { type: 'string', requiresArg: true, describe: 'only these types, e.g. RTM_ADD,RTM_IFINFO (repeatable)' })
    .option('interface', { type: 'string', requiresArg: true, describe: 'only messages about interface NAME (IFP name or index)' })
    .option('dump', { type: 'boolean', default: false, describe: 'first print the whole table and interface list atomically' })
    .option('since', { type: 'string', requiresArg: true, describe: 'replay the journal from after sequence number SEQ' })
    .option('record', { type: 'string', requiresArg: true, describe: 'also write what is shown to FILE (JSON lines)' })
    .option('replay', { type: 'string', requiresArg: true, describe: 'play a recording back instead of opening a state' })
    .option('fast', { type: 'boolean', default: false, describe: 'with --replay: no pauses between messages' })
    .option('count', { type: 'string', requiresArg: true, describe: 'exit after N messages have been shown' })
    .option('poll', { type: 'string', requiresArg: true, describe: `journal poll interval in ms (default ${DEFAULT_POLL_MS})` })
    .epilogue([
      'Lab options: --state FILE (default $IPMPLAB_STATE), --host NAME (whose routing socket: default $IPMPLAB_HOST,',
      'else the lab\'s default host), --json (one JSON object per line).',
      'Keys in the terminal view: arrows/PgUp/PgDn move, Enter or Right expands, u toggles',
      'RTAW_UNDER_IPMP, p pauses, f edits the filter, c clears, q quits.',
      'Exit status: 0 stopped (q, SIGINT, SIGTERM, --count reached, replay ended), 1 state or',
      'recording file refused or --since past the end of the journal, 2 bad command line,',
      '70 internal error, 141 stdout closed.',
    ].join('\n'));
}

export function parseRtmon(argvIn: string[]): Parsed {
  const lab = takeLabOptions(argvIn);
  if (lab.error) return { kind: 'usage', message: lab.error };
  const argv = lab.rest;
  let output = '';
  let a: Record<string, unknown>;
  try {
    a = build(argv).parseSync(argv, {}, (_err, _argv, out) => {
      output = out;
    }) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof UsageStop) return { kind: 'usage', message: e.message };
    throw e;
  }
  if (output || a.help) return { kind: 'help', text: output };
  try {
    const positional = (a._ as unknown[]) ?? [];
    if (positional.length) throw new UsageStop(USAGE.unexpected(String(positional[0])));
    const bool = (name: string) => {
      const v = a[name];
      if (Array.isArray(v)) return v.some(Boolean);
      return v === true;
    };
    let family: FamilyOption | undefined;
    if (a.f !== undefined) {
      const f = single('f', a.f as string);
      if (f !== 'inet' && f !== 'inet6') throw new UsageStop(USAGE.badFamily(f));
      family = f;
    }
    let types: number[] | undefined;
    if (a.type !== undefined) {
      const lists = ([] as string[]).concat(a.type as string | string[]);
      const r = parseTypeList(lists.join(','));
      if ('error' in r) throw new UsageStop(USAGE.badTypes(r.error));
      types = r.types;
    }
    const iface = a.interface === undefined ? undefined : single('interface', a.interface as string);
    if (iface !== undefined && !/^[A-Za-z][A-Za-z0-9_.]*\d$/.test(iface)) throw new UsageStop(USAGE.badInterface(iface));
    const since = a.since === undefined ? undefined : nonNegativeInt('since', a.since as string);
    const count = a.count === undefined ? undefined : nonNegativeInt('count', a.count as string);
    if (count === 0) throw new UsageStop(USAGE.countZero);
    const pollMs = a.poll === undefined ? DEFAULT_POLL_MS : nonNegativeInt('poll', a.poll as string);
    if (pollMs < 1 || pollMs > 1000) throw new UsageStop(USAGE.pollRange);
    const record = a.record === undefined ? undefined : single('record', a.record as string);
    const replay = a.replay === undefined ? undefined : single('replay', a.replay as string);
    const opts: RtmonOptions = {
      state: lab.state,
      host: lab.host,
      json: lab.json,
      plain: bool('plain'),
      numeric: bool('n'),
      underIpmp: bool('under-ipmp'),
      family,
      types,
      iface,
      dump: bool('dump'),
      since,
      record,
      replay,
      fast: bool('fast'),
      count,
      pollMs,
    };
    if (opts.dump && opts.since !== undefined) throw new UsageStop(USAGE.dumpSince);
    if (opts.fast && !opts.replay) throw new UsageStop(USAGE.fastNeedsReplay);
    if (opts.replay) {
      const live = [opts.state !== undefined && '--state', opts.dump && '--dump', opts.since !== undefined && '--since', opts.underIpmp && '--under-ipmp']
        .filter(Boolean);
      if (live.length) throw new UsageStop(USAGE.replayIsNotLive(live.join(', ')));
      if (opts.record && opts.record === opts.replay) throw new UsageStop(USAGE.recordIsReplay);
    }
    return { kind: 'run', opts };
  } catch (e) {
    if (e instanceof UsageStop) return { kind: 'usage', message: e.message };
    throw e;
  }
}
