// ifconfig's address words (in_getaddr, in6_getaddr, in_getprefixlen): numeric forms as
// inet_addr/inet_pton take them, then host names, then (IPv4) network names.
import { inetAddr as inetAton, inet6Addr } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { hostByName, netByName } from '@ipmplab/userland';

export interface ParsedAddr {
  addr: string;
  /** Prefix length when the word carried "/n". */
  prefix?: number;
}

export type AddrResult = ParsedAddr | { error: string };

const MAX_PREFIX: Record<Family, number> = { inet: 32, inet6: 128 };

/** in_getprefixlen: strtol with trailing junk ignored; negative, empty or too long is BAD_ADDR. */
function parsePrefix(text: string, family: Family): number | undefined {
  const m = /^\s*([+-]?)(\d+)/.exec(text);
  if (!m || m[1] === '-') return undefined;
  const n = Number(m[2]);
  return n > MAX_PREFIX[family] ? undefined : n;
}

function inetAddr(text: string): string | undefined {
  // strtoul(…, 0) == 0xffffffff counts as the all-ones address.
  if (/^(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.test(text)) {
    const n = Number(text.toLowerCase().startsWith('0x') ? BigInt(text) : /^0[0-7]+$/.test(text) ? parseInt(text, 8) : Number(text));
    if (n === 0xffffffff) return '255.255.255.255';
  }
  return inetAton(text);
}

/** The address part alone: numeric, then hosts, then (IPv4) networks. */
export function resolveAddress(text: string, family: Family): string | undefined {
  if (family === 'inet') return inetAddr(text) ?? hostByName(text, 'inet') ?? netByName(text);
  return inet6Addr(text) ?? hostByName(text, 'inet6');
}

/** An address word; `allowPrefix` where illumos accepts "/n" (address operand, set, addif, subnet, token). */
export function parseAddressWord(word: string, family: Family, allowPrefix: boolean): AddrResult {
  const slash = word.indexOf('/');
  let text = word;
  let prefix: number | undefined;
  if (slash >= 0) {
    if (!allowPrefix) return { error: `ifconfig: ${word}: unexpected '/'` };
    prefix = parsePrefix(word.slice(slash + 1), family);
    if (prefix === undefined) return { error: `ifconfig: Bad prefix length in ${word}` };
    text = word.slice(0, slash);
  }
  const addr = resolveAddress(text, family);
  if (addr === undefined) return { error: `ifconfig: ${text}: bad address` };
  return prefix === undefined ? { addr } : { addr, prefix };
}
