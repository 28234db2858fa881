// The ofmt field tables of show-ifprop, show-prop and show-addrprop (ipadm.c intfprop_fields,
// modprop_fields, addrprop_fields: the same widths in Solaris 11 and illumos) and
// print_prop_cb: the object and property columns are known, the value columns are asked for
// in field order, and once one cannot be had the rest of the row prints "?".
import type { OfmtField, OfmtValue } from '@ipmplab/userland';
import type { ValType } from '@ipmplab/userland';

/** One row: what show_prop_state_t holds while ofmt_print asks for its columns. */
export interface PropRow {
  ifname: string;
  aobjname: string;
  proto: string;
  pname: string;
  /** print_prop: the value, or undefined when it could not be had (the row fails from there). */
  value(valtype: ValType): string | undefined;
  /** sps_status != SUCCESS: a column already failed. */
  failed: boolean;
}

/** print_prop_cb: nothing more once a column has failed. */
function col(get: (r: PropRow) => OfmtValue): (r: PropRow) => OfmtValue {
  return (r) => {
    if (r.failed) return undefined;
    const v = get(r);
    if (v === undefined) r.failed = true;
    return v;
  };
}

const IFNAME = (w: number): OfmtField<PropRow> => ({ name: 'IFNAME', width: w, value: col((r) => r.ifname) });
const ADDROBJ = (w: number): OfmtField<PropRow> => ({ name: 'ADDROBJ', width: w, value: col((r) => r.aobjname) });
const PROPERTY = (w: number): OfmtField<PropRow> => ({ name: 'PROPERTY', width: w, value: col((r) => r.pname) });
const PROTO = (w: number): OfmtField<PropRow> => ({ name: 'PROTO', width: w, value: col((r) => r.proto) });
const v = (name: string, w: number, t: ValType): OfmtField<PropRow> => ({ name, width: w, value: col((r) => r.value(t)) });

/** intfprop_fields. */
export const INTFPROP_FIELDS: readonly OfmtField<PropRow>[] = [
  IFNAME(12), PROPERTY(16), PROTO(6), v('PERM', 5, 'perm'), v('CURRENT', 11, 'active'),
  v('PERSISTENT', 11, 'persist'), v('DEFAULT', 11, 'default'), v('POSSIBLE', 16, 'possible'),
];

/** modprop_fields. */
export const MODPROP_FIELDS: readonly OfmtField<PropRow>[] = [
  PROTO(6), PROPERTY(22), v('PERM', 5, 'perm'), v('CURRENT', 13, 'active'),
  v('PERSISTENT', 13, 'persist'), v('DEFAULT', 13, 'default'), v('POSSIBLE', 15, 'possible'),
];

/** addrprop_fields. */
export const ADDRPROP_FIELDS: readonly OfmtField<PropRow>[] = [
  ADDROBJ(18), PROPERTY(11), v('PERM', 5, 'perm'), v('CURRENT', 16, 'active'),
  v('PERSISTENT', 16, 'persist'), v('DEFAULT', 16, 'default'), v('POSSIBLE', 15, 'possible'),
];
