// What the show-*prop sub-commands share (ipadm.c show_property, show_properties, print_prop,
// ipadm_ofmt_check): a walk over the property tables or the names given with -p, one ofmt row
// per property, and the way each release deals with a value it cannot get. Solaris 11 warns
// about an unknown property, an unsupported operation or a missing object; illumos says nothing
// but the row's "?". Either way the command then ends with status 1.
import { ADDRPROP_TABLE, ipadmGetAddrprop, ipadmGetIfprop, ipadmGetProp, ipadmProto2str, ipadmWalkProp, ipadmWalkProptbl, ofmtOpen } from '@ipmplab/userland';
import type { IpadmStatus, Ofmt, OfmtField, ValType } from '@ipmplab/userland';
import { die, warn, warnIpadmErr } from '../context';
import type { IpadmCtx } from '../context';
import type { PropRow } from '../printer/show-prop';

export type PropKind = 'if' | 'module' | 'addr';

/** show_prop_state_t. */
export interface ShowState {
  kind: PropKind;
  ifname: string;
  aobjname: string;
  proto: number;
  /** -p names (ipadm_str2nvlist with IPADM_NORVAL: duplicates once, in order), or all. */
  props?: string[];
  ofmt: Ofmt<PropRow>;
  /** sps_status of the row being printed. */
  status: IpadmStatus;
  /** sps_retstatus: a failure anywhere makes the command end with 1. */
  retstatus: IpadmStatus;
}

/** ipadm_ofmt_check: fatal in parsable mode and for no valid field, a warning otherwise. */
export function openOfmt(ctx: IpadmCtx, fields: string | undefined, table: readonly OfmtField<PropRow>[], parsable: boolean, wrap = false): Ofmt<PropRow> {
  // ipadm passes maxcols 0: without -o every field is shown however wide.
  const r = ofmtOpen(fields, table, { parsable, maxcols: 0, rows: 24, wrap: wrap && !parsable });
  if (r.status !== 'SUCCESS') {
    if (parsable || r.status === 'ENOFIELDS' || !r.handle) die(ctx, r.message ?? '');
    warn(ctx, r.message ?? '');
  }
  return r.handle!;
}

/** ipadm_str2nvlist(optarg, IPADM_NORVAL): the names of a -p list, a repeated one kept once. */
export function propNames(list: string): string[] {
  return [...new Set(list.split(',').filter((s) => s !== ''))];
}

/** print_prop: one value of the current row, handled as the release's ipadm does. */
function printProp(ctx: IpadmCtx, st: ShowState, pname: string, proto: number, valtype: ValType): string | undefined {
  const r = st.kind === 'if'
    ? ipadmGetIfprop(ctx.iph, st.ifname, pname, proto, valtype)
    : st.kind === 'module'
      ? ipadmGetProp(ctx.iph, pname, proto, valtype)
      : ipadmGetAddrprop(ctx.iph, pname, st.aobjname, valtype);
  if (r.status === 'SUCCESS') return r.value;
  const object = st.kind === 'if' ? st.ifname : st.kind === 'module' ? ipadmProto2str(proto) ?? '' : st.aobjname;
  const persist = valtype === 'persist';
  if (ctx.release === 'solaris11') {
    // S11 ipadm.c print_prop.
    if (r.status === 'PROP_UNKNOWN' || r.status === 'INVALID_ARG') warnIpadmErr(ctx, r.status, `cannot get property '${pname}' for '${object}'`);
    else if (r.status === 'NOTSUP') warnIpadmErr(ctx, r.status, `'${object}'`);
    else if (r.status === 'NOTFOUND') {
      if (persist) return '';
      warnIpadmErr(ctx, r.status, `no such object '${object}'`);
    } else if (r.status === 'ENXIO') return ''; // the interface is probably disabled
  } else if ((r.status === 'NOTFOUND' && persist) || r.status === 'ENXIO') {
    // illumos ipadm.c print_prop.
    return '';
  }
  st.status = r.status;
  st.retstatus = r.status;
  return undefined;
}

/** show_property: one row; a missing object or an unsupported operation stops the walk. */
function showProperty(ctx: IpadmCtx, st: ShowState, pname: string, proto: number): boolean {
  st.status = 'SUCCESS';
  const row: PropRow = {
    ifname: st.ifname,
    aobjname: st.aobjname,
    proto: ipadmProto2str(proto) ?? '',
    pname,
    failed: false,
    value: (t) => printProp(ctx, st, pname, proto, t),
  };
  ctx.out(st.ofmt.print(row));
  return !(['NOTFOUND', 'NOTSUP'] as IpadmStatus[]).includes(st.status);
}

/** IPADMPROP_CLASS_* of each kind. */
const CLASS: Record<PropKind, number> = { module: 0x1, if: 0x2, addr: 0x4 };

/** show_properties: every property of the class, or the ones named with -p. */
export function showProperties(ctx: IpadmCtx, st: ShowState): void {
  const fn = (pname: string, proto: number) => showProperty(ctx, st, pname, proto);
  if (st.kind === 'addr') {
    // ipadm_walk_proptbl / ipadm_walk_prop over ipadm_addrprop_table.
    const names = st.props ?? ADDRPROP_TABLE.map((pd) => pd.name);
    for (const n of names) if (!showProperty(ctx, st, n, 0) && !st.props) break;
    return;
  }
  if (!st.props) {
    ipadmWalkProptbl(ctx.iph, st.proto, CLASS[st.kind], fn);
    return;
  }
  for (const name of st.props) {
    const status = ipadmWalkProp(ctx.iph, name, st.proto, CLASS[st.kind], fn);
    if (status === 'PROP_UNKNOWN') fn(name, st.proto);
  }
}
