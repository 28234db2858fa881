// ipmgmtd's files on the simulated host: the persistent configuration /etc/ipadm/ipadm.conf and
// the address-object map of the running system, /etc/svc/volatile/ipadm/aobjmap.conf (S11
// ipmgmt_impl.h IPADM_DB_FILE, ADDROBJ_MAPPING_DB_FILE; on illumos the map lives in ipmgmtd's
// memory, backed by the same volatile file). /etc/svc/volatile is a tmpfs: a reboot empties it.
// Both live in the state file, so every change shares the command's transaction: after kill -9
// the file is either the old one or the new one, never half-written.
import type { HostFiles } from '@ipmplab/core/syscalls';
import { formatNvLine, parseNvLine } from './nvpair';
import type { NvList } from './nvpair';

export const IPADM_CONF_PATH = '/etc/ipadm/ipadm.conf';
/** A fresh disk holds the map as the first boot left it (core store/files.ts BOOT_FILES). */
export { AOBJMAP_PATH } from '@ipmplab/core/syscalls';

/** The comment ipadm.conf ships with (ipmgmtd's ipadm.conf, CDDL block left out). */
export const IPADM_CONF_HEADER = [
  '#',
  '# DO NOT EDIT OR PARSE THIS FILE!',
  '#',
  '# Use the ipadm(1m) command to change the contents of this file.',
  '',
].join('\n');

/** A file of nvlist lines: the comments and blank lines are kept as they are. */
export interface NvFile {
  /** Comment and blank lines from the top of the file (kept when rewritten). */
  header: string;
  lines: NvList[];
}

/** Reads a file of nvlist lines; an absent file is empty, with `header` as its comment block. */
export function readNvFile(files: HostFiles, path: string, header = ''): NvFile {
  const text = files.read(path);
  if (text === undefined) return { header, lines: [] };
  let head = '';
  const lines: NvList[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) {
      if (lines.length === 0 && line !== '') head += `${line}\n`;
      continue;
    }
    lines.push(parseNvLine(line));
  }
  return { header: head, lines };
}

/** Writes the file back: its comment block, then one line per object. */
export function writeNvFile(files: HostFiles, path: string, f: NvFile): void {
  files.write(path, f.header + f.lines.map((l) => `${formatNvLine(l)}\n`).join(''));
}
