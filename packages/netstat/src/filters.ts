// netstat -f: address families and the -r filter keywords (netstat.c process_filter,
// family_selected, ire_filter_match_v4/_v6, dev_name_match, v4_addr_match, v6_addr_match).
//
// Rules are grouped by keyword. A route is shown when, for every keyword that has rules, at
// least one of its rules matches.
import { familyOf, toBytes } from '@ipmplab/core/syscalls';
import { hostByName } from '@ipmplab/userland';
import { strtol } from './clib';
import { MSG, EXIT } from './messages';

/** illumos <sys/socket.h> family numbers, as -f af:<n> takes them. */
export const AF = { UNIX: 1, INET: 2, INET6: 26 } as const;

/** netstat.c FLF_* bits as form_v4_route_flags/form_v6_route_flags set them. */
export const FLF = {
  A: 0x1,
  b: 0x2,
  D: 0x4,
  G: 0x8,
  H: 0x10,
  L: 0x20,
  U: 0x40,
  M: 0x80,
  S: 0x100,
  C: 0x200,
  I: 0x400,
  R: 0x800,
  B: 0x1000,
  Z: 0x100000,
} as const;

/**
 * flag_bits(): the letters of `flags:` are turned into bits by their position in this list
 * (1 << index). For every letter but Z that is the FLF_* bit; Z lands on 0x2000 while routes
 * carry FLF_Z = 0x100000, so in illumos `flags:+Z` never matches and `flags:-Z` never excludes.
 * Reproduced as is.
 */
export const FLAG_LIST = 'AbDGHLUMSCIRBZ';

export interface FlagRule {
  set: number;
  clear: number;
}

/** outif: `null` = "none" (routes without an interface), '' = "any", else a name (or index text). */
export type OutifRule = string | null;

/** dst: 16-byte addresses (IPv4 as v4-mapped), mask as 16 bytes; `addrs: null` = any/none. */
export interface DstRule {
  addrs: Uint8Array[] | null;
  mask: Uint8Array;
}

export interface Filters {
  af: number[];
  outif: OutifRule[];
  dst: DstRule[];
  flags: FlagRule[];
}

export function emptyFilters(): Filters {
  return { af: [], outif: [], dst: [], flags: [] };
}

export interface FilterError {
  stderr: string;
  exit: number;
}

export interface FilterDeps {
  /** if_nametoindex(3SOCKET): the index, or the strerror text of the errno it failed with. */
  ifIndex(name: string): { ok: true; index: number } | { ok: false; text: string };
}

const KEYS = ['af', 'outif', 'dst', 'flags'] as const;
type Key = (typeof KEYS)[number];

function fatal(stderr: string): FilterError {
  return { stderr, exit: EXIT.FATAL };
}

/** V4MASK_TO_V6(IP_HOST_MASK): all ones. */
function hostMask(): Uint8Array {
  return new Uint8Array(16).fill(0xff);
}

function mapped(v4: number[]): Uint8Array {
  const b = new Uint8Array(16);
  b[10] = 0xff;
  b[11] = 0xff;
  b.set(v4, 12);
  return b;
}

function isV4Mapped(a: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (a[i] !== 0) return false;
  return a[10] === 0xff && a[11] === 0xff;
}

/** getipnodebyname(name, AF_INET6, AI_V4MAPPED|AI_ALL): IPv6 answers first, then mapped IPv4. */
function lookupHost(name: string): Uint8Array[] | undefined {
  const fam = familyOf(name);
  if (fam === 'inet6') return [Uint8Array.from(toBytes('inet6', name))];
  if (fam === 'inet') return [mapped(toBytes('inet', name))];
  const out: Uint8Array[] = [];
  const v6 = hostByName(name, 'inet6');
  if (v6) out.push(Uint8Array.from(toBytes('inet6', v6)));
  const v4 = hostByName(name, 'inet');
  if (v4) out.push(mapped(toBytes('inet', v4)));
  return out.length ? out : undefined;
}

/** inet_pton(AF_INET6, s) for a mask given as an address. */
function ptonMask(s: string): Uint8Array | undefined {
  if (familyOf(s) !== 'inet6') return undefined;
  return Uint8Array.from(toBytes('inet6', s));
}

function flagBits(arg: string): number | FilterError {
  if (arg === '') return fatal(MSG.missingFlagList);
  let val = 0;
  for (const c of arg) {
    const i = FLAG_LIST.indexOf(c);
    if (i < 0) return fatal(MSG.illegalFlag(c));
    val |= 1 << i;
  }
  return val;
}

/** process_filter(arg): adds one -f argument to `filters`, or returns the fatal error. */
export function addFilter(filters: Filters, arg: string, deps: FilterDeps): FilterError | undefined {
  let key: Key = 'af';
  if (arg.includes(':')) {
    const found = KEYS.find((k) => arg.startsWith(k) && arg[k.length] === ':');
    if (!found) return fatal(MSG.unknownFilterKeyword(arg));
    key = found;
    arg = arg.slice(found.length + 1);
  }
  switch (key) {
    case 'af': {
      if (arg === 'inet') filters.af.push(AF.INET);
      else if (arg === 'inet6') filters.af.push(AF.INET6);
      else if (arg === 'unix') filters.af.push(AF.UNIX);
      else {
        const r = strtol(arg);
        if (r.end === 0 || r.end !== arg.length) return fatal(MSG.unknownFamily(arg));
        filters.af.push(r.value);
      }
      return undefined;
    }
    case 'outif': {
      if (arg === 'none') {
        filters.outif.push(null);
        return undefined;
      }
      if (arg === 'any') {
        filters.outif.push('');
        return undefined;
      }
      const r = strtol(arg);
      if (r.value <= 0 || r.end === 0 || r.end !== arg.length) {
        const idx = deps.ifIndex(arg);
        if (!idx.ok) return { stderr: MSG.perror(arg, idx.text), exit: EXIT.PERROR };
      }
      filters.outif.push(arg);
      return undefined;
    }
    case 'dst': {
      if (arg === 'any') {
        filters.dst.push({ addrs: null, mask: new Uint8Array(16) });
        return undefined;
      }
      if (arg === 'none') {
        filters.dst.push({ addrs: null, mask: hostMask() });
        return undefined;
      }
      const slash = arg.lastIndexOf('/');
      const host = slash >= 0 ? arg.slice(0, slash) : arg;
      const maskText = slash >= 0 ? arg.slice(slash + 1) : undefined;
      const addrs = lookupHost(host);
      if (!addrs) return fatal(MSG.invalidHost(host));
      let mask = hostMask();
      if (maskText !== undefined) {
        const r = strtol(maskText);
        if (r.end !== 0 && r.end === maskText.length) {
          const maxv = isV4Mapped(addrs[0]) ? 32 : 128;
          let val = r.value;
          if (val < 0 || val >= maxv) return fatal(MSG.notInRange(val, maxv - 1));
          if (maxv === 32) val += 96;
          mask = new Uint8Array(16);
          let i = 0;
          while (val >= 8) {
            mask[i++] = 0xff;
            val -= 8;
          }
          if (i < 16) mask[i] = (0xff << (8 - val)) & 0xff;
        } else {
          const m = ptonMask(maskText);
          if (!m) return fatal(MSG.illegalMask(maskText));
          mask = m;
        }
      }
      filters.dst.push({ addrs, mask });
      return undefined;
    }
    case 'flags': {
      let set: number;
      let clear: number;
      if (arg.startsWith('+')) {
        const v = flagBits(arg.slice(1));
        if (typeof v !== 'number') return v;
        set = v;
        clear = 0;
      } else if (arg.startsWith('-')) {
        const v = flagBits(arg.slice(1));
        if (typeof v !== 'number') return v;
        set = 0;
        clear = v;
      } else {
        const v = flagBits(arg);
        if (typeof v !== 'number') return v;
        set = v;
        clear = ~v;
      }
      filters.flags.push({ set, clear });
      return undefined;
    }
  }
}

/** family_selected(family) (v4compat is never set: /etc/default/inet_type is not simulated). */
export function familySelected(filters: Filters, family: number): boolean {
  return filters.af.length === 0 || filters.af.includes(family);
}

/** dev_name_match: "none" = no interface, "any" = some interface, a base name matches its aliases. */
function devNameMatch(routeIf: string, rule: OutifRule): boolean {
  if (rule === null) return routeIf.length === 0;
  if (rule === '') return routeIf.length !== 0;
  if (rule.length > routeIf.length || (rule.length < routeIf.length && routeIf[rule.length] !== ':')) return false;
  return routeIf.startsWith(rule);
}

function isZero(b: Uint8Array | number[]): boolean {
  for (const x of b) if (x !== 0) return false;
  return true;
}

function u32(b: ArrayLike<number>, at = 0): number {
  return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

/** The value of 4 bytes in network order as an x86 (little-endian) uint32 holds them. */
function le32(b: ArrayLike<number>, at = 0): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/**
 * v4_addr_match. `fmask > mask` compares two network-order masks as native integers; that is
 * reproduced (x86) although for contiguous masks either byte order gives the same answer.
 */
function v4AddrMatch(dst: number[], prefixlen: number, rule: DstRule): boolean {
  const addr = u32(dst);
  if (rule.addrs === null) return isZero(rule.mask) ? addr !== 0 : addr === 0;
  for (let i = 0; i < 12; i++) if (rule.mask[i] !== 0xff) return false; // !IN6_IS_V4MASK
  let mask = prefixlen === 0 ? 0 : (0xffffffff << (32 - prefixlen)) >>> 0;
  const fmask = u32(rule.mask, 12);
  if (fmask !== 0xffffffff) {
    const routeMaskBytes = [mask >>> 24, (mask >>> 16) & 0xff, (mask >>> 8) & 0xff, mask & 0xff];
    if (le32(rule.mask, 12) > le32(routeMaskBytes)) return false;
    mask = fmask;
  }
  for (const a of rule.addrs) {
    if (!isV4Mapped(a)) continue;
    if ((((u32(a, 12) ^ addr) & mask) >>> 0) === 0) return true;
  }
  return false;
}

/** ffs(3C): 1-based index of the least significant set bit. */
function ffs(x: number): number {
  for (let i = 0; i < 32; i++) if (x & (1 << i)) return i + 1;
  return 0;
}

function v6AddrMatch(dst: number[], masklen: number, rule: DstRule): boolean {
  if (rule.addrs === null) return isZero(rule.mask) ? !isZero(dst) : isZero(dst);
  let fmasklen = 0;
  for (const b of rule.mask) {
    if (b !== 0xff) {
      if (b !== 0) fmasklen += 9 - ffs(b);
      break;
    }
    fmasklen += 8;
  }
  if (fmasklen !== 128) {
    if (fmasklen > masklen) return false;
    masklen = fmasklen;
  }
  for (const a of rule.addrs) {
    if (isV4Mapped(a)) continue;
    let u = 0;
    let i = masklen;
    for (; i >= 8; i -= 8, u++) if (dst[u] !== a[u]) break;
    if (i === 0 || (i < 8 && ((dst[u] ^ a[u]) & ~(0xff >> i) & 0xff) === 0)) return true;
  }
  return false;
}

export interface FilterSubject {
  family: 'inet' | 'inet6';
  dst: string;
  prefixlen: number;
  ifname: string;
  /** FLF_* bits of the entry. */
  bits: number;
}

/** ire_filter_match_v4 / _v6. */
export function filterMatch(filters: Filters, r: FilterSubject): boolean {
  if (filters.af.length && !filters.af.includes(r.family === 'inet' ? AF.INET : AF.INET6)) return false;
  if (filters.outif.length && !filters.outif.some((rule) => devNameMatch(r.ifname, rule))) return false;
  if (filters.dst.length) {
    const bytes = toBytes(r.family, r.dst);
    const match = r.family === 'inet' ? v4AddrMatch : v6AddrMatch;
    if (!filters.dst.some((rule) => match(bytes, r.prefixlen, rule))) return false;
  }
  if (filters.flags.length && !filters.flags.some((f) => (r.bits & f.set) === f.set && (r.bits & f.clear) === 0)) return false;
  return true;
}
