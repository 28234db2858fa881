// `ipmplab reboot`: the host restarts. The kernel comes up fresh (only lo0), and the boot
// scripts re-apply what was made persistent (boot-plan.ts), so "does it survive a reboot?" can
// be rehearsed. Like net-physical, an interface that does not plumb is not configured, and the
// console names what failed; the lab then lists every failed line and exits 1.
import { hostFiles } from '@ipmplab/core/syscalls';
import { openSession, vis, withSharedSessions } from '@ipmplab/userland';
import type { Session, ToolIO } from '@ipmplab/userland';
import { reboot } from '@ipmplab/core/lab';
import { TOOLS } from './tools';
import { bootIpmgmtd, bootMpathd } from './boot-ipmgmtd';
import { bootPlan } from './boot-plan';
import { applyLinkProperties } from './dlmgmtd';
import type { BootLine } from './boot-plan';
import { EXIT, errorText, netPhysicalWarning } from '../messages';

export function runReboot(io: ToolIO, statePath: string, host?: string, realNow: () => number = Date.now): number {
  return withSharedSessions(() => {
    const session = openSession(statePath, io, host);
    reboot(session.db, undefined, realNow, { keepWorld: true, host: session.host });
    io.stdout('ipmplab: rebooted; applying the persistent configuration\n');
    return applyPersistentConfiguration(io, statePath, session);
  });
}

/**
 * What the boot scripts do on a freshly booted kernel (the host's session): the link properties,
 * ipmgmtd, net-physical's interfaces and addresses, static routes, in.mpathd. Exit status 1 when
 * a line failed (each is listed).
 */
export function applyPersistentConfiguration(io: ToolIO, statePath: string, session: Session): number {
  const files = new Map<string, string>();
  const fs = hostFiles(session.db, session.hostId());
  for (const p of fs.list('/etc/')) files.set(p, fs.read(p)!);
  applyLinkProperties(io, statePath, files, session.host);
  const failed: BootLine[] = [];
  const run = (step: BootLine): boolean => {
    // The words come from the host's files: shown visibly.
    io.stdout(`+ ${step.argv.map((w) => vis(w)).join(' ')}\n`);
    const ok = TOOLS[step.argv[0]]()([...step.argv.slice(1), '--state', statePath, ...(session.host === undefined ? [] : ['--host', session.host])], io) === 0;
    if (!ok) failed.push(step);
    return ok;
  };
  // net-physical's lists of interfaces that failed, by what failed.
  const warnings = new Map<string, string[]>();
  const warn = (what: string, name: string) => warnings.set(what, [...(warnings.get(what) ?? []), name]);
  const plan = bootPlan(files);
  // ipmgmtd starts first: the running system's address-object map is on a tmpfs, empty after
  // the reboot, and the persistent protocol properties are applied (IPH_INIT).
  bootIpmgmtd(session);
  for (const line of plan.ipadm) run(line);
  for (const i of plan.interfaces) {
    const family = i.v6 ? 'IPv6' : 'IPv4';
    if (i.plumb && !run(i.plumb)) {
      warn(`plumb ${family}`, i.name);
      continue;
    }
    let ok = true;
    for (const line of i.lines) ok = run(line) && ok;
    if (!ok) warn(`configure ${family}`, i.name);
  }
  for (const what of ['plumb IPv4', 'plumb IPv6', 'configure IPv4', 'configure IPv6']) {
    const names = warnings.get(what);
    if (names) io.stderr(`${netPhysicalWarning(what, names)}\n`);
  }
  for (const route of plan.routes) run(route);
  if (plan.ipadmIpmp) bootMpathd(session);
  if (failed.length === 0) return EXIT.OK;
  io.stderr(`ipmplab: ${errorText('bootFailed', { count: failed.length, s: failed.length === 1 ? '' : 's' })}\n`);
  for (const f of failed) io.stderr(`ipmplab: ${errorText('bootFailedLine', { path: f.path, line: f.line || `(${f.argv.join(' ')})` })}\n`);
  return EXIT.FAILED;
}
