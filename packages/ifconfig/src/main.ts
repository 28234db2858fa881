// ifconfig(8): argument handling (ifconfig.c main), the walk over every interface for -a, and
// the status output. Output is collected and written once the transaction has committed.
import { hostFiles, ioctl, IFF, LIFNAMSIZ } from '@ipmplab/core/syscalls';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import { openSession, runToolMain, callerFrom, jsonText, useNamesOf, tryIoctl, LIFC_ALL } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { USAGE } from './usage';
import { planWords } from './grammar/plan';
import type { Plan } from './grammar/plan';
import { Exit, perror2, errnoOf } from './errors';
import { runStep } from './requests';
import { createPendingAddress } from './address';
import type { RunCtx } from './context';
import { readStatus } from './status';
import { formatStatus } from './printer';
import type { LifStatus } from './printer';


interface AllOptions {
  up: boolean; down: boolean; noDhcp: boolean; v4: boolean; v6: boolean; verbose: boolean;
}

type Output = { stream: 'out' | 'err'; text: string }[];

function parseDashWord(word: string, err: (t: string) => void): AllOptions | number {
  const o: AllOptions = { up: false, down: false, noDhcp: false, v4: false, v6: false, verbose: false };
  let all = false;
  for (const c of word.slice(1)) {
    switch (c) {
      case 'a': all = true; break;
      case 'u': o.up = true; break;
      case 'd': o.down = true; break;
      case 'D': o.noDhcp = true; break;
      case '4': o.v4 = true; break;
      case '6': o.v6 = true; break;
      case 'v': o.verbose = true; break;
      case 'Z': case 'X': break;
      case 'h':
        err(USAGE);
        return 1;
      default:
        err(`ifconfig: illegal option -- ${c}\n`);
        err(USAGE);
        return 1;
    }
  }
  if (!all) {
    err(`ifconfig: ${word}: no such interface\n`);
    return 1;
  }
  return o;
}

function statusJson(s: LifStatus) {
  return { ...s, flags: `0x${s.flags.toString(16)}` };
}

export function ifconfigMain(argv: string[], ioIn: ToolIO): number {
  // Complaints echo the words typed (interface, group and address texts): shown visibly; a bad
  // lab option exits 1, as ifconfig's usage errors do.
  const labOption = { tool: 'ifconfig', labOptionMessage: (text: string) => `ifconfig: ${text}\n`, labOptionExit: 1 };
  return runToolMain(labOption, argv, ioIn, (lab, io) => {
    const output: Output = [];
    const code = run(lab.rest, lab.state, lab.host, lab.json, io, output);
    for (const o of output) (o.stream === 'out' ? io.stdout : io.stderr)(o.text);
    return code;
  });
}

function run(words: string[], state: string | undefined, host: string | undefined, json: boolean, io: ToolIO, output: Output): number {
  const out = (text: string) => output.push({ stream: 'out', text });
  const err = (text: string) => output.push({ stream: 'err', text });
  const name = words[0] ?? '-a';
  let rest = words.slice(1);
  let all: AllOptions | undefined;
  if (name.startsWith('-')) {
    const parsed = parseDashWord(name, err);
    if (typeof parsed === 'number') return parsed;
    all = parsed;
  } else if (name.length > LIFNAMSIZ - 1) {
    err(`${name}: interface name too long\n`);
    return 1;
  }
  let afGiven: Family | undefined;
  if (rest[0] === 'inet' || rest[0] === 'inet6') {
    afGiven = rest[0];
    rest = rest.slice(1);
  }
  const af: Family = afGiven ?? 'inet';
  // Check the words before touching the kernel (for -a they are checked per family below);
  // host and network names in them are the host's, read from the state it names.
  useNamesOf(state, io.env, host);
  if (!all && rest.length > 0) {
    const plan = planWords(rest, af);
    if ('error' in plan) {
      err(`${plan.error}\n`);
      return 1;
    }
  }
  const session = openSession(state, io, host);
  // Printing status only reads: take a snapshot instead of the write lock.
  const readOnly = rest.length === 0;
  try {
    return (readOnly ? session.view.bind(session) : session.run.bind(session))((k) => {
      const privileged = callerFrom(io.env).privileged;
      const { distribution: release } = ioctl(k, 'UNAME', {});
      const iph = { k, files: hostFiles(session.db, session.hostId()), release, authorized: privileged, legacy: true };
      const base = { k, iph, out, err, privileged, verbose: !!all?.verbose };
      const statusOut = (s: LifStatus) => (json ? statuses.push(s) : out(formatStatus(s, release)));
      const statuses: LifStatus[] = [];
      try {
        if (all) {
          walkAll(k, all, afGiven, rest, base, statusOut);
        } else if (rest.length === 0) {
          try {
            statusOut(readStatus(k, name, af, afGiven === undefined));
          } catch (e) {
            err(`${perror2('status: SIOCGLIFFLAGS', name, errnoOf(e))}\n`);
            return 1;
          }
        } else {
          runWords(k, { ...base, name, given: name, af }, planWords(rest, af) as Plan);
        }
      } catch (e) {
        if (e instanceof Exit) return e.code;
        throw e;
      } finally {
        if (json && statuses.length) out(`${jsonText(statuses.map(statusJson), undefined, 2)}\n`);
      }
      return 0;
    });
  } finally {
    session.close();
  }
}

function runWords(k: Kernel, ctx: RunCtx, plan: Plan): void {
  ctx.netmask = plan.netmask;
  for (const step of plan.steps) runStep(ctx, step);
  createPendingAddress(ctx);
}

function walkAll(
  k: Kernel,
  o: AllOptions,
  afGiven: Family | undefined,
  words: string[],
  base: Omit<RunCtx, 'name' | 'given' | 'af'>,
  statusOut: (s: LifStatus) => void,
): void {
  const fam = o.v4 ? 'inet' : o.v6 ? 'inet6' : afGiven ?? 'unspec';
  if (words.length === 1 && words[0] === 'plumb') return plumbAll(k, o, afGiven ?? 'inet', base);
  const plans = new Map<Family, Plan>();
  for (const entry of ioctl(k, 'SIOCGLIFCONF', { af: fam, flags: LIFC_ALL }).entries) {
    // An earlier entry's words may have removed this one (unplumb): skip it, as illumos'
    // foreachinterface does when SIOCGLIFFLAGS fails.
    let flags: bigint;
    try {
      flags = ioctl(k, 'SIOCGLIFFLAGS', { name: entry.name, af: entry.family }).flags;
    } catch (e) {
      errnoOf(e);
      continue;
    }
    if (o.up && (flags & IFF.UP) === 0n) continue;
    if (o.down && (flags & IFF.UP) !== 0n) continue;
    if (o.noDhcp && (flags & IFF.DHCPRUNNING) !== 0n) continue;
    if (words.length === 0) {
      statusOut(readStatus(k, entry.name, entry.family, afGiven === undefined));
      continue;
    }
    let plan = plans.get(entry.family);
    if (!plan) {
      const p = planWords(words, entry.family);
      if ('error' in p) {
        base.err(`${p.error}\n`);
        throw new Exit(1);
      }
      plan = p;
      plans.set(entry.family, p);
    }
    runWords(k, { ...base, name: entry.name, given: entry.name, af: entry.family }, plan);
  }
}

/** `ifconfig -a plumb`: every datalink, for the family given. */
function plumbAll(k: Kernel, o: AllOptions, af: Family, base: Omit<RunCtx, 'name' | 'given' | 'af'>): void {
  if (o.up || o.down || o.noDhcp || o.v4 || o.v6) {
    base.err('ifconfig: invalid syntax used to plumb all interfaces.\n');
    throw new Exit(1);
  }
  for (const link of ioctl(k, 'DLPI_WALK', {}).links) {
    // ni_entry: only the links dlpi_open(3DLPI) opens (none without privilege).
    if (tryIoctl(() => ioctl(k, 'DLPI_INFO', { link })) === undefined) continue;
    runWords(k, { ...base, name: link, given: link, af }, planWords(['plumb'], af) as Plan);
  }
}
