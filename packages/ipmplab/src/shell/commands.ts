// What a word at the start of a command names in the lab's shell: one of the lab's tools (run in
// this process through the entry its executable uses), a shell built-in, a filter of the
// machine the lab runs on that output may be piped into, or a program illumos has and the lab
// does not, which answers with what the lab offers instead. Nothing else runs: a host program
// never runs by accident.
import { arpMain } from '@ipmplab/arp';
import { pingMain } from '@ipmplab/ping';
// rtmon's main alone: its package index brings the ink view, which the shell does not use.
import { rtmonMain } from '@ipmplab/rtmon/main';
import { withLabHelp } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { TOOLS } from '../requests/tools';
import type { ToolMain } from '../requests/tools';

/** A tool run in this process; `signal` is aborted by an interrupt (ping's statistics, rtmon's stop). */
export type AsyncToolMain = (argv: string[], io: ToolIO, signal: AbortSignal) => Promise<number>;

export const ASYNC_TOOLS: Record<string, AsyncToolMain> = {
  ping: (argv, io, signal) => withLabHelp(pingMain)(argv, io, { signal }),
  // In the shell rtmon prints route monitor's lines (its terminal view is for a terminal of its own).
  rtmon: (argv, io, signal) => rtmonMain([...argv, '--plain'], { io, signal }),
};

/** The lab's tools that run in this process, synchronously. */
export function syncTool(name: string): ToolMain | undefined {
  const main = name === 'arp' ? arpMain : TOOLS[name]?.();
  return main && withLabHelp(main);
}

/**
 * Monitors that run until interrupted and block while they do (`route monitor`, `ipmpstat -p`):
 * they run as the lab's own executable, in a process of their own that an interrupt stops.
 */
export function runsAsProcess(name: string, args: string[]): boolean {
  if (name === 'route') return args.includes('monitor');
  if (name === 'ipmpstat') return args.some((a) => /^-[a-zA-Z]*p/.test(a));
  return false;
}

/** The machine's own filters output may be piped into (and that may read it). */
export const FILTERS = new Set(['grep', 'egrep', 'fgrep', 'head', 'tail', 'sort', 'uniq', 'wc', 'cut', 'sed', 'awk', 'tr', 'cat', 'tee',
  'column', 'nl', 'fold', 'paste']);

export const BUILTINS = new Set(['exit', 'echo', 'true', 'false', 'help', 'cd', 'man']);

/** illumos programs the lab has not, and what it offers instead. */
export const ELSEWHERE: Record<string, string> = {
  snoop: 'the lab has no packets to capture; rtmon shows the routing socket, ipmpstat -p the probes',
  tcpdump: 'the lab has no packets to capture; rtmon shows the routing socket, ipmpstat -p the probes',
  dtrace: 'the lab has no DTrace; ipmplab log shows the console, rtmon the routing socket',
  truss: 'the lab\'s tools run in this shell; there is no process to trace',
  pkill: 'in.mpathd runs inside the lab: ipmplab mpathd stop|start|reload',
  pgrep: 'in.mpathd runs inside the lab: ipmplab mpathd shows whether it runs',
  kill: 'in.mpathd runs inside the lab: ipmplab mpathd stop|start|reload',
  svcadm: 'the lab has no SMF; ipmplab mpathd reload (in.mpathd), ipmplab reboot (network/physical)',
  svcs: 'the lab has no SMF; ipmplab mpathd and ipmplab status show what runs',
  routeadm: 'use ipadm set-prop -p forwarding=on|off ipv4 (or ipv6)',
  ndd: 'use ipadm set-prop / show-prop',
  reboot: 'use ipmplab reboot',
  init: 'use ipmplab reboot',
  shutdown: 'use ipmplab reboot',
  dmesg: 'use ipmplab log',
  ipmpadm: 'use ipadm create-ipmp / add-ipmp (or ifconfig IF group NAME)',
  traceroute: 'not in the lab yet; ping -t TTL shows where a packet stops',
  ssh: 'every host of the lab is here: use --host NAME (or ipmplab host ls)',
  sh: 'you are in the lab\'s shell already; ipmplab shell -f SCRIPT runs a script',
  bash: 'you are in the lab\'s shell already; ipmplab shell -f SCRIPT runs a script',
};

/** Every command name the shell knows, for completion and `help`. */
export function commandNames(): string[] {
  return [...new Set(['ipmplab', ...Object.keys(TOOLS), 'arp', ...Object.keys(ASYNC_TOOLS), ...BUILTINS])].sort();
}
