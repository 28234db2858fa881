// The host's disk: its configuration files (/etc/inet/static_routes, /etc/default/mpathd, ...)
// live in the state file too, so they share its transactions and survive `ipmplab reboot` while
// the kernel does not. A new disk holds the stock files of an illumos install that the lab reads
// (they are written out on the first change; until then reads see the stock text), and the
// symbolic links illumos keeps in /etc (/etc/hosts -> inet/hosts) lead to the same files.
import fs from 'node:fs';
import type { Db } from './db';
import { openState } from './open';
import { stmt } from './statements';
import { defaultHost, hostByName } from './hosts';

export interface HostFiles {
  read(path: string): string | undefined;
  write(path: string, content: string, mode?: number): void;
  remove(path: string): void;
  list(prefix?: string): string[];
}

/** /etc/hosts, /etc/networks and /etc/netmasks are symbolic links into /etc/inet on illumos. */
const LINKS: Record<string, string> = {
  '/etc/hosts': '/etc/inet/hosts',
  '/etc/networks': '/etc/inet/networks',
  '/etc/netmasks': '/etc/inet/netmasks',
};

export const MPATHD_DEFAULTS_PATH = '/etc/default/mpathd';
export const HOSTS_PATH = '/etc/inet/hosts';
export const NETWORKS_PATH = '/etc/inet/networks';
export const NETMASKS_PATH = '/etc/inet/netmasks';
export const STATIC_ROUTES_PATH = '/etc/inet/static_routes';
/** ipmgmtd's address-object map of the running system (on /etc/svc/volatile, a tmpfs). */
export const AOBJMAP_PATH = '/etc/svc/volatile/ipadm/aobjmap.conf';

/** /etc/hostname.<if> and /etc/hostname6.<if> (the legacy network/physical configuration). */
export const HOSTNAME_FILE = /^\/etc\/hostname(6?)\.([a-zA-Z0-9._:]+)$/;

/** The files of a fresh install the lab reads, as shipped (comments shortened). */
export const STOCK_FILES: Readonly<Record<string, string>> = {
  [MPATHD_DEFAULTS_PATH]: [
    '#',
    '# in.mpathd reads this file when it starts and when it is told to reload',
    '# (svcadm refresh network/ipmp).',
    '#',
    '# Time taken by mpathd to detect a NIC failure in ms. The minimum time',
    '# that can be specified is 100 ms.',
    '#',
    'FAILURE_DETECTION_TIME=10000',
    '#',
    '# Failback is enabled by default. To disable failback turn off this option',
    '#',
    'FAILBACK=yes',
    '#',
    '# By default only interfaces configured as part of multipathing groups',
    '# are tracked. Turn off this option to track all network interfaces',
    '# on the system',
    '#',
    'TRACK_INTERFACES_ONLY_WITH_GROUPS=yes',
    '',
  ].join('\n'),
  [HOSTS_PATH]: '#\n# Internet host table\n#\n::1\t\tlocalhost\n127.0.0.1\tlocalhost\tloghost\n',
  [NETWORKS_PATH]: [
    '#',
    '# The networks file associates Internet Protocol (IP) network numbers',
    '# with network names.  The format of this file is:',
    '#',
    '#\tnetwork-name\tnetwork-number\tnicnames . . .',
    '#',
    'loopback\t127',
    'arpanet\t\t10\t\tarpa\t# Historical',
    '',
  ].join('\n'),
  [NETMASKS_PATH]: [
    '#',
    '# The netmasks file associates Internet Protocol (IP) address',
    '# masks with IP network numbers.',
    '#',
    '#\tnetwork-number\tnetmask',
    '#',
    '# Both are specified in "decimal dot" notation, e.g:',
    '#',
    '#\t\t128.32.0.0 255.255.255.0',
    '#',
    '',
  ].join('\n'),
};

/**
 * What a fresh host's boot leaves in volatile files the lab's programs read: ipmgmtd's map once
 * illumos' net-loopback has run `ipadm create-addr -t -T static -a 127.0.0.1/8 lo0/v4` and
 * `-a ::1/128 lo0/v6` (the kernel's boot stands in for the plumb those make). The userland's
 * ipmgmtd writes the same lines at every boot (ipmgmtd/loopback.ts; a test keeps them equal).
 */
const BOOT_FILES: Readonly<Record<string, string>> = {
  [AOBJMAP_PATH]: [
    '_aobjname=lo0/v4;_ifname=lo0;_lifnum=0;_family=2;_flags=1;_atype=0;_addr=;',
    '_aobjname=lo0/v6;_ifname=lo0;_lifnum=0;_family=26;_flags=1;_atype=0;_addr=;',
    '',
  ].join('\n'),
};

/** Every file a fresh disk holds until its first change. */
const FRESH_FILES: Readonly<Record<string, string>> = { ...STOCK_FILES, ...BOOT_FILES };

/** The file a path names, through /etc's symbolic links. */
export function filePath(path: string): string {
  return LINKS[path] ?? path;
}

/** Whether the lab reads the file at `path` (the only ones `ipmplab file put` writes). */
export function labReads(path: string): boolean {
  const p = filePath(path);
  return p in STOCK_FILES || p === STATIC_ROUTES_PATH || HOSTNAME_FILE.test(p);
}

/** The files the lab reads, for people. */
export const LAB_READS = [
  '/etc/hostname.<if>', '/etc/hostname6.<if>', STATIC_ROUTES_PATH, MPATHD_DEFAULTS_PATH,
  `${HOSTS_PATH} (/etc/hosts)`, `${NETWORKS_PATH} (/etc/networks)`, `${NETMASKS_PATH} (/etc/netmasks)`,
];

/** A host's disk still holds exactly the stock files when no change was ever written to it. */
function pristine(db: Db, host: number): boolean {
  return (stmt(db, 'SELECT disk FROM hosts WHERE id = ?').get(host) as { disk: number } | undefined)?.disk !== 1;
}

/** The first change writes the stock files out, so a removal or a rewrite sticks. */
function materialise(db: Db, host: number): void {
  if (!pristine(db, host)) return;
  for (const [path, content] of Object.entries(FRESH_FILES)) {
    stmt(db, 'INSERT INTO files (host, path, content, mode) VALUES (?, ?, ?, ?) ON CONFLICT (host, path) DO NOTHING').run(host, path, content, 0o644);
  }
  stmt(db, 'UPDATE hosts SET disk = 1 WHERE id = ?').run(host);
}

/** The disk of one host of the lab. */
export function hostFiles(db: Db, host: number): HostFiles {
  return {
    read: (path) => {
      const p = filePath(path);
      const row = stmt(db, 'SELECT content FROM files WHERE host = ? AND path = ?').get(host, p) as { content: string } | undefined;
      return row ? row.content : pristine(db, host) ? FRESH_FILES[p] : undefined;
    },
    write: (path, content, mode = 0o644) => {
      materialise(db, host);
      stmt(db, 'INSERT INTO files (host, path, content, mode) VALUES (?, ?, ?, ?) ON CONFLICT (host, path) DO UPDATE SET content = excluded.content, mode = excluded.mode')
        .run(host, filePath(path), content, mode);
    },
    remove: (path) => {
      materialise(db, host);
      stmt(db, 'DELETE FROM files WHERE host = ? AND path = ?').run(host, filePath(path));
    },
    list: (prefix = '') => {
      const rows = (stmt(db, "SELECT path FROM files WHERE host = ? AND path LIKE ? || '%' ORDER BY path").all(host, prefix) as { path: string }[]).map((r) => r.path);
      if (!pristine(db, host)) return rows;
      return [...new Set([...rows, ...Object.keys(FRESH_FILES).filter((p) => p.startsWith(prefix))])].sort();
    },
  };
}

/** A new machine's disk (init, reset, a new host): the stock files only. */
export function newDisk(db: Db, host: number): void {
  stmt(db, 'DELETE FROM files WHERE host = ?').run(host);
  stmt(db, 'UPDATE hosts SET disk = 0 WHERE id = ?').run(host);
}

/*
 * The disk the user-level programs of this process read (in.mpathd its defaults file, the name
 * service /etc/inet/hosts ...): the state file the tool opened. The kernel never reads it.
 */
let mounted: { path: string; db?: Db; host?: string } | undefined;
let mounts = 0;

/**
 * Names the state file (and its open connection, when there is one) whose disk is read, and
 * the host of the lab it belongs to (absent: the lab's default host).
 */
export function useHostDisk(path: string | undefined, db?: Db, host?: string): void {
  mounted = path === undefined ? undefined : { path, db, host };
  mounts++;
}

/** Changes whenever another disk is named: what a reader parsed before may be stale. */
export function hostDiskMounts(): number {
  return mounts;
}

/** The mounted host's files; a host that is not in the lab has the stock files. */
function mountedFiles(db: Db, host: string | undefined, paths: string[]): (string | undefined)[] {
  const h = host === undefined ? defaultHost(db) : hostByName(db, host);
  return h ? paths.map(hostFiles(db, h.id).read) : paths.map((p) => STOCK_FILES[filePath(p)]);
}

/**
 * Files of the mounted disk, each undefined when it does not exist. A process that named no
 * state sees a new machine's.
 */
export function readHostFiles(...paths: string[]): (string | undefined)[] {
  const m = mounted;
  const stock = () => paths.map((p) => STOCK_FILES[filePath(p)]);
  if (!m) return stock();
  if (m.db?.open) return mountedFiles(m.db, m.host, paths);
  // Before the tool opened its state (it checks its words first): a state not made yet will be
  // a new machine, with the stock files; an existing one is only read. (Not through a read-only
  // connection: that one could not remove the -wal file it makes when it closes.)
  if (!fs.existsSync(m.path)) return stock();
  const db = openState(m.path, { create: false });
  try {
    return mountedFiles(db, m.host, paths);
  } finally {
    db.close();
  }
}
