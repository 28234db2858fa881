// The `ipmplab` command line (after the lab options --state/--json were taken out) into one
// typed request. Parsing never touches the state file, so a usage error changes nothing.
// yargs is configured not to print or exit: help text and errors come back as values.
import type { Argv } from 'yargs';
import { labYargs } from '@ipmplab/userland/lab-yargs';
import { canonical, familyOf, IOCTL_NAMES, RELEASES } from '@ipmplab/core/syscalls';
import { HELP_TOPICS } from './requests/help';
import { MAN_PAGES } from './shell/man';
import type { Release } from '@ipmplab/core/syscalls';
import { MAX_NOTE, MPATHD_SETTINGS, validHostName, validSegmentName, validSnapshotName } from '@ipmplab/core/lab';
import { parseIoctlArg } from './ioctl-arg';
import { errorText, LabFailure } from './messages';
import { parseDuration } from './duration';
import { explain } from './complaints';
import { parseLinkList } from './linknames';
import { EXPORT_FORMS } from './export/forms';
import type { ExportForm } from './export/forms';
import { BUILTIN_TOPOLOGIES, isTopologyPath } from './topology/builtins';

export type LabRequest =
  | { cmd: 'init'; links?: string[]; release: Release; topology?: string }
  | { cmd: 'reset' }
  | { cmd: 'status' }
  | { cmd: 'link'; name: string; up: boolean }
  | { cmd: 'dad'; action: 'conflict' | 'clear'; addr: string }
  | { cmd: 'dad'; action: 'list' }
  | { cmd: 'clock'; action: 'show' | 'real' }
  | { cmd: 'clock'; action: 'manual'; at?: number }
  | { cmd: 'clock'; action: 'advance'; ms: number }
  | { cmd: 'log'; sinceMs?: number }
  | { cmd: 'check' }
  | { cmd: 'demo'; dialect: 'ifconfig' | 'ipadm' }
  | { cmd: 'mpathd'; action: 'show' | 'start' | 'stop' | 'reload' }
  | { cmd: 'mpathd'; action: 'set'; key: string; value: string }
  | { cmd: 'target'; addr: string; up: boolean }
  | { cmd: 'probe-loss'; name: string; on: boolean }
  | { cmd: 'batch'; file: string; atomic: boolean; keepGoing: boolean }
  | { cmd: 'ioctl'; name: string; arg: string }
  | { cmd: 'redirect'; dest: string; gateway: string; from?: string }
  | { cmd: 'hold'; dest: string }
  | { cmd: 'release'; id: number }
  | { cmd: 'reboot' }
  | { cmd: 'mac'; name: string; mac: string }
  | { cmd: 'file'; action: 'ls' }
  | { cmd: 'file'; action: 'cat' | 'rm'; path: string }
  | { cmd: 'file'; action: 'put'; path: string; content: string }
  | { cmd: 'host'; action: 'add'; name: string; links?: string[]; release?: Release }
  | { cmd: 'host'; action: 'ls' }
  | { cmd: 'host'; action: 'rm' | 'default'; name: string }
  | { cmd: 'host'; action: 'rename'; name: string; to: string }
  | { cmd: 'host'; action: 'power'; name: string; on: boolean }
  | { cmd: 'segment'; action: 'ls' }
  | { cmd: 'segment'; action: 'add' | 'rm' | 'up' | 'down'; name: string }
  | { cmd: 'segment'; action: 'loss'; name: string; percent: number }
  | { cmd: 'plug'; host: string; link: string; segment: string }
  | { cmd: 'unplug'; host: string; link: string }
  | { cmd: 'snapshot'; action: 'save'; name: string; note: string }
  | { cmd: 'snapshot'; action: 'ls' }
  | { cmd: 'snapshot'; action: 'restore' | 'rm'; name: string }
  | { cmd: 'snapshot'; action: 'diff'; name: string; other?: string }
  | { cmd: 'snapshot'; action: 'export'; name: string; file: string }
  | { cmd: 'snapshot'; action: 'import'; file: string; name?: string }
  | { cmd: 'export'; as: ExportForm }
  | { cmd: 'import'; files: string[] }
  | { cmd: 'shell'; script?: string }
  | { cmd: 'env' }
  | { cmd: 'completion'; shell: 'bash' | 'zsh' }
  | { cmd: 'complete-line'; line: string }
  | { cmd: 'help'; topic?: string }
  | { cmd: 'man'; page: string };

export type Parsed =
  | { kind: 'request'; req: LabRequest }
  | { kind: 'help'; text: string }
  | { kind: 'usage'; message: string };

/** Thrown by the fail handler so that yargs stops at the first complaint (and runs no handler). */
class UsageStop extends Error {}

/** Canonical address text; coerce functions throw, which yargs reports as a usage error. */
function address(text: string): string {
  const family = familyOf(text);
  const addr = family && canonical(family, text);
  if (!addr) throw new LabFailure('badAddress', { text });
  return addr;
}

/** A connection number as `hold` printed it (yargs' number type would turn "x" into NaN). */
function connection(text: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(text)) throw new LabFailure('badConnection', { text: restoreStdin(text) });
  return Number(text);
}

/** `init --release`: one of the releases the lab simulates (a bad value is one line naming them). */
function release(value: string | string[]): Release {
  const text = single('release', value);
  if (!(RELEASES as readonly string[]).includes(text)) throw new LabFailure('badRelease', { text, releases: RELEASES.join(' or ') });
  return text as Release;
}

/** A single-valued option given twice arrives as an array. */
function single(option: string, value: string | string[]): string {
  if (Array.isArray(value)) throw new LabFailure('repeatedOption', { option });
  return value;
}

/** `init --topology`: a file (read later, before the lab is touched) or a built-in's name. */
function topology(value: string | string[]): string {
  const text = single('topology', value);
  if (!isTopologyPath(text) && !Object.hasOwn(BUILTIN_TOPOLOGIES, text)) {
    throw new LabFailure('topologyUnknown', { name: restoreStdin(text) || "''", names: Object.keys(BUILTIN_TOPOLOGIES).join(', ') });
  }
  return text;
}

/** The file gives the hosts' links and releases: an option saying them too is refused. */
function initRequest(a: { links?: unknown; release?: unknown; topology?: unknown }): LabRequest {
  const topo = a.topology as string | undefined;
  if (topo !== undefined) {
    const other = a.links !== undefined ? 'links' : a.release !== undefined ? 'release' : undefined;
    if (other) throw new LabFailure('topologyWithOption', { option: other });
    return { cmd: 'init', release: 'illumos', topology: topo };
  }
  return { cmd: 'init', links: a.links as string[] | undefined, release: (a.release as Release | undefined) ?? 'illumos' };
}

function dadCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  return y
    .command('conflict <address>', 'another host on the link now owns ADDRESS (DAD fails for it)',
      (b) => b.positional('address', { type: 'string', demandOption: true, coerce: address }),
      (a) => set({ cmd: 'dad', action: 'conflict', addr: a.address }))
    .command('clear <address>', 'the other host gave ADDRESS up',
      (b) => b.positional('address', { type: 'string', demandOption: true, coerce: address }),
      (a) => set({ cmd: 'dad', action: 'clear', addr: a.address }))
    .command('list', 'list the addresses other hosts own', {}, () => set({ cmd: 'dad', action: 'list' }))
    .demandCommand(1, errorText('dadNoAction'));
}

/** An ISO 8601 time (e.g. 2030-01-01T00:00:00Z) as ms since the epoch. */
function isoTime(text: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new LabFailure('badTime', { text });
  return ms;
}

function absolute(p: string): string {
  if (!p.startsWith('/')) throw new LabFailure('badPath', { path: p });
  return p.replace(/\/+/g, '/');
}

function fileCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  return y
    .command('ls', 'list the files', {}, () => set({ cmd: 'file', action: 'ls' }))
    .command('cat <path>', 'print a file', (b) => b.positional('path', { type: 'string', demandOption: true, coerce: absolute }),
      (a) => set({ cmd: 'file', action: 'cat', path: a.path }))
    .command('put <path> <content>', 'write a file the lab reads (\\n for new lines; - reads standard input)',
      (b) => b.positional('path', { type: 'string', demandOption: true, coerce: absolute }).positional('content', { type: 'string', demandOption: true }),
      (a) => set({ cmd: 'file', action: 'put', path: a.path, content: a.content }))
    .command('rm <path>', 'remove a file', (b) => b.positional('path', { type: 'string', demandOption: true, coerce: absolute }),
      (a) => set({ cmd: 'file', action: 'rm', path: a.path }))
    .demandCommand(1, 'file: expected ls, cat, put or rm');
}

function snapshotName(name: string): string {
  if (!validSnapshotName(name)) throw new LabFailure('badSnapshotName', { name: restoreStdin(name) || "''" });
  return name;
}

/** A snapshot's note: one line, no control characters, at most MAX_NOTE characters. */
function snapshotNote(text: string): string {
  const t = restoreStdin(text);
  // eslint-disable-next-line no-control-regex
  if (t.length > MAX_NOTE || /[\u0000-\u001f\u007f-\u009f]/.test(t)) throw new LabFailure('badNote', { max: MAX_NOTE });
  return t;
}

function snapshotCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  const name = (b: Argv, key = 'name') => b.positional(key, { type: 'string', demandOption: true, coerce: snapshotName });
  return y
    .command('save <name>', 'keep the whole lab as it stands (every host, segment and cable) under NAME',
      (b) => name(b).option('m', { type: 'string', requiresArg: true, coerce: snapshotNote, describe: 'a note saying what the snapshot is' }),
      (a) => set({ cmd: 'snapshot', action: 'save', name: a.name as string, note: (a.m as string | undefined) ?? '' }))
    .command('ls', 'list the snapshots (name, lab time, hosts, note)', {}, () => set({ cmd: 'snapshot', action: 'ls' }))
    .command('restore <name>', 'make the lab what the snapshot holds, in one transaction',
      (b) => name(b), (a) => set({ cmd: 'snapshot', action: 'restore', name: a.name as string }))
    .command('rm <name>', 'remove a snapshot', (b) => name(b), (a) => set({ cmd: 'snapshot', action: 'rm', name: a.name as string }))
    .command('diff <name> [other]', 'what differs between a snapshot and the lab now (or another snapshot), per host',
      (b) => name(b).positional('other', { type: 'string', coerce: snapshotName }),
      (a) => set({ cmd: 'snapshot', action: 'diff', name: a.name as string, other: a.other as string | undefined }))
    .command('export <name> <file>', 'write a snapshot to FILE (- for standard output), to share it',
      (b) => name(b).positional('file', { type: 'string', demandOption: true }),
      (a) => set({ cmd: 'snapshot', action: 'export', name: a.name as string, file: a.file as string }))
    .command('import <file>', 'keep the snapshot FILE (- for standard input) holds in this lab (under its own name, or --name)',
      (b) => b.positional('file', { type: 'string', demandOption: true }).option('name', { type: 'string', requiresArg: true, coerce: snapshotName }),
      (a) => set({ cmd: 'snapshot', action: 'import', file: a.file as string, name: a.name as string | undefined }))
    .demandCommand(1, 'snapshot: expected save, ls, restore, rm, diff, export or import');
}

function clockCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  return y
    .command('manual [time]', 'freeze the clock at the current kernel time, or set it to TIME (ISO 8601; pending timers keep their remaining delays)',
      (b) => b.positional('time', { type: 'string', coerce: isoTime }),
      (a) => set({ cmd: 'clock', action: 'manual', at: a.time as number | undefined }))
    .command('real', 'let the clock follow real time again, from the wall clock (pending timers keep their remaining delays)', {}, () => set({ cmd: 'clock', action: 'real' }))
    .command('advance <duration>', 'move a manual clock on (500ms, 10s, 1m30s)',
      (b) => b.positional('duration', { type: 'string', demandOption: true, coerce: (t: string) => parseDuration(restoreStdin(t), 'clock advance') }),
      (a) => set({ cmd: 'clock', action: 'advance', ms: a.duration as unknown as number }));
}

function hostName(name: string): string {
  if (!validHostName(name)) throw new LabFailure('badHostName', { name: restoreStdin(name) || "''" });
  return name;
}

function segmentName(name: string): string {
  if (!validSegmentName(name)) throw new LabFailure('badSegmentName', { name: restoreStdin(name) || "''" });
  return name;
}

/** HOST:LINK, each part valid (a datalink name as `init --links` takes it). */
function hostLink(text: string): { host: string; link: string } {
  const m = /^([^:]+):([^:]+)$/.exec(text);
  if (!m) throw new LabFailure('badHostLink', { text: restoreStdin(text) || "''" });
  return { host: hostName(m[1]), link: parseLinkList(m[2])[0] };
}

/** A loss percentage: 0 to 100, decimals allowed, an optional '%'. */
function lossPercent(text: string): number {
  const t = restoreStdin(text);
  const m = /^(\d{1,3}(?:\.\d{1,6})?)%?$/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 0 && n <= 100)) throw new LabFailure('badLoss', { text: t || "''" });
  return n;
}

function hostCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  const name = (b: Argv) => b.positional('name', { type: 'string', demandOption: true, coerce: hostName });
  return y
    .command('add <name>', 'a new host in the lab, booted (its own NICs; on the lab\'s clock)',
      (b) => name(b).option('links', { type: 'string', requiresArg: true, coerce: parseLinkList, describe: 'datalinks, e.g. net0,net1 (default net0..net3)' })
        .option('release', { type: 'string', requiresArg: true, coerce: release, describe: `what the host runs: ${RELEASES.join(' or ')}; default illumos` }),
      (a) => set({ cmd: 'host', action: 'add', name: a.name as string, links: a.links as string[] | undefined, release: a.release as Release | undefined }))
    .command('ls', 'list the hosts', {}, () => set({ cmd: 'host', action: 'ls' }))
    .command('rm <name>', 'remove a host with everything it holds', (b) => name(b), (a) => set({ cmd: 'host', action: 'rm', name: a.name as string }))
    .command('rename <name> <new>', 'give a host another name',
      (b) => name(b).positional('new', { type: 'string', demandOption: true, coerce: hostName }),
      (a) => set({ cmd: 'host', action: 'rename', name: a.name as string, to: a.new as string }))
    .command('default <name>', 'the host commands act on when they name none (--host, $IPMPLAB_HOST)', (b) => name(b),
      (a) => set({ cmd: 'host', action: 'default', name: a.name as string }))
    .command('power <name> <state>', 'switch a host off (it answers nothing) or on (it boots from its persistent configuration)',
      (b) => name(b).positional('state', { choices: ['on', 'off'] as const, demandOption: true }),
      (a) => set({ cmd: 'host', action: 'power', name: a.name as string, on: a.state === 'on' }))
    .demandCommand(1, 'host: expected add, ls, rm, rename, default or power');
}

function segmentCommands(y: Argv, set: (r: LabRequest) => void): Argv {
  const name = (b: Argv) => b.positional('name', { type: 'string', demandOption: true, coerce: segmentName });
  const simple = (action: 'add' | 'rm' | 'up' | 'down', text: string) => [`${action} <name>`, text, name,
    (a: { name: unknown }) => set({ cmd: 'segment', action, name: a.name as string })] as const;
  return y
    .command(...simple('add', 'a new segment (an Ethernet broadcast domain: a switch or a VLAN)'))
    .command(...simple('rm', 'remove a segment, unplugging every cable in it'))
    .command('ls', 'list the segments and what is plugged into each', {}, () => set({ cmd: 'segment', action: 'ls' }))
    .command(...simple('up', 'the segment forwards frames again'))
    .command(...simple('down', 'the segment forwards no frame (the NICs in it keep their carrier)'))
    .command('loss <name> <percent>', 'the segment drops PERCENT of its frames',
      (b) => name(b).positional('percent', { type: 'string', demandOption: true, coerce: lossPercent }),
      (a) => set({ cmd: 'segment', action: 'loss', name: a.name as string, percent: a.percent as unknown as number }))
    .demandCommand(1, 'segment: expected add, rm, ls, up, down or loss');
}

const MPATHD_KEYS: readonly string[] = MPATHD_SETTINGS;

/** Checked here so that a bad request is a usage error before any state file is opened. */
function checkIoctl(name: string, arg: string): string {
  if (!(IOCTL_NAMES as string[]).includes(name)) throw new LabFailure('unknownIoctl', { cmd: name, names: IOCTL_NAMES.join(' ') });
  parseIoctlArg(name, arg);
  return name;
}

function mpathdRequest(setting: string | undefined): LabRequest {
  if (setting === undefined) return { cmd: 'mpathd', action: 'show' };
  if (setting === 'start' || setting === 'stop' || setting === 'reload') return { cmd: 'mpathd', action: setting };
  const m = /^([A-Z_]+)=(.*)$/.exec(setting);
  if (!m || !MPATHD_KEYS.includes(m[1])) throw new LabFailure('badSetting', { text: `expected start, stop, reload or one of ${MPATHD_KEYS.map((k) => `${k}=`).join(', ')}` });
  return { cmd: 'mpathd', action: 'set', key: m[1], value: m[2] };
}

function build(argv: string[], set: (r: LabRequest) => void): Argv {
  return labYargs(argv, 'ipmplab', '$0 <command> [--state FILE] [--host NAME] [--json]')
    .recommendCommands()
    .fail((msg, err) => {
      throw new UsageStop(msg || err?.message || 'bad command line');
    })
    .command('init', 'boot the state file as a fresh host (or as the lab a topology describes)',
      (b) => b.option('links', { type: 'string', requiresArg: true, coerce: parseLinkList, describe: 'datalinks, e.g. net0,net1 (default net0..net3)' })
        .option('release', { type: 'string', requiresArg: true, coerce: release, describe: `what the host runs: ${RELEASES.join(' or ')} (Oracle Solaris 11.4); default illumos` })
        .option('topology', {
          type: 'string', requiresArg: true, coerce: topology,
          describe: `build the whole lab from a YAML or JSON file (a path: with a / or ending in .yaml, .yml or .json) or a built-in: ${Object.keys(BUILTIN_TOPOLOGIES).join(', ')}`,
        }),
      (a) => set(initRequest(a)))
    .command('reset', 'reboot the host, keeping its datalinks', {}, () => set({ cmd: 'reset' }))
    .command('status', 'show datalinks, clock, routes, timers, conflicts', {}, () => set({ cmd: 'status' }))
    .command('link <name> <state>', 'plug or pull a datalink\'s cable',
      (b) => b.positional('name', { type: 'string', demandOption: true }).positional('state', { choices: ['up', 'down'] as const, demandOption: true }),
      (a) => set({ cmd: 'link', name: a.name, up: a.state === 'up' }))
    .command('mac <name> <address>', "give a datalink's NIC another factory Ethernet address (kept across reboots; dladm reset-linkprop returns to it)",
      (b) => b.positional('name', { type: 'string', demandOption: true }).positional('address', { type: 'string', demandOption: true }),
      (a) => set({ cmd: 'mac', name: a.name, mac: a.address }))
    .command('dad', 'duplicate-address conflicts with other hosts', (b) => dadCommands(b, set), () => undefined)
    .command('clock', 'show the kernel clock, or switch/advance it', (b) => clockCommands(b, set),
      () => set({ cmd: 'clock', action: 'show' }))
    .command('log', 'the kernel\'s console messages (syslog format)',
      (b) => b.option('since', {
        type: 'string', requiresArg: true, describe: 'only the last DURATION (seconds, 10m, 1h ...)',
        coerce: (v: string | string[]) => parseDuration(restoreStdin(single('since', v)), 'log --since'),
      }),
      (a) => set({ cmd: 'log', sinceMs: a.since as number | undefined }))
    .command('check', 'run the state file\'s full integrity check', {}, () => set({ cmd: 'check' }))
    .command('mpathd [setting]', 'in.mpathd: show its settings, start|stop it, reload its settings (as svcadm refresh network/ipmp), or set KEY=VALUE in /etc/default/mpathd and reload',
      (b) => b.positional('setting', { type: 'string' }),
      (a) => set(mpathdRequest(a.setting)))
    .command('target <address> <state>', 'a probe target (another host on the link) answers or stops answering',
      (b) => b.positional('address', { type: 'string', demandOption: true, coerce: address }).positional('state', { choices: ['up', 'down'] as const, demandOption: true }),
      (a) => set({ cmd: 'target', addr: a.address, up: a.state === 'up' }))
    .command('probe-loss <interface> <state>', 'lose every probe sent from an interface (on) or none (off)',
      (b) => b.positional('interface', { type: 'string', demandOption: true }).positional('state', { choices: ['on', 'off'] as const, demandOption: true }),
      (a) => set({ cmd: 'probe-loss', name: a.interface, on: a.state === 'on' }))
    .command('batch <file>', 'run tool command lines from FILE (- for stdin) in one process',
      (b) => b.positional('file', { type: 'string', demandOption: true })
        .option('atomic', { type: 'boolean', default: false, describe: 'one transaction for the whole file: all lines or none' })
        .option('keep-going', { type: 'boolean', default: false, describe: 'run the remaining lines after a failing one' }),
      (a) => set({ cmd: 'batch', file: a.file, atomic: !!a.atomic, keepGoing: !!a['keep-going'] }))
    .command('ioctl <request> [argument]', 'issue one raw kernel request (JSON in, JSON out)',
      (b) => b.positional('request', { type: 'string', demandOption: true }).positional('argument', { type: 'string', default: '{}' }),
      (a) => set({ cmd: 'ioctl', name: checkIoctl(a.request, a.argument as string), arg: a.argument as string }))
    .command('redirect <destination> <gateway>', 'the kernel receives an ICMP redirect for DESTINATION to GATEWAY',
      (b) => b.positional('destination', { type: 'string', demandOption: true, coerce: address })
        .positional('gateway', { type: 'string', demandOption: true, coerce: address })
        .option('from', { type: 'string', requiresArg: true, coerce: (v: string | string[]) => address(single('from', v)), describe: 'the router that sent it (default: the one in use)' }),
      (a) => set({ cmd: 'redirect', dest: a.destination, gateway: a.gateway, from: a.from as string | undefined }))
    .command('hold <destination>', 'open a simulated connection: the route it uses gains a reference',
      (b) => b.positional('destination', { type: 'string', demandOption: true, coerce: address }),
      (a) => set({ cmd: 'hold', dest: a.destination }))
    .command('release <connection>', 'close a simulated connection (its number from hold)',
      (b) => b.positional('connection', { type: 'string', demandOption: true, coerce: connection }),
      (a) => set({ cmd: 'release', id: a.connection }))
    .command('reboot', 'restart the host: a fresh kernel, then the persistent configuration (/etc/hostname.*, static routes)', {},
      () => set({ cmd: 'reboot' }))
    .command('host', 'the lab\'s hosts (add NAME, ls, rm NAME, rename NAME NEW, default NAME, power NAME on|off)', (b) => hostCommands(b, set), () => undefined)
    .command('segment', 'the lab\'s segments (add NAME, rm NAME, ls, up NAME, down NAME, loss NAME PERCENT)', (b) => segmentCommands(b, set), () => undefined)
    .command('plug <port> <segment>', 'plug a host\'s datalink (HOST:LINK) into a segment',
      (b) => b.positional('port', { type: 'string', demandOption: true, coerce: hostLink }).positional('segment', { type: 'string', demandOption: true, coerce: segmentName }),
      (a) => set({ cmd: 'plug', ...(a.port as unknown as { host: string; link: string }), segment: a.segment as string }))
    .command('unplug <port>', 'unplug a host\'s datalink (HOST:LINK) from its segment',
      (b) => b.positional('port', { type: 'string', demandOption: true, coerce: hostLink }),
      (a) => set({ cmd: 'unplug', ...(a.port as unknown as { host: string; link: string }) }))
    .command('snapshot', 'snapshots of the whole lab (save NAME [-m NOTE], ls, restore NAME, rm NAME, diff NAME [OTHER], export NAME FILE, import FILE)',
      (b) => snapshotCommands(b, set), () => undefined)
    .command('export', 'print what builds this host\'s configuration on a real host: ifconfig and route lines, ipadm lines, or the boot files',
      (b) => b.option('as', { choices: EXPORT_FORMS, default: 'ifconfig' as const, describe: 'the form: the commands in either dialect, or the files read at boot' }),
      (a) => set({ cmd: 'export', as: a.as as ExportForm }))
    .command('import <files..>', 'rebuild the host from captures of a real one (ifconfig -a, netstat -rn, ipadm, ipmpstat, dladm output, /etc files; - for standard input)',
      (b) => b.positional('files', { type: 'string', array: true, demandOption: true }),
      (a) => set({ cmd: 'import', files: (a.files as string[]).map((f) => restoreStdin(String(f))) }))
    .command('file', 'the host\'s configuration files (ls, cat PATH, put PATH CONTENT|-, rm PATH)', (b) => fileCommands(b, set), () => undefined)
    .command('shell', 'every tool at one prompt, in this process (-f SCRIPT: run a script)',
      (b) => b.option('f', { type: 'string', requiresArg: true, describe: 'run the lines of SCRIPT, then exit' }),
      (a) => set({ cmd: 'shell', script: a.f as string | undefined }))
    .command('env', 'shell code that puts the lab\'s tools on PATH and shadows the illumos programs it lacks: eval "$(ipmplab env)"', {},
      () => set({ cmd: 'env' }))
    .command('completion <shell>', 'a completion script for the lab\'s tools: eval "$(ipmplab completion bash)"',
      (b) => b.positional('shell', { choices: ['bash', 'zsh'] as const, demandOption: true }),
      (a) => set({ cmd: 'completion', shell: a.shell }))
    // What the completion scripts ask (not for people).
    .command('complete-line <line>', false,
      (b) => b.positional('line', { type: 'string', demandOption: true }),
      (a) => set({ cmd: 'complete-line', line: restoreStdin(a.line) }))
    .command('man <tool>', 'the lab\'s manual page of a tool: what it simulates, where it differs from illumos',
      (b) => b.positional('tool', { choices: Object.keys(MAN_PAGES) }),
      (a) => set({ cmd: 'man', page: a.tool as string }))
    .command('help [topic]', 'the lab\'s concepts: clock, faults, hosts, shell, snapshots',
      (b) => b.positional('topic', { choices: Object.keys(HELP_TOPICS) }),
      (a) => set({ cmd: 'help', topic: a.topic as string | undefined }))
    .command('demo', 'a narrated rehearsal on a fresh host, in the ifconfig dialect or the ipadm one',
      (b) => b.option('dialect', { choices: ['ifconfig', 'ipadm'] as const, default: 'ifconfig' as const, describe: 'what the administrator types' }),
      (a) => set({ cmd: 'demo', dialect: a.dialect }))
    .demandCommand(1, errorText('noCommand'));
}

// yargs parses a positional a second time as `--name VALUE`, where a lone "-" (standard input,
// for `batch -` and `file put PATH -`) reads as an option and the value becomes "". "-" goes
// through under a spelling no option can have and is given back in the request. So do the
// other words that begin with '-' but are no option: a negative number ("-5s" for clock
// advance, which must be told it is negative, not that it is missing) and the content of
// `file put` (a static route line is "-net 10.0.0.0/8 ...").
const STDIN_WORD = '\u0000-';
const restoreStdin = (text: string) => text.split(STDIN_WORD).join('-');
const notAnOption = (a: string, i: number, argv: string[]) =>
  a === '-' || /^-[\d.]/.test(a) || (i === 3 && argv[0] === 'file' && argv[1] === 'put' && a.startsWith('-') && a !== '-h' && a !== '--help');

export function parseLab(argv: string[]): Parsed {
  let req: LabRequest | undefined;
  let output = '';
  const args = argv.map((a, i) => (notAnOption(a, i, argv) ? `\u0000${a}` : a));
  try {
    build(args, (r) => { req = r; }).parse(args, {}, (_err, _argv, out) => { output = out; });
  } catch (e) {
    if (e instanceof LabFailure) return { kind: 'usage', message: restoreStdin(e.message) };
    if (e instanceof UsageStop) return { kind: 'usage', message: explain(restoreStdin(e.message), argv) };
    throw e;
  }
  if (req) {
    const r = req as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(r)) if (typeof v === 'string') r[k] = restoreStdin(v);
    return { kind: 'request', req };
  }
  return { kind: 'help', text: output };
}
