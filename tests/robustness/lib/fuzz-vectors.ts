// argv generators for the fuzz test, built from each tool's own vocabulary (ifconfig's keyword
// table, netstat's getopt string, ipmplab's commands) plus addresses, numbers, interface names
// that exist and do not, junk and unicode. Every vector carries the class that decides what the
// test may assert about the state afterwards.
import path from 'node:path';
import { KEYWORDS } from '../../../packages/ifconfig/src/grammar/keywords';
import type { Rng } from '@ipmplab/test-support';

export type Family = 'inet' | 'inet6';

export interface Vector {
  argv: string[];
  /**
   * read: only reports (the state must not change);
   * reject: aimed at an interface that does not exist, or invalid grammar: refused before any
   *   kernel change (the state must not change);
   * any: anything goes; the state must stay consistent.
   */
  kind: 'read' | 'reject' | 'any';
  why: string;
}

// ---------------------------------------------------------------- junk

const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz0123456789',
  '-_:./+=,@%~!?*&^$#\'"`\\ |<>()[]{};',
  'éüßçñøÅ', '网卡接口地址', 'αβγδ', 'АБВГД', 'שלום', 'مرحبا',
  '\u0301\u0308\u20dd', '\u200b\u200d\u2060\ufeff', '\u202e\u202d',
  '０１２３ｎｅｔ', '\t\n\r\x1b\x07\x7f',
];
const ASTRAL = ['🔥', '😀', '𝔫𝔢𝔱', '🇺🇸', '👩‍💻'];

/** A junk word; `inProcess` allows what argv of a real process cannot carry (NUL, lone surrogates). */
export function junk(rng: Rng, inProcess: boolean): string {
  const n = rng.weighted([[3, 0], [30, rng.range(1, 6)], [20, rng.range(7, 20)], [3, rng.range(30, 40)], [2, rng.range(200, 2000)]] as const);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.05) s += rng.pick(ASTRAL);
    else if (inProcess && r < 0.06) s += rng.pick(['\0', '\ud800', '\udfff']);
    else {
      const a = rng.pick(ALPHABETS);
      s += a[rng.int(a.length)];
    }
  }
  return s;
}

/** Lab options that would send the command to another file are left out: the test owns the path. */
export function keepStatePath(argv: string[]): string[] {
  return argv.filter((a, i) => !(a === '--state' && i < argv.length - 1) && !(a.startsWith('--state=') && a !== '--state='));
}

export const processSafe = (argv: string[]) => argv.every((a) => !a.includes('\0') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(a));

// ---------------------------------------------------------------- shared values

export const NUMBERS = ['0', '1', '2', '7', '68', '1279', '1280', '1500', '1501', '9000', '65535', '65536', '-1', '-0', '+5',
  '2147483647', '2147483648', '4294967296', '99999999999999999999', '0x10', '010', '1e3', '1.5', 'abc', '', ' 12', '12abc', 'NaN', 'Infinity'];
export const GOOD4 = ['10.1.2.3', '192.168.1.99', '172.16.5.5', '127.0.0.2', '0.0.0.0', '255.255.255.255', '1.2.3', '0x0a000001',
  '010.0.0.1', 'localhost', 'loopback', 'arpanet', '10.9.9.9/24', '10.9.9.9/8', '192.168.1.10', '192.168.1.11/24', '10.5.0.1', '224.0.0.1', '10.5.0.1/0'];
export const GOOD6 = ['2001:db8::1', '2001:db8::2/64', 'fe80::1/10', '::', '::1', '::ffff:1.2.3.4', '2001:DB8:0:0:0:0:0:1',
  'fe80::8:20ff:fe4c:3a11', 'localhost', '2001:db8::1/128', 'ff02::1'];
/** Bad as an address word in both families. */
export const BAD_BOTH = ['300.1.1.1', '1.2.3.4.5', 'hello', '::1::2', '', 'zz:zz::g', '1.2.3.4x', '10.0.0.1/33', '10.0.0.1/-1',
  '2001:db8::1/129', '10.0.0.1/', '256.256.256.256', 'net0', 'localhostx', '1..2', '10.0.0.1/x'];
const BAD: Record<Family, string[]> = {
  inet: [...BAD_BOTH, '::1', '2001:db8::1', 'fe80::1/10'],
  inet6: [...BAD_BOTH, '10.1.2.3', '192.168.1.10/24', 'loopback'],
};
const GOOD: Record<Family, string[]> = { inet: GOOD4, inet6: GOOD6 };

// ---------------------------------------------------------------- ifconfig

/** Interfaces of the prepared state (see fuzz.test.ts). */
export const IF_EXISTING = ['lo0', 'net0', 'net0:1', 'net0:2', 'net1', 'net2', 'net2:1'];
/** Names that name no interface and no datalink, and that no ifconfig word but `ipmp` can create. */
export const IF_NONEXISTENT = ['net4', 'net9', 'net10', 'bge0', 'e1000g0', 'lo1', 'ipmp0', 'vni0', 'NET0', 'net00', 'net-0', 'x', '',
  'net9:1', 'bge0:3', 'net0:', ':1', 'net0:01', 'net0:256', 'net0:-1', 'net0:1:2', 'net0: 1', 'nét0', 'net０', '网卡0', '🔥0',
  'net\u200b0', 'a'.repeat(31) + '0', 'n'.repeat(100), 'net0 ', ' net0', 'net0\n', '0net', '.0', 'lo0:99999999999999'];
const DASH_NOT_ALL = ['-', '-4', '-6', '-u', '-d', '-D', '-v', '-Z', '-x', '-h', '-ud', '-46', '-b', '--', '-A', '-1'];
const DASH_ALL = ['-a', '-a4', '-a6', '-au', '-ad', '-aD', '-av', '-aZ', '-a4u', '-a6d', '-aX', '-Za', '-va'];

const NEXTARG = KEYWORDS.filter((k) => k.arg === 'next').map((k) => k.word);
const FLAG_WORDS = KEYWORDS.filter((k) => k.handler === 'flag');

function argFor(rng: Rng, word: string, f: Family): string[] {
  switch (word) {
    case 'mtu': case 'metric': case 'index': return [word, rng.pick(NUMBERS)];
    case 'netmask': return [word, rng.pick(['255.255.255.0', '255.255.0.0', '255.0.0.0', '0xffffff00', '+', '255.255.255.255', '0.0.0.0', '255.0.255.0'])];
    case 'broadcast': return [word, rng.pick(['+', '10.255.255.255', '192.168.1.255', '0.0.0.0'])];
    case 'addif': case 'set': case 'subnet': return [word, rng.pick(GOOD[f])];
    case 'token': return [word, rng.pick(['::1/64', '::8:20ff:fe4c:3a10/64', '::5/128'])];
    case 'removeif': case 'destination': return [word, rng.pick(GOOD[f]).replace(/\/\d+$/, '')];
    case 'group': return [word, rng.pick(['ipmp0', 'a', '', 'grp'])];
    case 'usesrc': return [word, rng.pick([...IF_EXISTING, 'none', 'net9', 'net3'])];
    case 'zone': return [word, rng.pick(['global', 'z1', ''])];
    default: return [word, rng.pick(['x', 'des', '3', 'mod@2', ''])];
  }
}

/** One complete, grammatical phrase for family f (a keyword with its argument, or an address). */
function phrase(rng: Rng, f: Family, opts: { ether: boolean; ipmp?: boolean }): string[] {
  const kind = rng.weighted([[40, 'flag'], [30, 'arg'], [12, 'addr'], [3, 'prefix'], [10, 'bare'], [opts.ether ? 3 : 0, 'ether']] as const);
  if (kind === 'flag') {
    const kw = rng.pick(FLAG_WORDS.filter((k) => !k.family || k.family === f));
    return [kw.word];
  }
  if (kind === 'arg') {
    const word = rng.pick(NEXTARG.filter((w) => { const k = KEYWORDS.find((x) => x.word === w)!; return !k.family || k.family === f; }));
    return argFor(rng, word, f);
  }
  if (kind === 'addr') return [rng.pick(GOOD[f])];
  if (kind === 'prefix') return [rng.pick(['/24', '/8', '/64', '/0'])];
  if (kind === 'bare') return [rng.pick(['plumb', 'unplumb', ...(opts.ipmp === false ? [] : ['ipmp']), 'modlist', 'configinfo', '-encaplimit', 'debug', 'verbose', 'all-zones', '-zone'])];
  return rng.chance(0.5) ? ['ether'] : ['ether', rng.pick(['2:8:20:0:0:1', 'x'])];
}

/** A phrase that makes the whole argv ungrammatical in family f (`last`: it may be a bare NEXTARG keyword). */
function errorPhrase(rng: Rng, f: Family | 'both', last: boolean): { words: string[]; why: string } {
  const bad = f === 'both' ? BAD_BOTH : BAD[f];
  const kind = rng.weighted([[last ? 25 : 0, 'missing'], [30, 'badaddr'], [15, 'badarg'], [10, 'slash'], [f === 'both' ? 0 : 20, 'family']] as const);
  switch (kind) {
    case 'missing': {
      const w = rng.pick(NEXTARG);
      return { words: [w], why: `${w} without its argument` };
    }
    case 'badaddr': {
      const b = rng.pick(bad);
      return { words: [b === '' || b.startsWith('/') ? 'x:y:z' : b], why: 'bad address operand' };
    }
    case 'badarg': {
      const w = rng.pick(['addif', 'set', 'removeif', 'destination', 'subnet']);
      return { words: [w, rng.pick(bad)], why: `bad address after ${w}` };
    }
    case 'slash': {
      const w = rng.pick(['removeif', 'destination']);
      return { words: [w, f === 'inet6' ? '2001:db8::5/64' : '10.0.0.1/24'], why: `unexpected '/' after ${w}` };
    }
    default: {
      const wrong = f === 'inet'
        ? rng.pick([['token', '::1/64'], ['-nud'], ['nud'], ['preferred'], ['-preferred']])
        : rng.pick([['arp'], ['-arp'], ['netmask', '255.0.0.0'], ['broadcast', '10.0.0.255'], ['auto-revarp']]);
      return { words: wrong, why: `${wrong[0]} is not for ${f}` };
    }
  }
}

function phrases(rng: Rng, f: Family, n: number, ether: boolean, ipmp = true): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(...phrase(rng, f, { ether, ipmp }));
  return out;
}

function withJson(rng: Rng, argv: string[]): string[] {
  if (!rng.chance(0.1)) return argv;
  const at = rng.int(argv.length + 1);
  return [...argv.slice(0, at), '--json', ...argv.slice(at)];
}

export function ifconfigVector(rng: Rng, inProcess: boolean): Vector {
  const kind = rng.weighted([[10, 'read'], [25, 'reject-iface'], [30, 'reject-grammar'], [35, 'any']] as const);
  if (kind === 'read') {
    const argv = rng.pick([[], [rng.pick(DASH_ALL)], [rng.pick(IF_EXISTING)], [rng.pick(IF_EXISTING), rng.pick(['inet', 'inet6'])],
      [rng.pick(DASH_ALL), rng.pick(['inet', 'inet6'])], ['net3']]);
    return { argv: withJson(rng, argv), kind: 'read', why: 'status only' };
  }
  if (kind === 'reject-iface') {
    const name = rng.chance(0.8) ? rng.pick(IF_NONEXISTENT) : rng.chance(0.5) ? rng.pick(DASH_NOT_ALL) : junk(rng, inProcess).replace(/^-*a?/, 'q');
    const fam: Family = rng.chance(0.3) ? 'inet6' : 'inet';
    const fw = rng.chance(0.4) ? [fam] : [];
    // `ipmp` is left out: `ifconfig NAME ipmp` creates an IPMP interface of any name, as on illumos.
    const words = rng.chance(0.2) ? [junk(rng, inProcess)] : phrases(rng, fam, rng.range(0, 5), true, false);
    return { argv: withJson(rng, [name, ...fw, ...words]), kind: 'reject', why: `no interface ${JSON.stringify(name)}` };
  }
  if (kind === 'reject-grammar') {
    const all = rng.chance(0.25);
    let name: string;
    let fw: string[] = [];
    let f: Family | 'both';
    if (all) {
      name = rng.pick(DASH_ALL);
      f = 'both'; // -a plans per family as it walks: only an error of both families stops it before any change
      if (rng.chance(0.3)) fw = [rng.pick(['inet', 'inet6'])];
    } else {
      name = rng.pick(IF_EXISTING);
      f = rng.chance(0.3) ? 'inet6' : 'inet';
      if (f === 'inet6' || rng.chance(0.3)) fw = [f];
    }
    const pf: Family = f === 'both' ? (fw[0] as Family | undefined) ?? 'inet' : f;
    const before = phrases(rng, pf, rng.range(0, 3), false);
    const last = rng.chance(0.4);
    const err = errorPhrase(rng, f, last);
    const after = last ? [] : phrases(rng, pf, rng.range(0, 2), false);
    return { argv: withJson(rng, [name, ...fw, ...before, ...err.words, ...after]), kind: 'reject', why: err.why };
  }
  if (rng.chance(0.3)) {
    // any, grammatical: an existing interface and phrases of its family, so more runs get far.
    const f: Family = rng.chance(0.3) ? 'inet6' : 'inet';
    const argv = [rng.pick([...IF_EXISTING, 'net3', '-a']), ...(f === 'inet6' || rng.chance(0.3) ? [f] : []), ...phrases(rng, f, rng.range(1, 4), true)];
    return { argv: withJson(rng, argv), kind: 'any', why: 'grammatical words' };
  }
  // any: names that exist or not, any words in any order, junk and unicode.
  const name = rng.weighted([[45, () => rng.pick(IF_EXISTING)], [15, () => rng.pick(DASH_ALL)], [10, () => 'net3'],
    [15, () => rng.pick(IF_NONEXISTENT)], [15, () => junk(rng, inProcess)]] as const)();
  const f: Family = rng.chance(0.3) ? 'inet6' : 'inet';
  const words: string[] = rng.chance(0.3) ? [f] : [];
  const n = rng.range(0, 6);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.55) words.push(...phrase(rng, rng.chance(0.8) ? f : f === 'inet' ? 'inet6' : 'inet', { ether: true }));
    else if (r < 0.7) words.push(rng.pick(KEYWORDS).word);
    else if (r < 0.8) words.push(rng.pick([...BAD_BOTH, ...NUMBERS]));
    else words.push(junk(rng, inProcess));
  }
  return { argv: withJson(rng, [name, ...words]), kind: 'any', why: 'random words' };
}

// ---------------------------------------------------------------- netstat

const NETSTAT_OPTS = 'adimnrspMgvxDR'.split('').map((c) => `-${c}`);
const NETSTAT_ARGOPTS = ['-f', '-P', '-I', '-T'];
const NETSTAT_FILTERS = ['inet', 'inet6', 'unix', 'inet4', 'outif:net0', 'outif:net9', 'outif:', 'flags:UG', 'flags:+U-G', 'flags:',
  'flags:Z', 'src:10.0.0.1', 'dst:1.2.3.4/8', 'dst:hello', 'src:::1/64', 'dst:10.0.0.0/33', 'bogus:1', '99', '2', '24', 'link'];
const NETSTAT_ARGS = ['tcp', 'udp', 'ip', 'ipv6', 'raw', 'icmp', 'sctp', 'bogus', 'net0', 'lo0', 'net9', 'd', 'u', 'x', ''];

export function netstatVector(rng: Rng, inProcess: boolean): Vector {
  const argv: string[] = [];
  const n = rng.range(0, 5);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.4) {
      // clustered flags, as people type them: -rn, -rnv, -ian
      const k = rng.range(1, 3);
      let w = '-';
      for (let j = 0; j < k; j++) w += rng.chance(0.7) ? rng.pick(['r', 'n', 'i', 'a', 'v']) : rng.pick(NETSTAT_OPTS).slice(1);
      argv.push(w);
    } else if (r < 0.65) {
      const o = rng.pick(NETSTAT_ARGOPTS);
      const v = o === '-f' ? rng.pick(NETSTAT_FILTERS) : rng.pick(NETSTAT_ARGS);
      if (rng.chance(0.2)) argv.push(`${o}${v}`);
      else if (rng.chance(0.9)) argv.push(o, v);
      else argv.push(o);
    } else if (r < 0.75) argv.push(rng.pick(['-r', '-rn', '-i', '-in', '-rnv', '-ia', '-ra']));
    else if (r < 0.85) argv.push(rng.pick(NUMBERS));
    else if (r < 0.9) argv.push(rng.pick(['--json', '--', '-', '--state', '--state=', '--foo', '-?']));
    else argv.push(junk(rng, inProcess));
  }
  return { argv: keepStatePath(argv), kind: 'read', why: 'netstat only reads' };
}

// ---------------------------------------------------------------- ipmplab

const LAB_COMMANDS = ['init', 'reset', 'status', 'link', 'dad', 'clock', 'log', 'check', 'help'];
const LAB_WORDS = ['up', 'down', 'on', 'off', 'start', 'stop', 'conflict', 'clear', 'list', 'manual', 'real', 'advance', 'net0', 'net1',
  'net3', 'net9', 'lo0', 'ipmp0', 'host0', 'b', 'lan', 'host0:net0', 'b:net1', 'FAILURE_DETECTION_TIME=10000', 'TRACK_INTERFACES_ONLY_WITH_GROUPS=no', 'FAILBACK=no', 'X=Y', '=', '1', '0'];
const DURATIONS = ['500ms', '10s', '1m30s', '1.5s', '0', '1', '.5s', '1h', '2d', '366d', '367d', '1e9', '-1', 'abc', '10x', '', '1h30m', '999999999999', '0ms', '5'];
const LAB_OPTIONS = ['--links', '--since', '--json', '--help', '-h', '--version', '--foo', '-x', '--links=', '--since=1s', '--', '-', '--links=net0,net1', '--state', '--state=', '--atomic', '-f',
  '--host', '--host=', '--host=b', '--host=nosuch', '--release', '--release=solaris11'];
/** Host names, right and wrong (a label of letters, digits and '-'). */
const HOST_NAMES = ['host0', 'b', 'r1', 'nosuch', '', '-a', 'a-', 'a b', 'a.b', 'x'.repeat(63), 'x'.repeat(64), 'a:b', '0', 'A-1'];
const SEGMENT_NAMES = ['lan', 'wan', 'sw.1', 'nosuch', '', '9lan', 'l'.repeat(31), 'l'.repeat(32), 'a b', 'lan:'];
const HOST_LINKS = ['host0:net0', 'b:net1', 'b:net9', 'nosuch:net0', 'host0:', ':net0', 'host0', 'host0:net0:x', 'host0:lo0', 'host0:net01', ''];
const PERCENTS = ['0', '2.5', '100', '100.5', '-1', '5%', '1e2', 'x', '', '50.1234567'];
const LINK_LISTS = ['net0', 'net0,net1', 'net0,net0', 'lo0', 'net01', 'a1,b2,c3', '', ',', 'net0,,net1', 'x', 'e1000g0,bge1', Array.from({ length: 70 }, (_, i) => `n${i}`).join(',')];

/** A JSON-ish argument for a raw kernel request: lifreq fields, right or wrong. */
function ioctlArg(rng: Rng, inProcess: boolean): string {
  if (rng.chance(0.15)) return rng.pick(['', '{', 'null', '[]', '42', '"x"', '{"name":', junk(rng, inProcess)]);
  const obj: Record<string, unknown> = {};
  const fields: [string, () => unknown][] = [
    ['name', () => rng.pick([...IF_EXISTING, 'net3', 'net9', '', 'ipmp0', 42, null])],
    ['af', () => rng.pick(['inet', 'inet6', 'unspec', 'bogus', 4, null])],
    ['addr', () => rng.pick([...GOOD4, ...GOOD6, ...BAD_BOTH, 7])],
    ['flags', () => rng.pick(['0x1', '0x0', '0xffffffffffffffff', 1, -1, 'abc', '0x40000000'])],
    ['mtu', () => rng.pick([0, 68, 1500, 1e9, -5, 1.5, 'x'])],
    ['metric', () => rng.pick([0, 3, -1, 2 ** 40, 'x'])],
    ['index', () => rng.pick([0, 1, 2, 999, 65536, -1, 'x'])],
    ['prefixlen', () => rng.pick([0, 24, 64, 129, -1])],
    ['group', () => rng.pick(['ipmp0', 'g', '', 'x'.repeat(40)])],
    ['dst', () => rng.pick(['10.0.0.0', '0.0.0.0', '2001:db8::', 'x'])],
    ['gateway', () => rng.pick(['192.168.1.1', '172.16.0.9', '::1', ''])],
  ];
  for (const [k, v] of fields) if (rng.chance(k === 'name' || k === 'af' ? 0.85 : 0.25)) obj[k] = v();
  return JSON.stringify(obj);
}

export interface LabVocabulary {
  /** The commands `ipmplab --help` lists today (the lab grows while this suite exists). */
  commands: string[];
  /** The kernel requests `ipmplab ioctl` accepts. */
  ioctls: string[];
}

const SNAPSHOT_WORDS = ['s1', 's2', 'a.b-c_1', '', '-x', 'bad name', 'x'.repeat(70), '\u001b[2J'];
const CAPTURES = path.join(__dirname, '..', '..', 'fixtures', 'captures');
const IMPORT_FILES = [path.join(CAPTURES, 'omnios-wiki-static.txt'), path.join(CAPTURES, 'oracle-819-6990-ipmpstat-g.txt'), '/nonexistent/capture', '/etc/hostname', ''];

export function ipmplabVector(rng: Rng, inProcess: boolean, vocab: LabVocabulary): Vector {
  const commands = vocab.commands.length ? [...vocab.commands, 'help'] : LAB_COMMANDS;
  const shaped = rng.chance(0.45);
  let argv: string[];
  if (shaped) {
    argv = rng.pick<() => string[]>([
      () => ['link', rng.pick(['net0', 'net1', 'net2', 'net3', 'net9', 'lo0', '']), rng.pick(['up', 'down', 'sideways'])],
      () => ['dad', rng.pick(['conflict', 'clear']), rng.pick([...GOOD4, ...GOOD6, ...BAD_BOTH])],
      () => ['dad', 'list'],
      () => ['clock', rng.pick(['manual', 'real', 'advance', 'show', 'backwards'])],
      () => ['clock', 'advance', rng.pick(DURATIONS)],
      () => ['log', '--since', rng.pick(DURATIONS)],
      () => ['init', '--links', rng.pick(LINK_LISTS)],
      () => [rng.pick(['status', 'check', 'reset', 'log', 'init'])],
      () => ['ioctl', rng.chance(0.9) && vocab.ioctls.length ? rng.pick(vocab.ioctls) : junk(rng, inProcess), ...(rng.chance(0.9) ? [ioctlArg(rng, inProcess)] : [])],
      () => ['ioctl', rng.chance(0.9) && vocab.ioctls.length ? rng.pick(vocab.ioctls) : junk(rng, inProcess), ...(rng.chance(0.9) ? [ioctlArg(rng, inProcess)] : [])],
      () => ['mpathd', ...(rng.chance(0.8) ? [rng.pick(LAB_WORDS)] : [])],
      () => ['target', rng.pick([...GOOD4, ...GOOD6, ...BAD_BOTH]), rng.pick(['up', 'down', 'on', 'off', 'x'])],
      () => ['probe-loss', rng.pick([...IF_EXISTING, 'net9', '']), rng.pick(['on', 'off', 'up', 'x'])],
      () => ['redirect', rng.pick([...GOOD4, ...BAD_BOTH]), rng.pick([...GOOD4, '192.168.1.1', ...BAD_BOTH])],
      () => ['hold', rng.pick([...GOOD4, ...GOOD6, ...BAD_BOTH])],
      () => ['release', rng.pick(NUMBERS)],
      () => ['host', rng.pick(['add', 'rm', 'rename', 'default', 'power', 'ls', 'nope']), rng.pick(HOST_NAMES),
        ...(rng.chance(0.5) ? [rng.pick([...HOST_NAMES, 'on', 'off', '--links', '--release', 'net0,net1'])] : [])],
      () => ['host', 'add', rng.pick(HOST_NAMES), ...(rng.chance(0.5) ? ['--links', rng.pick(LINK_LISTS)] : []), ...(rng.chance(0.3) ? ['--release', rng.pick(['solaris11', 'illumos', 'x'])] : [])],
      () => ['segment', rng.pick(['add', 'rm', 'ls', 'up', 'down', 'loss', 'nope']), rng.pick(SEGMENT_NAMES), ...(rng.chance(0.4) ? [rng.pick(PERCENTS)] : [])],
      () => [rng.pick(['plug', 'unplug']), rng.pick(HOST_LINKS), ...(rng.chance(0.8) ? [rng.pick(SEGMENT_NAMES)] : [])],
      // Snapshots, export and import (never standard input, never a file written where the test runs).
      () => ['snapshot', rng.pick(['save', 'ls', 'restore', 'rm', 'diff', 'export', 'import', 'nope']), rng.pick(SNAPSHOT_WORDS),
        ...(rng.chance(0.4) ? [rng.pick([...SNAPSHOT_WORDS, '-m', '--name', '/nonexistent/snap'])] : [])],
      () => ['export', ...(rng.chance(0.7) ? ['--as', rng.pick(['ifconfig', 'ipadm', 'files', 'yaml', ''])] : [])],
      () => ['import', rng.pick(IMPORT_FILES), ...(rng.chance(0.3) ? [rng.pick(IMPORT_FILES)] : [])],
    ])();
  } else {
    argv = [rng.weighted([[75, () => rng.pick(commands)], [2, () => 'demo'], [13, () => rng.pick(LAB_OPTIONS)], [10, () => junk(rng, inProcess)]] as const)()];
    const n = rng.range(0, 4);
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      if (r < 0.35) argv.push(rng.pick(LAB_WORDS));
      else if (r < 0.55) argv.push(rng.pick(LAB_OPTIONS));
      else if (r < 0.7) argv.push(rng.pick(DURATIONS));
      else if (r < 0.8) argv.push(rng.pick([...GOOD4, ...GOOD6, ...BAD_BOTH]));
      else if (r < 0.85) argv.push(rng.pick(LINK_LISTS));
      else argv.push(junk(rng, inProcess));
    }
  }
  // `batch -` reads standard input, which an in-process run must not touch; `batch FILE` reads
  // a file relative to the working directory: leave batches to the lab's own tests.
  if (argv.includes('batch')) argv = argv.filter((a) => a !== 'batch');
  return { argv: keepStatePath(withJson(rng, argv)), kind: 'any', why: shaped ? 'a shaped command' : 'random words' };
}

/** The command words of `ipmplab --help` output. */
export function labCommandsFromHelp(help: string): string[] {
  return [...help.matchAll(/^ {2}ipmplab ([a-z][a-z-]*)/gm)].map((m) => m[1]);
}
