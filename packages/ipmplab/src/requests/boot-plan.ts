// What the boot scripts run after `ipmplab reboot`, in their order: the legacy network/physical
// method for /etc/hostname.<if> and /etc/hostname6.<if> (IPMP interfaces first, then
// `ifconfig <if> plumb` and each line of the file as `ifconfig <if> inet|inet6 <line>`), then
// /etc/inet/static_routes (interface routes first, then the rest).
import { HOSTNAME_FILE, STATIC_ROUTES_PATH } from '@ipmplab/core/store';
import { IPADM_CONF_PATH, ipmgmtGetIf, splitCommandLine } from '@ipmplab/userland';
import type { HostFiles } from '@ipmplab/core/syscalls';

/** One line of a persistent file, as the command the boot scripts run for it. */
export interface BootLine {
  /** The file it comes from and its text ('' for the implicit plumb). */
  path: string;
  line: string;
  argv: string[];
}

/** An /etc/hostname[6].<if> file: plumbed first (unless it creates an IPMP interface), then its lines. */
export interface BootInterface {
  name: string;
  v6: boolean;
  plumb?: BootLine;
  lines: BootLine[];
}

export interface BootPlan {
  /** `ipadm enable-if -t` for the interfaces of ipadm.conf: IPMP interfaces first, then the rest but their members. */
  ipadm: BootLine[];
  /** ipadm.conf has an IPMP interface (in.mpathd is started after the interfaces). */
  ipadmIpmp: boolean;
  interfaces: BootInterface[];
  routes: BootLine[];
}

/**
 * S11 net-physical: every interface of ipadm.conf (not lo0) is enabled with `ipadm enable-if -t`,
 * the IPMP interfaces first ("which also enables all the underlying interfaces"), then the
 * others that are no IPMP interface's member, each in the order ipadm.conf names them.
 */
function ipadmPlan(files: Map<string, string>): { lines: BootLine[]; names: Set<string>; ipmp: boolean } {
  const path = IPADM_CONF_PATH;
  const ifs = ipmgmtGetIf(memoryDisk(files)).ifs.filter((p) => p.name !== 'lo0' && p.families.length > 0);
  const ipmp = ifs.filter((p) => p.cls === 'ipmp');
  const rest = ifs.filter((p) => p.cls !== 'ipmp' && p.ipmpif === '');
  const lines = [...ipmp, ...rest].map((p) => ({ path, line: '', argv: ['ipadm', 'enable-if', '-t', p.name] }));
  return { lines, names: new Set(ifs.map((p) => p.name)), ipmp: ipmp.length > 0 };
}

/** The files as a read-only disk for ipmgmtd's readers. */
function memoryDisk(files: Map<string, string>): HostFiles {
  return {
    read: (p) => files.get(p),
    write: () => undefined,
    remove: () => undefined,
    list: (prefix = '/') => [...files.keys()].filter((p) => p.startsWith(prefix)),
  };
}

/** Lines that say something: blank lines and comments are skipped, as the scripts' `read` loops do. */
const meaningful = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

function commands(path: string, lines: string[], prefix: string[]): BootLine[] {
  const out: BootLine[] = [];
  for (const line of lines) {
    const split = splitCommandLine(line);
    if ('argv' in split) out.push({ path, line, argv: [...prefix, ...split.argv] });
  }
  return out;
}

/** The boot scripts' commands, in the order illumos runs them. */
export function bootPlan(files: Map<string, string>): BootPlan {
  const fromIpadm = ipadmPlan(files);
  const found = [...files.keys()]
    .map((p) => HOSTNAME_FILE.exec(p))
    .filter((m): m is RegExpExecArray => !!m)
    // An interface ipadm.conf configures is not configured again from its hostname file: ipadm's
    // configuration wins (inferred; S11 converts the files once, illumos reads both).
    .filter((m) => !fromIpadm.names.has(m[2]))
    .map((m) => ({ path: m[0], v6: m[1] === '6', name: m[2], lines: meaningful(files.get(m[0])!) }));
  const isIpmp = (i: (typeof found)[0]) => i.lines.some((l) => /(^|\s)ipmp(\s|$)/.test(l));
  found.sort((a, b) => Number(isIpmp(b)) - Number(isIpmp(a)) || Number(a.v6) - Number(b.v6) || a.name.localeCompare(b.name));
  const interfaces = found.map((i): BootInterface => {
    const af = i.v6 ? 'inet6' : 'inet';
    return {
      name: i.name,
      v6: i.v6,
      plumb: isIpmp(i) ? undefined : { path: i.path, line: '', argv: ['ifconfig', i.name, af, 'plumb'] },
      lines: commands(i.path, i.lines, ['ifconfig', i.name, af]),
    };
  });
  const routes = meaningful(files.get(STATIC_ROUTES_PATH) ?? '');
  const iface = (l: string) => /(^|\s)-(interface|iface)(\s|$)/.test(l);
  return { ipadm: fromIpadm.lines, ipadmIpmp: fromIpadm.ipmp, interfaces, routes: commands(STATIC_ROUTES_PATH, [...routes.filter(iface), ...routes.filter((l) => !iface(l))], ['route', 'add']) };
}
