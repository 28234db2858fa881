// Interface and protocol properties (ipadm_prop.c): ipadm_get_prop, ipadm_get_ifprop,
// ipadm_set_prop, ipadm_set_ifprop and their common halves i_ipadm_getprop_common and
// i_ipadm_setprop_common, the persistence door calls i_ipadm_get_persist_propval and
// i_ipadm_persist_propval, i_ipadm_validate_if, and the walkers ipadm_walk_proptbl and
// ipadm_walk_prop.
import { MOD_PROTO } from '@ipmplab/core/syscalls';
import { ipmgmtGetProp, ipmgmtResetProp, ipmgmtSetProp } from '../ipmgmtd/prop';
import type { PropObject } from '../ipmgmtd/prop';
import type { IpadmHandle } from './handle';
import { ifEnabled } from './handle';
import type { IpadmStatus } from './status';
import { ifPexists, validIfname } from './prop-callbacks';
import { propDesc, propdescTable, WALK_PROTOCOLS } from './prop-table';
import { fail, ipadmProto2str, ok, PROP_CLASS, PROP_FLAG } from './prop-types';
import type { GetResult, PropDesc, PropOpts, ValType } from './prop-types';
import * as cb from './prop-callbacks';

/** MAXPROPVALLEN. */
export const MAXPROPVALLEN = 512;

/** ipadm_privprop: a protocol property the library does not know, passed to the kernel as it is. */
function privprop(pname: string, proto: number): PropDesc {
  return { name: pname, class: PROP_CLASS.MODULE, proto, flags: 0, set: cb.setKernelProp, getRange: cb.getKernelProp, get: cb.getKernelProp };
}

/** i_ipadm_pd2permstr: r and w from the callbacks an entry has. */
export function pd2permstr(pd: { set?: unknown; get?: unknown }): string {
  return `${pd.get ? 'r' : '-'}${pd.set ? 'w' : '-'}`;
}

/** i_ipadm_perm2str: the kernel's MOD_PROP_PERM_* number as r/w. */
function perm2str(text: string): string {
  const perm = Number.parseInt(text, 10) || 0;
  return `${perm & 1 ? 'r' : '-'}${perm & 2 ? 'w' : '-'}`;
}

/**
 * i_ipadm_populate_proparg: the object a property is stored under. A private protocol property
 * is stored as `__name`, apart from ipadm's own `_` names.
 */
function propObject(pd: PropDesc, object: string): { obj: PropObject; pname: string } {
  if (pd.class === PROP_CLASS.MODULE) return { obj: { module: object }, pname: pd.name.startsWith('_') ? `_${pd.name}` : pd.name };
  if (pd.class === PROP_CLASS.MODIF && ipadmStr2protoKnown(object)) return { obj: { module: object }, pname: pd.name };
  return { obj: { ifname: object, module: ipadmProto2str(pd.proto) }, pname: pd.name };
}

function ipadmStr2protoKnown(s: string): boolean {
  return ['ip', 'ipv4', 'ipv6', 'icmp', 'tcp', 'udp', 'sctp', 'arp'].includes(s);
}

/** i_ipadm_get_persist_propval: IPMGMT_CMD_GETPROP; nothing stored is IPADM_OBJ_NOTFOUND. */
function getPersist(iph: IpadmHandle, pd: PropDesc, object: string): GetResult {
  const { obj, pname } = propObject(pd, object);
  const r = ipmgmtGetProp(iph.files, obj, pname);
  return r.err === 0 ? ok(r.value) : fail('NOTFOUND');
}

/** i_ipadm_persist_propval: IPMGMT_CMD_SETPROP, or RESETPROP for a reset or a removal. */
export function persistPropval(iph: IpadmHandle, pd: PropDesc, pval: string | undefined, object: string, o: PropOpts): IpadmStatus {
  const { obj, pname } = propObject(pd, object);
  return storeProp(iph, obj, pname, pval, o);
}

/** The door call of i_ipadm_persist_propval for an object already named. */
export function storeProp(iph: IpadmHandle, obj: PropObject, pname: string, pval: string | undefined, o: PropOpts): IpadmStatus {
  if (o.default || o.remove) {
    // Nothing in the store to take away is fine: the value was changed only for now.
    ipmgmtResetProp(iph.files, obj, pname, pval ?? '', { remove: o.remove });
    return 'SUCCESS';
  }
  ipmgmtSetProp(iph.files, obj, pname, pval ?? '', { append: o.append });
  return 'SUCCESS';
}

/** i_ipadm_getprop_common. */
function getpropCommon(iph: IpadmHandle, ifname: string | undefined, pname: string, proto: number, valtype: ValType): GetResult {
  const isIf = ifname !== undefined;
  const r = propDesc(iph.release, pname, proto);
  if (r.err === 'EPROTO') return fail('BAD_PROTOCOL');
  if (isIf && r.err === 'ENOENT') return fail('PROP_UNKNOWN');
  let pd = r.pd;
  if (pd) {
    if (isIf && !(pd.class & PROP_CLASS.IF)) return fail('INVALID_ARG');
    if (!isIf && !(pd.class & PROP_CLASS.MODULE)) return fail('INVALID_ARG');
  } else {
    pd = privprop(pname, proto);
  }
  let res: GetResult;
  switch (valtype) {
    case 'perm':
      if (isIf) return ok(pd2permstr(pd));
      res = pd.get!(iph, ifname, pd, proto, 'perm');
      return res.status === 'SUCCESS' ? ok(perm2str(res.value)) : res;
    case 'active':
    case 'default':
      return pd.get!(iph, ifname, pd, proto, valtype);
    case 'possible':
      return pd.getRange ? pd.getRange(iph, ifname, pd, proto, 'possible') : ok('');
    case 'persist':
      if (pd.flags & PROP_FLAG.GETPERSIST) return pd.get!(iph, ifname, pd, proto, 'persist');
      return getPersist(iph, pd, isIf ? ifname : ipadmProto2str(proto)!);
  }
}

/** ipadm_get_prop: a protocol property. */
export function ipadmGetProp(iph: IpadmHandle, pname: string, proto: number, valtype: ValType): GetResult {
  if (ipadmProto2str(proto) === undefined) return fail('NOTSUP');
  return getpropCommon(iph, undefined, pname, proto, valtype);
}

/** ipadm_get_ifprop: an interface property. */
export function ipadmGetIfprop(iph: IpadmHandle, ifname: string, pname: string, proto: number, valtype: ValType): GetResult {
  if (ipadmProto2str(proto) === undefined) return fail('NOTSUP');
  if (!validIfname(ifname)) return fail('INVALID_NAME');
  return getpropCommon(iph, ifname, pname, proto, valtype);
}

/** i_ipadm_setprop_common. */
function setpropCommon(iph: IpadmHandle, ifname: string | undefined, pname: string, buf: string | undefined, proto: number, o: PropOpts): IpadmStatus {
  const isIf = ifname !== undefined;
  if (!o.default && Buffer.byteLength(buf ?? '') >= MAXPROPVALLEN) return 'INVALID_ARG';
  const r = propDesc(iph.release, pname, proto);
  if (r.err === 'EPROTO') return 'BAD_PROTOCOL';
  if (isIf && r.err === 'ENOENT') return 'PROP_UNKNOWN';
  let pd = r.pd;
  if (pd) {
    if (isIf ? !(pd.class & PROP_CLASS.IF) : !(pd.class & PROP_CLASS.MODULE)) return 'INVALID_ARG';
    if (!(pd.flags & PROP_FLAG.MULVAL) && (o.append || o.remove)) return 'INVALID_ARG';
  } else {
    pd = privprop(pname, proto);
  }
  // Only persisting: the value is not applied now.
  const onlyPersist = o.persist && !o.active && !o.default && !o.append && !o.remove;
  if (!onlyPersist) {
    const st = pd.set!(iph, ifname, pd, buf, proto, o);
    if (st !== 'SUCCESS') return st;
  }
  if (o.persist) return persistPropval(iph, pd, buf, isIf ? ifname : ipadmProto2str(proto)!, o);
  return 'SUCCESS';
}

/** i_ipadm_validate_if: the interface exists (and persistently, for a persistent change). */
function validateIf(iph: IpadmHandle, ifname: string, proto: number, o: PropOpts): IpadmStatus {
  if (!validIfname(ifname)) return 'INVALID_NAME';
  const af = proto === MOD_PROTO.IP ? undefined : proto === MOD_PROTO.IPV6 ? 'inet6' : 'inet';
  const pExists = ifPexists(iph, ifname, af);
  const aExists = ifEnabled(iph, ifname, 'inet') || ifEnabled(iph, ifname, 'inet6');
  if (!aExists && pExists) return 'OP_DISABLE_OBJ';
  const enabled = af === undefined ? aExists : ifEnabled(iph, ifname, af);
  if (!enabled) return 'ENXIO';
  if (o.persist && !pExists) return 'TEMPORARY_OBJ';
  return 'SUCCESS';
}

/** ipadm_set_ifprop. */
export function ipadmSetIfprop(iph: IpadmHandle, ifname: string, pname: string, buf: string | undefined, proto: number, o: PropOpts): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  if (!o.default && buf === undefined) return 'INVALID_ARG';
  if (ipadmProto2str(proto) === undefined) return 'NOTSUP';
  const st = validateIf(iph, ifname, proto, o);
  if (st !== 'SUCCESS') return st;
  return setpropCommon(iph, ifname, pname, buf, proto, o);
}

/** ipadm_set_prop. */
export function ipadmSetProp(iph: IpadmHandle, pname: string, buf: string | undefined, proto: number, o: PropOpts): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  if (!o.default && buf === undefined) return 'INVALID_ARG';
  if (ipadmProto2str(proto) === undefined) return 'NOTSUP';
  return setpropCommon(iph, undefined, pname, buf, proto, o);
}

/** What a walker calls for each property: false stops the walk. */
export type PropWalkFn = (pname: string, proto: number) => boolean;

/** ipadm_walk_proptbl for the interface and protocol classes (every table when proto is NONE). */
export function ipadmWalkProptbl(iph: IpadmHandle, proto: number, cls: number, fn: PropWalkFn): IpadmStatus {
  const walk = (table: PropDesc[], p: number): boolean => {
    for (const pd of table) {
      if (!(pd.class & cls)) continue;
      if (p !== MOD_PROTO.NONE && !(pd.proto & p)) continue;
      if (!fn(pd.name, pd.proto)) return false;
    }
    return true;
  };
  const table = propdescTable(iph.release, proto);
  if (!table && proto !== MOD_PROTO.NONE) return 'INVALID_ARG';
  if (table) walk(table, proto);
  else for (const p of WALK_PROTOCOLS) walk(propdescTable(iph.release, p)!, p);
  return 'SUCCESS';
}

/** ipadm_walk_prop: every instance of a name (mtu has one per family); PROP_UNKNOWN for none. */
export function ipadmWalkProp(iph: IpadmHandle, pname: string, proto: number, _cls: number, fn: PropWalkFn): IpadmStatus {
  const table = propdescTable(iph.release, proto);
  if (!table) return 'INVALID_ARG';
  let matched = false;
  for (const pd of table) {
    if (pname !== pd.name) continue;
    if (!(pd.proto & proto)) continue;
    matched = true;
    if (!fn(pd.name, pd.proto)) break;
  }
  return matched ? 'SUCCESS' : 'PROP_UNKNOWN';
}
