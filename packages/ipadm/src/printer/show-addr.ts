// show-addr's fields (ipadm.c show_addr_fields, print_sa_cb): ADDROBJ 18, TYPE 9, STATE 13,
// CURRENT 8, PERSISTENT 11, ADDR 46, default addrobj,type,state,addr, on both releases;
// Solaris 11 also has the DHCP lease fields of `show-addr -d` (CID-TYPE 9, CID-VALUE 35, BEGIN,
// EXPIRE, RENEW 25), empty here since the lab has no DHCP client.
import type { Release } from '@ipmplab/core/syscalls';
import { IFF } from '@ipmplab/core/syscalls';
import type { AddrInfo, OfmtField } from '@ipmplab/userland';

/** STR_UNKNOWN_VAL. */
const UNKNOWN = '?';

/** ADDROBJ: the object, or "IF/?" (the logical unit stripped) for an address without one. */
export function addrobjText(a: AddrInfo): string {
  if (a.aobjname !== '') return a.aobjname;
  const colon = a.lifname.lastIndexOf(':');
  return `${colon < 0 ? a.lifname : a.lifname.slice(0, colon)}/${UNKNOWN}`;
}

/** CURRENT: U u p t d, one position each (flags2str with is_bits). */
export function currentText(a: AddrInfo): string {
  const has = (f: bigint) => (a.flags & f) !== 0n;
  return [
    (a.flags & IFF.UP) !== 0n && a.state !== 'disabled' ? 'U' : '-', has(IFF.UNNUMBERED) ? 'u' : '-', has(IFF.PRIVATE) ? 'p' : '-',
    has(IFF.TEMPORARY) ? 't' : '-', has(IFF.DEPRECATED) ? 'd' : '-',
  ].join('');
}

/** PERSISTENT: U p d. */
export function persistentText(a: AddrInfo): string {
  const p = a.persistent;
  return `${p.up ? 'U' : '-'}${p.private ? 'p' : '-'}${p.deprecated ? 'd' : '-'}`;
}

/**
 * ADDR: addr/prefixlen (no "/0"), local->remote on a point-to-point address, "?" for a DHCP
 * address not yet bound; a disabled static object shows its saved name or literal.
 */
export function addrText(a: AddrInfo): string {
  const plen = a.prefixlen > 0 ? `/${a.prefixlen}` : '';
  if (a.type === 'dhcp' && (a.addr === '' || a.addr === '0.0.0.0' || a.addr === '::')) return UNKNOWN;
  if (a.state === 'disabled') {
    if (a.type === 'static') return `${a.savedAddr ?? ''}${a.savedDst ? `->${a.savedDst}` : plen}`;
    return `${a.addr}${plen}`;
  }
  if ((a.flags & IFF.POINTOPOINT) !== 0n) return `${a.addr}->${a.dst}`;
  return `${a.addr}${plen}`;
}

const COMMON: OfmtField<AddrInfo>[] = [
  { name: 'ADDROBJ', width: 18, value: addrobjText },
  { name: 'TYPE', width: 9, value: (a) => a.type },
  { name: 'STATE', width: 13, value: (a) => a.state },
  { name: 'CURRENT', width: 8, value: currentText },
  { name: 'PERSISTENT', width: 11, value: persistentText },
  { name: 'ADDR', width: 46, value: addrText },
];

const SOLARIS11_DHCP: OfmtField<AddrInfo>[] = [
  { name: 'CID-TYPE', width: 9, value: () => '' },
  { name: 'CID-VALUE', width: 35, value: () => '' },
  { name: 'BEGIN', width: 25, value: () => '' },
  { name: 'EXPIRE', width: 25, value: () => '' },
  { name: 'RENEW', width: 25, value: () => '' },
];

export function showAddrFields(release: Release): readonly OfmtField<AddrInfo>[] {
  return release === 'solaris11' ? [...COMMON, ...SOLARIS11_DHCP] : COMMON;
}

export const SHOW_ADDR_DEFAULT_FIELDS = 'addrobj,type,state,addr';
/** S11 do_show_addr dhcp_fields_str (-d). */
export const SHOW_ADDR_DHCP_FIELDS = 'addrobj,state,addr,cid-type,cid-value,begin,expire,renew';
