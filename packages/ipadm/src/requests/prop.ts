// Property sub-commands (ipadm.c set_ifprop, do_show_ifprop, set_prop, do_show_prop,
// set_addrprop, do_show_addrprop, ipadm_check_propstr, parse_modifiers). The texts are each
// release's: illumos (2017 ipadm.c) says "Usage:" where Solaris 11 says "usage:", and words a
// few failures its own way (MSG below).
import { aobjMapNames, getoptLong, ipadmAddrInfo, ipadmIfInfo, ipadmSetAddrprop, ipadmSetIfprop, ipadmSetProp, ipadmStatus2str, ipadmStr2proto, LIFC_ALL } from '@ipmplab/userland';
import type { LongOption, PropOpts } from '@ipmplab/userland';
import { ioctl } from '@ipmplab/core/syscalls';
import { die, dieOpterr, Exit } from '../context';
import type { CmdFunc, IpadmCtx } from '../context';
import { ADDRPROP_FIELDS, INTFPROP_FIELDS, MODPROP_FIELDS } from '../printer/show-prop';
import { openOfmt, propNames, showProperties } from './prop-show';
import type { ShowState } from './prop-show';

const lo = (name: string, val: string, hasArg: LongOption['hasArg'] = 'required'): LongOption => ({ name, hasArg, val });
/** set_ifprop_longopts, set_prop_longopts, show_ifprop_longopts, show_prop_longopts. */
const SET_IFPROP_LONGOPTS = [lo('module', 'm'), lo('prop', 'p'), lo('temporary', 't', 'none')];
const SET_PROP_LONGOPTS = [lo('prop', 'p'), lo('temporary', 't', 'none')];
const SHOW_IFPROP_LONGOPTS = [lo('module', 'm'), lo('parsable', 'c', 'none'), lo('prop', 'p'), lo('output', 'o')];
const SHOW_PROP_LONGOPTS = [lo('parsable', 'c', 'none'), lo('prop', 'p'), lo('output', 'o')];

const MSG = {
  usage: (ctx: IpadmCtx, use: string) => `${ctx.release === 'solaris11' ? 'usage' : 'Usage'}: ${use}`,
  pOnce: '-p must be specified once only',
  mOnce: '-m must be specified once only',
  mMore: 'cannot specify more than one -m',
  badSyntax: (use: string) => `incorrect syntax used for -p.\n${use}`,
  noValue: (use: string) => `please specify the value to be set.\n${use}`,
  twoValues: (use: string) => `cannot specify more than one prop=val at a time.\n${use}`,
  badPropval: (ctx: IpadmCtx, use: string) => `${ctx.release === 'solaris11' ? 'invalid' : 'Invalid'} prop=val specified\n${use}`,
  badProto: (p: string) => `invalid protocol '${p}' specified`,
  protoNeeded: 'protocol must be specified when property name is used',
  noSuchObject: (name: string, text: string) => `no such object '${name}': ${text}`,
  ifInfo: (ctx: IpadmCtx, text: string) => (ctx.release === 'solaris11' ? `cannot get information for interface(s): ${text}` : `Error retrieving interface(s): ${text}`),
  addrInfo: (ctx: IpadmCtx, text: string) => (ctx.release === 'solaris11' ? `cannot get address information: ${text}` : `error retrieving address: ${text}`),
  badAobj: (ctx: IpadmCtx) => (ctx.release === 'solaris11' ? 'invalid address object name provided' : 'invalid addrobj name provided'),
  aobjNotFound: (name: string) => `addrobj not found: ${name}`,
  failed: (cmd: string, prop: string, text: string) => `${cmd}: ${prop}: ${text}`,
  badIfProps: 'invalid interface properties specified',
  badProtoProps: 'invalid protocol properties specified',
  badAddrProps: (ctx: IpadmCtx) => (ctx.release === 'solaris11' ? 'invalid interface properties specified' : 'invalid addrobj properties specified'),
} as const;

/** The options of a sub-command, in order, as getopt_long hands them out (opterr = 0). */
function options(argv: string[], optstring: string, longopts: LongOption[]) {
  return getoptLong(argv, optstring, longopts, { opterr: false });
}

/** ipadm_check_propstr: prop=value[,...] to set, a bare prop to reset. */
function checkPropstr(ctx: IpadmCtx, pstr: string, reset: boolean, use: string): void {
  const eq = pstr.indexOf('=');
  if (reset) {
    if (eq >= 0) die(ctx, MSG.badSyntax(use));
    return;
  }
  if (eq < 0 || eq + 1 === pstr.length) die(ctx, MSG.noValue(use));
  if (pstr.indexOf('=', eq + 1) >= 0) die(ctx, MSG.twoValues(use));
}

/** prop_name and prop_val of "-p name=value" (value undefined for a reset). */
function splitNv(nv: string): [string, string | undefined] {
  const eq = nv.indexOf('=');
  return eq < 0 ? [nv, undefined] : [nv.slice(0, eq), nv.slice(eq + 1)];
}

/** set_ifprop (set-ifprop and reset-ifprop). */
function setIfprop(ctx: IpadmCtx, argv: string[], reset: boolean, use: string): void {
  let nv: string | undefined;
  let protostr: string | undefined;
  const o: PropOpts = { persist: true };
  const r = options(argv, ':m:p:t', SET_IFPROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') {
      if (nv !== undefined) die(ctx, MSG.pOnce);
      checkPropstr(ctx, it.arg!, reset, use);
      nv = it.arg!;
    } else if (it.opt === 'm') {
      if (protostr !== undefined) die(ctx, MSG.mOnce);
      protostr = it.arg!;
    } else if (it.opt === 't') o.persist = false;
    else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  if (protostr === undefined || nv === undefined || r.optind !== r.argv.length - 1) die(ctx, MSG.usage(ctx, use));
  const ifname = r.argv[r.optind]!;
  const [pname, pval] = splitNv(nv);
  const proto = ipadmStr2proto(protostr);
  if (proto === 0) die(ctx, MSG.badProto(protostr));
  if (reset) o.default = true;
  else o.active = true;
  const status = ipadmSetIfprop(ctx.iph, ifname, pname, pval, proto, o);
  if (status !== 'SUCCESS') die(ctx, MSG.failed(reset ? 'reset-ifprop' : 'set-ifprop', pname, ipadmStatus2str(status, ctx.release)));
}

export const doSetIfprop: CmdFunc = (ctx, argv, use) => setIfprop(ctx, argv, false, use);
export const doResetIfprop: CmdFunc = (ctx, argv, use) => setIfprop(ctx, argv, true, use);

/** The interfaces show-ifprop goes through: ipadm_if_info's, in its order. */
function interfaces(ctx: IpadmCtx, ifname: string | undefined): { status: ReturnType<typeof ipadmIfInfo>['status']; names: string[] } {
  const r = ipadmIfInfo(ctx.iph, ifname);
  if (r.status !== 'NOTSUP') return { status: r.status, names: r.info.map((i) => i.name) };
  // Until the interface walk is filled in: the plumbed interfaces in SIOCGLIFCONF order.
  const names: string[] = [];
  for (const e of ioctl(ctx.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    const phys = e.name.split(':')[0]!;
    if (!names.includes(phys)) names.push(phys);
  }
  if (ifname === undefined) return { status: 'SUCCESS', names };
  return names.includes(ifname) ? { status: 'SUCCESS', names: [ifname] } : { status: 'ENXIO', names: [] };
}

/** Ends the command with 1 when a value could not be shown (sps_retstatus). */
function endShow(st: ShowState): void {
  if (st.retstatus !== 'SUCCESS') throw new Exit(1);
}

/** do_show_ifprop. */
export const doShowIfprop: CmdFunc = (ctx, argv, use) => {
  let props: string[] | undefined;
  let fields: string | undefined;
  let parsable = false;
  let protostr: string | undefined;
  const r = options(argv, ':p:m:co:', SHOW_IFPROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') props = [...(props ?? []), ...propNames(it.arg!)];
    else if (it.opt === 'c') parsable = true;
    else if (it.opt === 'o') fields = it.arg;
    else if (it.opt === 'm') {
      if (protostr !== undefined) die(ctx, MSG.mMore);
      protostr = it.arg!;
    } else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  let ifname: string | undefined;
  if (r.optind === r.argv.length - 1) ifname = r.argv[r.optind];
  else if (r.optind !== r.argv.length) die(ctx, MSG.usage(ctx, use));
  protostr ??= 'ip';
  const proto = ipadmStr2proto(protostr);
  if (proto === 0) die(ctx, MSG.badProto(protostr));
  const ofmt = openOfmt(ctx, fields, INTFPROP_FIELDS, parsable);
  const info = interfaces(ctx, ifname);
  if (ifname !== undefined && info.status === 'ENXIO') die(ctx, MSG.noSuchObject(ifname, ipadmStatus2str(info.status, ctx.release)));
  if (info.status !== 'SUCCESS') die(ctx, MSG.ifInfo(ctx, ipadmStatus2str(info.status, ctx.release)));
  const st: ShowState = { kind: 'if', ifname: '', aobjname: '', proto, props: props ? [...new Set(props)] : undefined, ofmt, status: 'SUCCESS', retstatus: 'SUCCESS' };
  for (const name of info.names) {
    st.ifname = name;
    st.proto = proto;
    showProperties(ctx, st);
  }
  endShow(st);
};

/** parse_modifiers: "prop+=value" appends, "prop-=value" removes. */
function parseModifiers(ctx: IpadmCtx, pstr: string, o: PropOpts, use: string): void {
  const eq = pstr.indexOf('=');
  if (eq < 0) return;
  if (eq === 0) die(ctx, MSG.badPropval(ctx, use));
  if (pstr[eq - 1] === '+') o.append = true;
  else if (pstr[eq - 1] === '-') o.remove = true;
}

/** set_prop (set-prop and reset-prop). */
function setProp(ctx: IpadmCtx, argv: string[], reset: boolean, use: string): void {
  let nv: string | undefined;
  const o: PropOpts = { persist: true };
  const r = options(argv, ':p:t', SET_PROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') {
      if (nv !== undefined) die(ctx, MSG.pOnce);
      checkPropstr(ctx, it.arg!, reset, use);
      nv = it.arg!;
    } else if (it.opt === 't') o.persist = false;
    else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  if (nv === undefined || r.optind !== r.argv.length - 1) die(ctx, MSG.usage(ctx, use));
  parseModifiers(ctx, nv, o, use);
  let [pname, pval] = splitNv(nv);
  if (o.append || o.remove) pname = pname.slice(0, -1);
  const protostr = r.argv[r.optind]!;
  const proto = ipadmStr2proto(protostr);
  if (proto === 0) die(ctx, MSG.badProto(protostr));
  if (reset) o.default = true;
  else o.active = true;
  const status = ipadmSetProp(ctx.iph, pname, pval, proto, o);
  if (status !== 'SUCCESS') die(ctx, MSG.failed(reset ? 'reset-prop' : 'set-prop', pname, ipadmStatus2str(status, ctx.release)));
}

export const doSetProp: CmdFunc = (ctx, argv, use) => setProp(ctx, argv, false, use);
export const doResetProp: CmdFunc = (ctx, argv, use) => setProp(ctx, argv, true, use);

/** do_show_prop: human output wraps long lists (OFMT_WRAP). */
export const doShowProp: CmdFunc = (ctx, argv, use) => {
  let props: string[] | undefined;
  let fields: string | undefined;
  let parsable = false;
  const r = options(argv, ':p:co:', SHOW_PROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') {
      if (props !== undefined) die(ctx, MSG.pOnce);
      props = propNames(it.arg!);
    } else if (it.opt === 'c') parsable = true;
    else if (it.opt === 'o') fields = it.arg;
    else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  let proto = 0;
  if (r.optind === r.argv.length - 1) {
    const protostr = r.argv[r.optind]!;
    proto = ipadmStr2proto(protostr);
    if (proto === 0) die(ctx, MSG.badProto(protostr));
  } else if (r.optind !== r.argv.length) die(ctx, MSG.usage(ctx, use));
  else if (props !== undefined) die(ctx, MSG.protoNeeded);
  const ofmt = openOfmt(ctx, fields, MODPROP_FIELDS, parsable, true);
  const st: ShowState = { kind: 'module', ifname: '', aobjname: '', proto, props, ofmt, status: 'SUCCESS', retstatus: 'SUCCESS' };
  showProperties(ctx, st);
  endShow(st);
};

/** set_addrprop (set-addrprop and reset-addrprop); its optstring also takes -i, which it refuses. */
function setAddrprop(ctx: IpadmCtx, argv: string[], reset: boolean, use: string): void {
  let nv: string | undefined;
  const o: PropOpts = { active: true, persist: true };
  const r = options(argv, ':i:p:t', SET_IFPROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') {
      if (nv !== undefined) die(ctx, MSG.pOnce);
      checkPropstr(ctx, it.arg!, reset, use);
      nv = it.arg!;
    } else if (it.opt === 't') o.persist = false;
    else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  if (nv === undefined || r.optind !== r.argv.length - 1) die(ctx, MSG.usage(ctx, use));
  const [pname, pval] = splitNv(nv);
  if (reset) o.default = true;
  const status = ipadmSetAddrprop(ctx.iph, pname, pval, r.argv[r.optind]!, o);
  if (status !== 'SUCCESS') die(ctx, MSG.failed(reset ? 'reset-addrprop' : 'set-addrprop', pname, ipadmStatus2str(status, ctx.release)));
}

export const doSetAddrprop: CmdFunc = (ctx, argv, use) => setAddrprop(ctx, argv, false, use);
export const doResetAddrprop: CmdFunc = (ctx, argv, use) => setAddrprop(ctx, argv, true, use);

/** The named address objects of the running system (ipadm_addr_info's walk), addrconf left out. */
function addrobjs(ctx: IpadmCtx, ifname: string | undefined): { status: ReturnType<typeof ipadmAddrInfo>['status']; names: string[] } {
  const r = ipadmAddrInfo(ctx.iph, ifname);
  if (r.status !== 'NOTSUP') return { status: r.status, names: r.info.filter((a) => a.aobjname !== '' && a.type !== 'addrconf').map((a) => a.aobjname) };
  // Until the address walk is filled in: ipmgmtd's map, in its order.
  return { status: 'SUCCESS', names: aobjMapNames(ctx.iph, ifname) };
}

/** do_show_addrprop. */
export const doShowAddrprop: CmdFunc = (ctx, argv, use) => {
  let props: string[] | undefined;
  let fields: string | undefined;
  let parsable = false;
  const r = options(argv, ':p:i:cPo:', SHOW_PROP_LONGOPTS);
  for (const it of r.items) {
    if (it.opt === 'p') props = [...(props ?? []), ...propNames(it.arg!)];
    else if (it.opt === 'c') parsable = true;
    else if (it.opt === 'o') fields = it.arg;
    else dieOpterr(ctx, it.optopt, it.opt, use);
  }
  let aobjname: string | undefined;
  let ifname: string | undefined;
  if (r.optind === r.argv.length - 1) {
    aobjname = r.argv[r.optind]!;
    const slash = aobjname.indexOf('/');
    if (slash < 0) die(ctx, MSG.badAobj(ctx));
    if (slash + 1 === aobjname.length) {
      ifname = aobjname.slice(0, slash);
      aobjname = undefined;
    }
  } else if (r.optind !== r.argv.length) die(ctx, MSG.usage(ctx, use));
  const ofmt = openOfmt(ctx, fields, ADDRPROP_FIELDS, parsable);
  const st: ShowState = { kind: 'addr', ifname: '', aobjname: '', proto: 0, props: props ? [...new Set(props)] : undefined, ofmt, status: 'SUCCESS', retstatus: 'SUCCESS' };
  if (aobjname !== undefined && ctx.release === 'solaris11') {
    // S11: the named object's properties, whatever the address walk holds.
    st.aobjname = aobjname;
    showProperties(ctx, st);
    endShow(st);
    return;
  }
  const info = addrobjs(ctx, ifname);
  if (info.status === 'NOTFOUND') return;
  if (info.status !== 'SUCCESS') die(ctx, MSG.addrInfo(ctx, ipadmStatus2str(info.status, ctx.release)));
  let found = false;
  for (const name of info.names) {
    if (aobjname !== undefined) {
      if (name !== aobjname) continue;
      found = true;
    }
    st.aobjname = name;
    showProperties(ctx, st);
    if (found) break;
  }
  if (aobjname !== undefined && !found) die(ctx, MSG.aobjNotFound(aobjname));
  endShow(st);
};
