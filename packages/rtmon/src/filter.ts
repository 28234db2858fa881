// What rtmon shows of what its socket receives: message types and one interface. The family
// (-f) is not here: it is a socket option (SO_PROTOTYPE), applied by the kernel's delivery rule.
import { RTM, rtmName, IFF } from '@ipmplab/core/syscalls';
import type { DecodedMessage } from '@ipmplab/core/syscalls';

/** -f: the family a socket is opened for (SO_PROTOTYPE); not matched here, but carried in the filter's spec. */
export type FamilyOption = 'inet' | 'inet6';

export const TYPE_NAMES = (Object.keys(RTM) as (keyof typeof RTM)[]).map((k) => `RTM_${k}`);

/** "RTM_ADD,ifinfo, DELETE" -> [1, 14, 2]; names with or without RTM_, any case. */
export function parseTypeList(text: string): { types: number[] } | { error: string } {
  const types: number[] = [];
  for (const raw of text.split(',')) {
    const word = raw.trim();
    if (!word) continue;
    const key = word.toUpperCase().replace(/^RTM_/, '') as keyof typeof RTM;
    const type = Object.prototype.hasOwnProperty.call(RTM, key) ? RTM[key] : undefined;
    if (type === undefined) return { error: `${word}: unknown message type (one of ${TYPE_NAMES.join(', ')})` };
    if (!types.includes(type)) types.push(type);
  }
  if (types.length === 0) return { error: 'no message type given' };
  return { types };
}

/**
 * What the filters look at in a message, kept instead of the decoded message by the terminal
 * view's rows (thousands of them), so a filter change re-filters them cheaply.
 */
export interface MatchKey {
  type: number;
  /** rtm_index / ifm_index / ifam_index. */
  index: number;
  /** The IFP sockaddr's name and sdl_index, when there is one. */
  ifpName?: string;
  ifpIndex?: number;
  /** The family SO_PROTOTYPE would see (first IPv4/IPv6 address; IFINFO by its flags). */
  family?: FamilyOption;
}

export function matchKey(m: DecodedMessage): MatchKey {
  const key: MatchKey = { type: m.type, index: m.index };
  const ifp = m.sockaddrs.IFP;
  if (ifp?.family === 'link') {
    key.ifpName = ifp.name;
    key.ifpIndex = ifp.index;
  }
  for (const sa of Object.values(m.sockaddrs)) {
    if (sa?.family === 'inet' || sa?.family === 'inet6') {
      key.family = sa.family;
      break;
    }
  }
  if (!key.family && m.header === 'if') {
    const flags = BigInt(m.flags >>> 0);
    if (flags & IFF.IPV4) key.family = 'inet';
    else if (flags & IFF.IPV6) key.family = 'inet6';
  }
  return key;
}

export interface FilterSpec {
  types?: number[];
  iface?: string;
  family?: FamilyOption;
}

/**
 * Whether a message is about interface NAME: its RTA_IFP names it, or (for messages without a
 * name, such as route echoes and the kernel's RTM_ADD/RTM_DELETE for an address) its rtm_index /
 * ifm_index / ifam_index, or an unnamed RTA_IFP's sdl_index, is NAME's interface index.
 * Indexes are learned from the interface messages themselves (an IFINFO or address message
 * carries both the name and the index), so an interface plumbed after rtmon started is followed,
 * and a replay needs no kernel.
 */
export class MessageFilter {
  private readonly indexes = new Map<string, number>();

  constructor(
    readonly spec: FilterSpec,
    known: Iterable<[string, number]> = [],
  ) {
    for (const [name, index] of known) if (index) this.indexes.set(name, index);
  }

  /** Remember name -> index from a message that carries both. */
  learn(m: DecodedMessage): void {
    const ifp = m.sockaddrs.IFP;
    if (m.header !== 'rt' && ifp?.family === 'link' && ifp.name && m.index) this.indexes.set(ifp.name, m.index);
  }

  indexOf(name: string): number | undefined {
    return this.indexes.get(name);
  }

  matches(m: DecodedMessage): boolean {
    const { types, iface } = this.spec;
    if (types && !types.includes(m.type)) return false;
    return iface === undefined || this.matchesKey(matchKey(m));
  }

  matchesKey(k: MatchKey): boolean {
    const { types, iface } = this.spec;
    if (types && !types.includes(k.type)) return false;
    if (iface !== undefined) {
      if (k.ifpName) return k.ifpName === iface;
      const index = this.indexes.get(iface);
      if (index === undefined) return false;
      if (k.ifpIndex) return k.ifpIndex === index;
      return k.index === index;
    }
    return true;
  }

  /** The same filter with another spec, keeping what was learned. */
  with(spec: FilterSpec): MessageFilter {
    return new MessageFilter(spec, this.indexes);
  }
}

/**
 * The terminal view's filter line: words separated by spaces.
 *   type=RTM_ADD,IFINFO   if=net0 (or interface=)   af=inet|inet6|any (or family=)
 * Bare words work too: a message type name (RTM_ADD, ifinfo), inet/inet6, or an interface name.
 * An empty line shows everything.
 */
export function parseFilterExpression(text: string): { spec: FilterSpec } | { error: string } {
  const spec: FilterSpec = {};
  const types: number[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const eq = word.indexOf('=');
    const key = eq > 0 ? word.slice(0, eq).toLowerCase() : '';
    const value = eq > 0 ? word.slice(eq + 1) : word;
    if (key === 'type' || key === 'types') {
      const r = parseTypeList(value);
      if ('error' in r) return r;
      types.push(...r.types.filter((t) => !types.includes(t)));
    } else if (key === 'if' || key === 'interface') {
      if (!/^[A-Za-z][A-Za-z0-9_.]*\d$/.test(value)) return { error: `${value}: not an interface name` };
      spec.iface = value;
    } else if (key === 'af' || key === 'family') {
      if (value === 'any' || value === 'all') spec.family = undefined;
      else if (value === 'inet' || value === 'inet6') spec.family = value;
      else return { error: `${value}: family is inet, inet6 or any` };
    } else if (key) {
      return { error: `${key}: unknown filter word (type=, if=, af=)` };
    } else if (value === 'inet' || value === 'inet6') {
      spec.family = value;
    } else if (parseTypeList(value) && 'types' in parseTypeList(value)) {
      for (const t of (parseTypeList(value) as { types: number[] }).types) if (!types.includes(t)) types.push(t);
    } else if (/^[A-Za-z][A-Za-z0-9_.]*\d$/.test(value)) {
      spec.iface = value;
    } else {
      return { error: `${value}: not a message type, family or interface name` };
    }
  }
  if (types.length) spec.types = types;
  return { spec };
}

export function formatFilterExpression(spec: FilterSpec): string {
  const words: string[] = [];
  if (spec.types?.length) words.push(`type=${spec.types.map((t) => rtmName(t) ?? String(t)).join(',')}`);
  if (spec.iface) words.push(`if=${spec.iface}`);
  if (spec.family) words.push(`af=${spec.family}`);
  return words.join(' ');
}
