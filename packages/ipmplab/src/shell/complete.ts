// Tab completion: command names first; after a command, its sub-commands and keywords, and the
// names the lab holds now (interfaces, IPMP groups, address objects, hosts, segments, snapshots), read
// from the state file without changing it.
import { openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { networkView, snapshots } from '@ipmplab/core/lab';
import { KEYWORDS } from '@ipmplab/ifconfig';
import { ipadmMain } from '@ipmplab/ipadm';
import { commandNames } from './commands';

/** Words each command takes in first place or anywhere (its sub-commands and keywords). */
const WORDS: Record<string, string[]> = {
  ipadm: ['create-ip', 'delete-ip', 'create-ipmp', 'delete-ipmp', 'add-ipmp', 'remove-ipmp', 'disable-if', 'enable-if', 'show-if', 'set-ifprop',
    'reset-ifprop', 'show-ifprop', 'set-prop', 'reset-prop', 'show-prop', 'create-addr', 'delete-addr', 'up-addr', 'down-addr', 'enable-addr',
    'disable-addr', 'refresh-addr', 'show-addr', 'set-addrprop', 'reset-addrprop', 'show-addrprop', 'static', 'addrconf'],
  dladm: ['show-link', 'show-phys', 'show-linkprop', 'set-linkprop', 'reset-linkprop', 'rename-link'],
  route: ['add', 'delete', 'change', 'get', 'flush', 'monitor', 'show', 'default', '-net', '-host', '-netmask', '-interface', '-ifp', '-ifa', '-inet6'],
  ipmplab: ['init', 'reset', 'reboot', 'status', 'link', 'mac', 'dad', 'clock', 'log', 'mpathd', 'target', 'probe-loss', 'file', 'ioctl', 'redirect',
    'hold', 'release', 'batch', 'check', 'demo', 'host', 'segment', 'plug', 'unplug', 'manual', 'real', 'advance', 'add', 'ls', 'rm', 'rename',
    'default', 'power', 'up', 'down', 'loss', 'on', 'off', 'snapshot', 'save', 'restore', 'diff', 'export', 'import', '--as', 'ifconfig', 'ipadm', 'files'],
  ipmpstat: ['-a', '-g', '-i', '-t', '-p', '-n', '-o', '-P'],
  netstat: ['-r', '-rn', '-i', '-in', '-p', '-pn', '-a', '-v', '-f', 'inet', 'inet6'],
  if_mpadm: ['-d', '-r'],
  arp: ['-a', '-an', '-d', '-s', '-f', 'temp', 'pub', 'permanent'],
  ping: ['-s', '-n', '-I', '-i', '-A', '-t'],
  ifconfig: KEYWORDS.map((k) => k.word).filter((n) => /^[a-z-]/.test(n)),
};

/** The address objects (`ipadm show-addr -p -o addrobj`, as ipadm names them). */
function addressObjects(state: string | undefined, host: string | undefined, io: ToolIO): string[] {
  const out: string[] = [];
  const args = ['show-addr', '-p', '-o', 'addrobj', ...(state !== undefined ? ['--state', state] : []), ...(host !== undefined ? ['--host', host] : [])];
  ipadmMain(args, { env: io.env, stdout: (t) => out.push(t), stderr: () => undefined, isTTY: false });
  return out.join('').split('\n').filter((l) => l !== '');
}

/** The lab's names now: interfaces, groups, address objects, hosts, segments and snapshots. */
export function labNames(state: string | undefined, host: string | undefined, io: ToolIO): string[] {
  try {
    const s = openSession(state, io, host);
    try {
      const names = s.view((k) => [
        ...Object.keys(k.state.links), ...Object.keys(k.state.phyints), ...Object.keys(k.state.groups ?? {}),
      ]);
      const lab = s.viewLab((db) => {
        const v = networkView(db);
        return [...v.hosts.map((h) => h.name), ...v.segments.map((seg) => seg.name), ...snapshots(db).map((x) => x.name)];
      });
      return [...new Set([...names, ...lab, ...addressObjects(state, host, io)])];
    } finally {
      s.close();
    }
  } catch {
    return [];
  }
}

/** readline's completer: the candidates for the word under the cursor, and that word. */
export function complete(line: string, names: () => string[]): [string[], string] {
  const words = line.split(/\s+/);
  const word = words[words.length - 1];
  const candidates = words.length <= 1 || /[;|&]$/.test(words[words.length - 2] ?? '')
    ? commandNames()
    : [...(WORDS[words.find((w) => w !== '') ?? ''] ?? []), ...names()];
  const hits = [...new Set(candidates.filter((c) => c.startsWith(word)))].sort();
  // A single candidate is the word: it gets the space that ends it, as a shell's completion does.
  return [hits.length === 1 ? [`${hits[0]} `] : hits, word];
}
