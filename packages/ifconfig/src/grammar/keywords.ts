// The command-word table (ifconfig.c cmds[]), in lookup order. A word not found here is an
// address. `flag` keywords set (+) or clear (-) one IFF bit through setifflags.
import { IFF } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';

export type Handler =
  | 'flag' | 'debug' | 'verbose' | 'netmask' | 'metric' | 'mtu' | 'index' | 'broadcast' | 'ipmp' | 'plumb'
  | 'unplumb' | 'subnet' | 'token' | 'addif' | 'removeif' | 'group' | 'set' | 'destination' | 'zone'
  | 'nozone' | 'allzones' | 'ether' | 'usesrc' | 'unsupported';

export interface Keyword {
  word: string;
  handler: Handler;
  /** For 'flag': the bit and whether the keyword sets or clears it. */
  flag?: bigint;
  set?: boolean;
  /** NEXTARG / OPTARG. */
  arg: 'none' | 'next' | 'opt';
  /** Keywords restricted to one family ("Operation %s not supported for %s"). */
  family?: Family;
  /** c_abortonfail: stop this interface when the handler fails. */
  abort?: boolean;
}

const flag = (word: string, bit: bigint, set: boolean, extra: Partial<Keyword> = {}): Keyword =>
  ({ word, handler: 'flag', flag: bit, set, arg: 'none', ...extra });
const cmd = (word: string, handler: Handler, arg: Keyword['arg'] = 'none', extra: Partial<Keyword> = {}): Keyword =>
  ({ word, handler, arg, ...extra });

export const KEYWORDS: readonly Keyword[] = [
  flag('up', IFF.UP, true),
  flag('down', IFF.UP, false),
  flag('trailers', IFF.NOTRAILERS, false),
  flag('-trailers', IFF.NOTRAILERS, true),
  flag('arp', IFF.NOARP, false, { family: 'inet' }),
  flag('-arp', IFF.NOARP, true, { family: 'inet' }),
  flag('router', IFF.ROUTER, true),
  flag('-router', IFF.ROUTER, false),
  flag('private', IFF.PRIVATE, true),
  flag('-private', IFF.PRIVATE, false),
  flag('xmit', IFF.NOXMIT, false),
  flag('-xmit', IFF.NOXMIT, true),
  flag('-nud', IFF.NONUD, true, { family: 'inet6' }),
  flag('nud', IFF.NONUD, false, { family: 'inet6' }),
  flag('anycast', IFF.ANYCAST, true),
  flag('-anycast', IFF.ANYCAST, false),
  flag('local', IFF.NOLOCAL, false),
  flag('-local', IFF.NOLOCAL, true),
  flag('deprecated', IFF.DEPRECATED, true),
  flag('-deprecated', IFF.DEPRECATED, false),
  flag('preferred', IFF.PREFERRED, true, { family: 'inet6' }),
  flag('-preferred', IFF.PREFERRED, false, { family: 'inet6' }),
  cmd('debug', 'debug'),
  cmd('verbose', 'verbose'),
  cmd('netmask', 'netmask', 'next', { family: 'inet' }),
  cmd('metric', 'metric', 'next'),
  cmd('mtu', 'mtu', 'next'),
  cmd('index', 'index', 'next'),
  cmd('broadcast', 'broadcast', 'next', { family: 'inet' }),
  cmd('auto-revarp', 'unsupported', 'none', { family: 'inet', abort: true }),
  cmd('ipmp', 'ipmp', 'none', { abort: true }),
  cmd('plumb', 'plumb', 'none', { abort: true }),
  cmd('unplumb', 'unplumb'),
  cmd('subnet', 'subnet', 'next'),
  cmd('token', 'token', 'next', { family: 'inet6' }),
  cmd('tsrc', 'unsupported', 'next'),
  cmd('tdst', 'unsupported', 'next'),
  cmd('encr_auth_algs', 'unsupported', 'next'),
  cmd('encr_algs', 'unsupported', 'next'),
  cmd('auth_algs', 'unsupported', 'next'),
  cmd('addif', 'addif', 'next', { abort: true }),
  cmd('removeif', 'removeif', 'next', { abort: true }),
  cmd('modlist', 'unsupported', 'none', { abort: true }),
  cmd('modinsert', 'unsupported', 'next', { abort: true }),
  cmd('modremove', 'unsupported', 'next', { abort: true }),
  flag('failover', IFF.NOFAILOVER, false, { abort: true }),
  flag('-failover', IFF.NOFAILOVER, true, { abort: true }),
  flag('standby', IFF.STANDBY, true, { abort: true }),
  flag('-standby', IFF.STANDBY, false, { abort: true }),
  flag('failed', IFF.FAILED, true, { abort: true }),
  flag('-failed', IFF.FAILED, false, { abort: true }),
  cmd('group', 'group', 'next', { abort: true }),
  cmd('configinfo', 'unsupported', 'none', { abort: true }),
  cmd('encaplimit', 'unsupported', 'next'),
  cmd('-encaplimit', 'unsupported'),
  cmd('thoplimit', 'unsupported', 'next'),
  cmd('set', 'set', 'next'),
  cmd('destination', 'destination', 'next'),
  cmd('zone', 'zone', 'next'),
  cmd('-zone', 'nozone'),
  cmd('all-zones', 'allzones'),
  cmd('ether', 'ether', 'opt'),
  cmd('usesrc', 'usesrc', 'next'),
];

export function findKeyword(word: string): Keyword | undefined {
  return KEYWORDS.find((k) => k.word === word);
}
