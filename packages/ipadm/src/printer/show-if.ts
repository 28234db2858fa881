// show-if's fields (ipadm.c show_if_fields, print_si_cb). Solaris 11: IFNAME CLASS STATE ACTIVE
// CURRENT PERSISTENT OVER, default ifname,class,state,active,over [S11 ipadm.c do_show_if].
// illumos: IFNAME STATE CURRENT PERSISTENT, all of them by default [illumos ipadm.c do_show_if].
// The flag strings are flags2str with one character per table row, '-' for an unset flag.
import type { Release } from '@ipmplab/core/syscalls';
import type { IfCurrentFlag, IfInfo, IfPersistentFlag, OfmtField } from '@ipmplab/userland';

type Letters<F> = [letter: string, flag: F][];

/** S11 print_si_cb intf_cflags / intf_pflags. */
const S11_CFLAGS: Letters<IfCurrentFlag> = [
  ['b', 'broadcast'], ['m', 'multicast'], ['4', 'ipv4'], ['6', 'ipv6'], ['p', 'pointopoint'], ['v', 'virtual'],
  ['s', 'standby'], ['l', 'underIpmp'], ['i', 'inactive'], ['V', 'vrrp'], ['a', 'vrrpAccept'], ['Z', 'l3protect'],
];
const S11_PFLAGS: Letters<IfPersistentFlag> = [['4', 'ipv4'], ['6', 'ipv6'], ['s', 'standby'], ['l', 'underIpmp']];

/** illumos print_si_cb intf_cflags / intf_pflags. */
const ILLUMOS_CFLAGS: Letters<IfCurrentFlag> = [
  ['b', 'broadcast'], ['m', 'multicast'], ['p', 'pointopoint'], ['v', 'virtual'], ['I', 'ipmp'], ['s', 'standby'],
  ['i', 'inactive'], ['V', 'vrrp'], ['a', 'vrrpAccept'], ['Z', 'l3protect'], ['4', 'ipv4'], ['6', 'ipv6'],
];
const ILLUMOS_PFLAGS: Letters<IfPersistentFlag> = [['s', 'standby'], ['4', 'ipv4'], ['6', 'ipv6']];

/** flags2str(..., B_TRUE): one position per row. */
function flags2str<F>(set: ReadonlySet<F>, table: Letters<F>): string {
  return table.map(([c, f]) => (set.has(f) ? c : '-')).join('');
}

/** OVER: the members, or the persistent ones when the interface is disabled. */
const over = (i: IfInfo) => (i.state === 'disabled' ? i.punders : i.unders).join(' ');

const SOLARIS11_FIELDS: OfmtField<IfInfo>[] = [
  { name: 'IFNAME', width: 11, value: (i) => i.name },
  { name: 'CLASS', width: 9, value: (i) => i.class },
  { name: 'STATE', width: 9, value: (i) => i.state },
  { name: 'ACTIVE', width: 7, value: (i) => (i.active ? 'yes' : 'no') },
  { name: 'CURRENT', width: 14, value: (i) => flags2str(i.cflags, S11_CFLAGS) },
  { name: 'PERSISTENT', width: 11, value: (i) => flags2str(i.pflags, S11_PFLAGS) },
  { name: 'OVER', width: 44, value: over },
];

const ILLUMOS_FIELDS: OfmtField<IfInfo>[] = [
  { name: 'IFNAME', width: 11, value: (i) => i.name },
  { name: 'STATE', width: 9, value: (i) => i.state },
  { name: 'CURRENT', width: 13, value: (i) => flags2str(i.cflags, ILLUMOS_CFLAGS) },
  { name: 'PERSISTENT', width: 11, value: (i) => flags2str(i.pflags, ILLUMOS_PFLAGS) },
];

export function showIfFields(release: Release): readonly OfmtField<IfInfo>[] {
  return release === 'solaris11' ? SOLARIS11_FIELDS : ILLUMOS_FIELDS;
}

/** The -o list when none is given: S11's def_fields_str; illumos passes none (ofmt takes the table). */
export function showIfDefaultFields(release: Release): string | undefined {
  return release === 'solaris11' ? 'ifname,class,state,active,over' : undefined;
}
