// `ipmplab reboot`: the host restarts. The kernel comes up fresh (only lo0), and the boot
// scripts re-apply what was made persistent: /etc/hostname.<if> and /etc/hostname6.<if> (the
// legacy network/physical method: IPMP interfaces first, then `ifconfig <if> plumb` and each
// line of the file as `ifconfig <if> inet|inet6 <line>`), then /etc/inet/static_routes
// (interface routes first, then the rest). So "does it survive a reboot?" can be rehearsed.
import { hostFiles } from '@ipmplab/core';
import { openSession, splitCommandLine, withSharedSessions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { reboot } from './reboot';
import { TOOLS } from './tools';

interface BootStep {
  argv: string[];
}

/** The boot script's commands, in the order illumos runs them. */
export function bootPlan(files: Map<string, string>): BootStep[] {
  const steps: BootStep[] = [];
  const ifaces = [...files.keys()]
    .map((p) => /^\/etc\/hostname(6?)\.([a-zA-Z0-9._:]+)$/.exec(p))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ path: m[0], v6: m[1] === '6', name: m[2], lines: files.get(m[0])!.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) }));
  const isIpmp = (i: (typeof ifaces)[0]) => i.lines.some((l) => /(^|\s)ipmp(\s|$)/.test(l));
  ifaces.sort((a, b) => Number(isIpmp(b)) - Number(isIpmp(a)) || Number(a.v6) - Number(b.v6) || a.name.localeCompare(b.name));
  for (const i of ifaces) {
    const af = i.v6 ? 'inet6' : 'inet';
    if (!isIpmp(i)) steps.push({ argv: ['ifconfig', i.name, af, 'plumb'] });
    for (const line of i.lines) {
      const split = splitCommandLine(line);
      if ('argv' in split) steps.push({ argv: ['ifconfig', i.name, af, ...split.argv] });
    }
  }
  const routes = (files.get('/etc/inet/static_routes') ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const iface = (l: string) => /(^|\s)-(interface|iface)(\s|$)/.test(l);
  for (const line of [...routes.filter(iface), ...routes.filter((l) => !iface(l))]) {
    const split = splitCommandLine(line);
    if ('argv' in split) steps.push({ argv: ['route', 'add', ...split.argv] });
  }
  return steps;
}

export function runReboot(io: ToolIO, statePath: string): number {
  return withSharedSessions(() => {
    const session = openSession(statePath, io);
    reboot(session.db, undefined, Date.now, { keepWorld: true });
    const files = new Map<string, string>();
    const fs = hostFiles(session.db);
    for (const p of fs.list('/etc/')) files.set(p, fs.read(p)!);
    io.stdout("ipmplab: rebooted; applying the persistent configuration\n");
    let failures = 0;
    for (const step of bootPlan(files)) {
      io.stdout(`+ ${step.argv.join(' ')}\n`);
      const code = TOOLS[step.argv[0]]()([...step.argv.slice(1), '--state', statePath], io);
      if (code !== 0) failures++;
    }
    if (failures) io.stderr(`ipmplab: reboot: ${failures} boot command${failures === 1 ? '' : 's'} failed (see above)\n`);
    return 0;
  });
}
