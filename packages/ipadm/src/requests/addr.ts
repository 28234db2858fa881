// Address sub-commands (ipadm.c do_delete_addr, do_up_addr, do_down_addr, do_enable_addr,
// do_disable_addr, do_refresh_addr, do_show_addr with print_sa_cb) and the bare `ipadm`;
// create-addr is in addr-create.ts.
import {
  ipadmAddrInfo, ipadmDeleteAddr, ipadmDisableAddr, ipadmDownAddr, ipadmEnableAddr, ipadmIfInfo, ipadmRefreshAddr,
  ipadmStatus2str, ipadmUpAddr, ofmtOpen,
} from '@ipmplab/userland';
import type { IpadmStatus, LongOption, OfmtField } from '@ipmplab/userland';
import { die, warn } from '../context';
import type { CmdFunc, IpadmCtx } from '../context';
import { addrTexts } from './addr-messages';
import { parseOpts } from './if-opts';
import { SHOW_ADDR_DEFAULT_FIELDS, SHOW_ADDR_DHCP_FIELDS, showAddrFields } from '../printer/show-addr';
import { OVERVIEW_FIELDS, overviewAddrRow, overviewIfRow } from '../printer/overview';
import type { OverviewRow } from '../printer/overview';

export { doCreateAddr } from './addr-create';

const T = (ctx: IpadmCtx) => addrTexts(ctx.release);
const str = (ctx: IpadmCtx, s: IpadmStatus) => ipadmStatus2str(s, ctx.release);

/** addr_misc_longopts. */
const ADDR_MISC_LONGOPTS: LongOption[] = [
  { name: 'inform', hasArg: 'none', val: 'i' },
  { name: 'release', hasArg: 'none', val: 'r' },
  { name: 'temporary', hasArg: 'none', val: 't' },
];

/** show_addr_longopts (S11 has -d, --dhcp). */
const showAddrLongopts = (ctx: IpadmCtx): LongOption[] => [
  ...(ctx.release === 'solaris11' ? [{ name: 'dhcp', hasArg: 'none' as const, val: 'd' }] : []),
  { name: 'parsable', hasArg: 'none', val: 'p' },
  { name: 'output', hasArg: 'required', val: 'o' },
];

/** process_misc_args / process_misc_addrargs (":t"): one address object. */
function miscArgs(ctx: IpadmCtx, argv: string[], use: string): { aobjname: string; persist: boolean } {
  const p = parseOpts(ctx, argv, ':t', ADDR_MISC_LONGOPTS, use, 't');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  return { aobjname: p.operands[0], persist: !p.opts.some((o) => o.opt === 't') };
}

const fail = (ctx: IpadmCtx, what: string, s: IpadmStatus): never => die(ctx, `${what}: ${str(ctx, s)}`);

/** do_delete_addr (":r"): from the active and the persistent configuration. */
export const doDeleteAddr: CmdFunc = (ctx, argv, use) => {
  const p = parseOpts(ctx, argv, ':r', ADDR_MISC_LONGOPTS, use, 'r');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  const s = ipadmDeleteAddr(ctx.iph, p.operands[0], { persist: true, release: p.opts.some((o) => o.opt === 'r') });
  if (s !== 'SUCCESS') fail(ctx, T(ctx).del, s);
};

export const doUpAddr: CmdFunc = (ctx, argv, use) => {
  const { aobjname, persist } = miscArgs(ctx, argv, use);
  const s = ipadmUpAddr(ctx.iph, aobjname, persist);
  if (s !== 'SUCCESS') fail(ctx, T(ctx).up, s);
};

export const doDownAddr: CmdFunc = (ctx, argv, use) => {
  const { aobjname, persist } = miscArgs(ctx, argv, use);
  const s = ipadmDownAddr(ctx.iph, aobjname, persist);
  if (s !== 'SUCCESS') fail(ctx, T(ctx).down, s);
};

export const doEnableAddr: CmdFunc = (ctx, argv, use) => {
  const { aobjname, persist } = miscArgs(ctx, argv, use);
  if (persist) die(ctx, 'persistent operation not supported for enable-addr');
  const s = ipadmEnableAddr(ctx.iph, aobjname);
  if (s !== 'SUCCESS') fail(ctx, T(ctx).enable, s);
};

export const doDisableAddr: CmdFunc = (ctx, argv, use) => {
  const { aobjname, persist } = miscArgs(ctx, argv, use);
  if (persist) die(ctx, 'persistent operation not supported for disable-addr');
  const s = ipadmDisableAddr(ctx.iph, aobjname);
  if (s !== 'SUCCESS') fail(ctx, T(ctx).disable, s);
};

/** do_refresh_addr (":i"); its message has no colon before the status. */
export const doRefreshAddr: CmdFunc = (ctx, argv, use) => {
  const p = parseOpts(ctx, argv, ':i', ADDR_MISC_LONGOPTS, use, 'i');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  const s = ipadmRefreshAddr(ctx.iph, p.operands[0], p.opts.some((o) => o.opt === 'i'));
  if (s !== 'SUCCESS') die(ctx, `${T(ctx).refresh} ${str(ctx, s)}`);
};

/** ofmt_open and ipadm_ofmt_check: fatal in parsable mode or with no field, a warning otherwise. */
function openOfmt<R>(ctx: IpadmCtx, fields: string | undefined, table: readonly OfmtField<R>[], parsable: boolean) {
  const opened = ofmtOpen(fields, table, { parsable, maxcols: 80, rows: 24 });
  if (opened.status !== 'SUCCESS') {
    if (parsable || !opened.handle || opened.status === 'ENOFIELDS') die(ctx, opened.message ?? '');
    warn(ctx, opened.message ?? '');
  }
  return opened.handle!;
}

/**
 * do_show_addr ("po:", S11 "dpo:": no ':', so a missing -o value is an unrecognized option).
 * The operand is an object or "IF/" (Solaris 11.4 also takes "IF").
 */
export const doShowAddr: CmdFunc = (ctx, argv, use) => {
  const s11 = ctx.release === 'solaris11';
  const p = parseOpts(ctx, argv, s11 ? 'dpo:' : 'po:', showAddrLongopts(ctx), use, s11 ? 'dpo' : 'po');
  let fields: string | undefined;
  let parsable = false;
  let dhcp = false;
  let oArg = false;
  for (const o of p.opts) {
    if (o.opt === 'd') {
      fields = SHOW_ADDR_DHCP_FIELDS;
      dhcp = true;
    } else if (o.opt === 'p') parsable = true;
    else {
      fields = o.arg;
      oArg = true;
    }
  }
  if (parsable && fields === undefined) die(ctx, '-p requires -o');
  if (dhcp && parsable) die(ctx, '-p cannot be used with -d');
  if (dhcp && oArg) die(ctx, '-d cannot be used with -o');
  let aname: string | undefined;
  let ifname: string | undefined;
  if (p.operands.length === 1) {
    const op = p.operands[0];
    const slash = op.indexOf('/');
    if (slash < 0) {
      if (!s11) die(ctx, T(ctx).showInvalidName);
      ifname = op;
    } else if (slash === op.length - 1) ifname = op.slice(0, slash);
    else aname = op;
  } else if (p.operands.length > 1) die(ctx, T(ctx).usage(use));
  const handle = openOfmt(ctx, fields ?? SHOW_ADDR_DEFAULT_FIELDS, showAddrFields(ctx.release), parsable);
  showAddrs(ctx, handle.print.bind(handle), ifname, aname, dhcp);
};

function showAddrs(ctx: IpadmCtx, print: (row: ReturnType<typeof ipadmAddrInfo>['info'][number]) => string, ifname: string | undefined, aname: string | undefined, dhcp: boolean): void {
  const info = ipadmAddrInfo(ctx.iph, ifname);
  if (info.status !== 'SUCCESS') fail(ctx, T(ctx).showInfo, info.status);
  let found = false;
  for (const a of info.info) {
    if (aname !== undefined) {
      if (a.aobjname !== aname) continue;
      found = true;
    }
    // -d: only the addresses dhcpagent runs (none in the lab).
    if (dhcp) continue;
    ctx.out(print(a));
  }
  if (aname !== undefined && !found) die(ctx, T(ctx).showNotFound);
}

/**
 * The bare `ipadm`: Solaris 11.4's overview of interfaces and their addresses; illumos shows the
 * addresses as show-addr does (ipadm(8): "in the same way as ipadm show-addr").
 */
export const doOverview: CmdFunc = (ctx) => {
  if (ctx.release !== 'solaris11') {
    const handle = openOfmt(ctx, SHOW_ADDR_DEFAULT_FIELDS, showAddrFields(ctx.release), false);
    showAddrs(ctx, handle.print.bind(handle), undefined, undefined, false);
    return;
  }
  const handle = openOfmt(ctx, 'name,class/type,state,under,addr', OVERVIEW_FIELDS, false);
  const ifs = ipadmIfInfo(ctx.iph);
  if (ifs.status !== 'SUCCESS') fail(ctx, T(ctx).showInfo, ifs.status);
  const addrs = ipadmAddrInfo(ctx.iph);
  if (addrs.status !== 'SUCCESS') fail(ctx, T(ctx).showInfo, addrs.status);
  const rows: OverviewRow[] = [];
  for (const i of ifs.info) {
    rows.push(overviewIfRow(i, ifs.info));
    for (const a of addrs.info) if (a.lifname.split(':')[0] === i.name) rows.push(overviewAddrRow(a));
  }
  for (const r of rows) ctx.out(handle.print(r));
};
