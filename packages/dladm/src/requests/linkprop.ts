// dladm show-linkprop, set-linkprop, reset-linkprop and the boot-time init-linkprop (dladm.c
// do_show_linkprop, show_linkprop_onelink, print_linkprop, print_linkprop_cb, set_linkprop,
// reset_one_linkprop, do_init_linkprop). The properties and their rules are
// libdladm/linkprop.ts's; persistent values live in /etc/dladm/datalink.conf.
import type { DldLinkAttr } from '@ipmplab/core/syscalls';
import { getoptLong } from '@ipmplab/userland';
import { DatalinkConf } from '../libdladm/datalink-conf';
import { getLinkprop, linkpropNames, setLinkprop } from '../libdladm/linkprop';
import type { PropValType } from '../libdladm/linkprop';
import { parseLinkProps } from '../libdladm/parse-args';
import { name2info, walkLinks } from '../libdladm/links';
import { die, dieDlerr, dieOptdup, Exit, notSimulated, usage, warn, warnDlerr } from '../context';
import type { DladmCtx } from '../context';
import { options, propLongopts } from '../grammar';
import { linkpropFields } from '../printer/fields';
import type { LinkpropRow } from '../printer/fields';
import { openOfmt } from '../printer/ofmt';
import type { DladmStatus } from '../status';
import { checkZoneList, GLOBAL_ZONE, namedLink } from './common';
import { MSG } from '../messages';

/** DLADM_STRSIZE: the -p list's buffer (1024 in Solaris 11, 256 in illumos). */
const strsize = (ctx: DladmCtx) => (ctx.release === 'solaris11' ? 1024 : 256);

/** strlcat(propstr, optarg) then strlcat(propstr, ","): the list, or a die() when it is full. */
function addProps(ctx: DladmCtx, propstr: string, arg: string): string {
  const size = strsize(ctx);
  const cat = (s: string, t: string) => {
    const buf = Buffer.from(s + t);
    return { text: buf.length < size ? s + t : buf.subarray(0, size - 1).toString(), full: buf.length >= size };
  };
  const first = cat(propstr, arg).text;
  const second = cat(first, ',');
  if (second.full) die(ctx, MSG.propListTooLong(second.text));
  return second.text;
}

interface ShowState {
  link: string;
  parsable: boolean;
  persist: boolean;
  withList: boolean;
  status: DladmStatus;
  retstatus: DladmStatus;
}

/** print_linkprop: one column's text, or undefined ("?") when the property cannot be read. */
function printLinkprop(ctx: DladmCtx, st: ShowState, a: DldLinkAttr, conf: DatalinkConf, prop: string, type: PropValType, trailing: string): string | undefined {
  const r = getLinkprop(a, conf, type, prop);
  let values = r.values;
  if (r.status !== 'OK') {
    if (r.status === 'NOTSUP' || st.persist) values = [type === 'current' || type === 'persistent' || type === 'perm' ? '--' : ''];
    else {
      if (st.withList && st.status === 'OK') warnDlerr(ctx, r.status, MSG.cannotGet(prop, st.link));
      st.status = r.status;
      st.retstatus = r.status;
      return undefined;
    }
  }
  st.status = 'OK';
  const parts: string[] = [];
  for (const v of values) {
    if (v === '' && !st.parsable) parts.push('--');
    else if (!(st.parsable && v === '--')) parts.push(v);
  }
  const buf = parts.join(',');
  return st.parsable ? buf : buf + trailing;
}

/** The row of one property: its columns are read in the order ofmt asks for them. */
function linkpropRow(ctx: DladmCtx, st: ShowState, a: DldLinkAttr, conf: DatalinkConf, prop: string): LinkpropRow {
  return {
    link: st.link,
    zone: GLOBAL_ZONE,
    property: prop,
    get perm() { return printLinkprop(ctx, st, a, conf, prop, 'perm', ''); },
    get value() { return printLinkprop(ctx, st, a, conf, prop, st.persist ? 'persistent' : 'current', ''); },
    get default() { return printLinkprop(ctx, st, a, conf, prop, 'default', ''); },
    // The POSSIBLE column's format is "%s ": a space follows the values.
    get possible() { return printLinkprop(ctx, st, a, conf, prop, 'possible', ' '); },
  };
}

/** linkprop_is_supported: without -p, a property is listed if it has a default or a value. */
function supported(a: DldLinkAttr, conf: DatalinkConf, prop: string): boolean {
  return getLinkprop(a, conf, 'default', prop).status === 'OK' || getLinkprop(a, conf, 'current', prop).status === 'OK';
}

export function doShowLinkprop(ctx: DladmCtx, argv: string[], use: string): void {
  const s11 = ctx.release === 'solaris11';
  let propstr = '';
  let parsable = false, persist = false, o = false, z = false, Z = false;
  let fields = 'link,property,perm,value,default,possible';
  const { operands } = options(ctx, argv, s11 ? ':p:cPo:z:Z' : ':p:cPo:', propLongopts(ctx.release), use, (opt, arg) => {
    switch (opt) {
      case 'p': propstr = addProps(ctx, propstr, arg!); break;
      case 'c': parsable = true; break;
      case 'P': if (persist) dieOptdup(ctx, opt); persist = true; break;
      case 'o': if (o) dieOptdup(ctx, opt); o = true; fields = arg!; break;
      case 'z': if (z) dieOptdup(ctx, opt); z = true; checkZoneList(ctx, arg!); break;
      case 'Z': if (Z) dieOptdup(ctx, opt); Z = true; fields = 'all'; break;
    }
  });
  if (z && persist) die(ctx, MSG.pNotWithz);
  if (Z && (persist || o)) die(ctx, MSG.notWithZ(persist ? 'P' : 'o'));
  let only: string | undefined;
  if (operands.length === 1) only = namedLink(ctx, operands[0]).name;
  else if (operands.length !== 0) {
    if (s11) die(ctx, MSG.usageOf(use));
    usage(ctx);
  }
  const list = parseLinkProps(propstr, true);
  if (!list) die(ctx, MSG.invalidLinkProps);
  // do_show_linkprop: OFMT_WRAP unless parsable (a POSSIBLE list too long for its column is
  // cut at its commas onto continuation lines).
  const ofmt = openOfmt(ctx, fields, linkpropFields(ctx.release), parsable, 0, ctx.rows, !parsable);
  const conf = new DatalinkConf(ctx.files);
  let retstatus: DladmStatus = 'OK';
  for (const a of walkLinks(ctx.k)) {
    if (only !== undefined && a.name !== only) continue;
    const st: ShowState = { link: a.name, parsable, persist, withList: list.length > 0, status: 'OK', retstatus };
    const names = list.length > 0 ? list.map((x) => x.name) : linkpropNames();
    for (const prop of names) {
      if (!parsable && list.length === 0 && !supported(a, conf, prop)) continue;
      ctx.out(ofmt.print(linkpropRow(ctx, st, a, conf, prop)));
    }
    retstatus = st.retstatus;
  }
  if (retstatus !== 'OK') throw new Exit(1);
}

/** set_linkprop(), for set-linkprop and reset-linkprop. */
function setOrReset(ctx: DladmCtx, argv: string[], reset: boolean, use: string): void {
  let propstr = '';
  let temp = false;
  let altroot: string | undefined;
  const { operands } = options(ctx, argv, ':p:R:t', propLongopts(ctx.release), use, (opt, arg) => {
    switch (opt) {
      case 'p': propstr = addProps(ctx, propstr, arg!); break;
      case 't': temp = true; break;
      case 'R': altroot = arg; break;
    }
  });
  if (operands.length !== 1) die(ctx, MSG.usageOf(use));
  const list = parseLinkProps(propstr, reset);
  if (!list) die(ctx, MSG.invalidLinkProps);
  if (list.length === 0 && !reset) die(ctx, MSG.linkPropMustBeSpecified);
  if (altroot !== undefined) notSimulated(ctx, 'an alternate root (-R)');
  const name = operands[0];
  const a = name2info(ctx.k, name);
  if (typeof a === 'string') dieDlerr(ctx, a, MSG.linkNotValid(name));
  const conf = new DatalinkConf(ctx.files);
  const flags = { active: true, persist: !temp };
  let status: DladmStatus = 'OK';
  if (list.length === 0) {
    // reset_one_linkprop over every property: read-only and unsupported ones are passed over.
    for (const prop of linkpropNames()) {
      const s = setLinkprop(ctx.k, a, conf, prop, null, flags);
      if (s !== 'OK' && s !== 'PROPRDONLY' && s !== 'NOTSUP') {
        warnDlerr(ctx, s, MSG.cannotReset(prop, name));
        status = s;
      }
    }
  } else {
    for (const aip of list) {
      if (!reset && aip.values.length === 0) {
        warn(ctx, MSG.noValueFor(aip.name));
        status = 'BADARG';
        continue;
      }
      status = setLinkprop(ctx.k, a, conf, aip.name, reset ? null : aip.values, flags);
      switch (status) {
        case 'OK':
          break;
        case 'NOTFOUND':
          warn(ctx, MSG.invalidLinkProp(aip.name));
          break;
        case 'BADVAL': {
          const possible = getLinkprop(a, conf, 'possible', aip.name);
          if (possible.status !== 'OK') warnDlerr(ctx, status, MSG.cannotSet(aip.name, name));
          else if (possible.values.length > 0) warn(ctx, MSG.mustBeOneOf(aip.name, possible.values.join(',')));
          else warn(ctx, MSG.invalidLinkProp(aip.values[0]));
          break;
        }
        default:
          warnDlerr(ctx, status, reset ? MSG.cannotReset(aip.name, name) : MSG.cannotSet(aip.name, name));
      }
    }
  }
  if (status !== 'OK') throw new Exit(1);
}

export function doSetLinkprop(ctx: DladmCtx, argv: string[], use: string): void {
  setOrReset(ctx, argv, false, use);
}

export function doResetLinkprop(ctx: DladmCtx, argv: string[], use: string): void {
  setOrReset(ctx, argv, true, use);
}

/**
 * init-linkprop (not in the usage): what dlmgmtd does for each physical link at boot
 * (dladm_init_linkprop): each persistent property is set again on the running link.
 * Failures are passed over, as do_init_linkprop does.
 */
export function doInitLinkprop(ctx: DladmCtx, argv: string[]): void {
  // getopt(argc, argv, ":w"): anything but -w prints the usage, init-linkprop not being public.
  const r = getoptLong(argv, '+:w', [], { opterr: false });
  if (r.items.some((item) => item.opt !== 'w')) usage(ctx);
  const operands = r.argv.slice(r.optind);
  let links = walkLinks(ctx.k);
  if (operands.length === 1) {
    const a = name2info(ctx.k, operands[0]);
    if (typeof a === 'string') dieDlerr(ctx, a, MSG.linkNotValid(operands[0]));
    links = [a];
  } else if (operands.length !== 0) usage(ctx);
  const conf = new DatalinkConf(ctx.files);
  for (const a of links) {
    for (const { name, values } of conf.props(a.name)) {
      setLinkprop(ctx.k, a, conf, name, values, { active: true, persist: false });
    }
  }
}
