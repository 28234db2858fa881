// Interface sub-commands (ipadm.c do_create_ip, do_delete_ip, do_create_ipmp, do_delete_ipmp,
// do_add_ipmp, do_remove_ipmp with add_ipmp, remove_ipmp and update_ipmp_common,
// do_enable_if, do_disable_if with disable_unders, do_show_if), on libipadm.
import {
  ipadmAddIpmp, ipadmCreateIp, ipadmCreateIpmp, ipadmCreateIpmpImplicit, ipadmDeleteIp, ipadmDeleteIpmp,
  ipadmDisableIf, ipadmDownAddrs, ipadmEnableIf, ipadmIfInfo, ipadmMarkTestaddrs, ipadmRemoveIpmp,
  ipadmStatus2str, ipadmUpAddrs, ipadmUpdateIpmpMember, ofmtOpen,
} from '@ipmplab/userland';
import type { IpadmStatus, Lif } from '@ipmplab/userland';
import { mpathdStart } from '@ipmplab/core/syscalls';
import { die, warn, warnIpadmErr } from '../context';
import type { CmdFunc, IpadmCtx } from '../context';
import { ifTexts } from './if-messages';
import { IF_LONGOPTS, parseOpts, SHOW_IF_LONGOPTS } from './if-opts';
import { showIfDefaultFields, showIfFields } from '../printer/show-if';

const str = (ctx: IpadmCtx, s: IpadmStatus) => ipadmStatus2str(s, ctx.release);
const T = (ctx: IpadmCtx) => ifTexts(ctx.release);

/** process_misc_args (":t"): the one operand and whether the operation persists. */
function miscArgs(ctx: IpadmCtx, argv: string[], use: string): { ifname: string; persist: boolean } {
  const p = parseOpts(ctx, argv, ':t', IF_LONGOPTS, use, 't');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  return { ifname: p.operands[0], persist: !p.opts.some((o) => o.opt === 't') };
}

/** process_misc_ipmpargs (":ti:"): the -i lists joined with ',' (undefined when none). */
function ipmpArgs(ctx: IpadmCtx, argv: string[], use: string): { ifname: string; persist: boolean; unders?: string } {
  const p = parseOpts(ctx, argv, ':ti:', IF_LONGOPTS, use, 'ti');
  const lists = p.opts.filter((o) => o.opt === 'i').map((o) => o.arg ?? '');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  return { ifname: p.operands[0], persist: !p.opts.some((o) => o.opt === 't'), unders: lists.length ? lists.join(',') : undefined };
}

export const doCreateIp: CmdFunc = (ctx, argv, use) => {
  const { ifname, persist } = miscArgs(ctx, argv, use);
  const s = ipadmCreateIp(ctx.iph, ifname, persist);
  if (s !== 'SUCCESS') die(ctx, `${T(ctx).create(ifname)}${T(ctx).createSep}${str(ctx, s)}`);
};

export const doDeleteIp: CmdFunc = (ctx, argv, use) => {
  // No options: exactly one operand.
  if (argv.length !== 2) die(ctx, T(ctx).usage(use));
  const s = ipadmDeleteIp(ctx.iph, argv[1]);
  if (s !== 'SUCCESS') die(ctx, `${T(ctx).delete(argv[1])}: ${str(ctx, s)}`);
};

export const doCreateIpmp: CmdFunc = (ctx, argv, use) => {
  const { ifname, persist, unders } = ipmpArgs(ctx, argv, use);
  const s = ipadmCreateIpmp(ctx.iph, ifname, persist);
  if (s !== 'SUCCESS') die(ctx, `${T(ctx).create(ifname)}${T(ctx).createSep}${str(ctx, s)}`);
  // in.mpathd runs for IPMP: S11's svc:/network/ipmp keeps it running; on illumos it is started
  // on demand as ifconfig's start_ipmp_daemon does (inferred for ipadm).
  mpathdStart(ctx.k);
  if (unders === undefined) return;
  if (!updateIpmpCommon(ctx, true, ifname, unders, persist, true)) warn(ctx, T(ctx).addAny(ifname));
};

export const doAddIpmp: CmdFunc = (ctx, argv, use) => updateCmd(ctx, argv, use, true);
export const doRemoveIpmp: CmdFunc = (ctx, argv, use) => updateCmd(ctx, argv, use, false);

/** do_add_ipmp / do_remove_ipmp: one name is fatal on failure, a list warns per name. */
function updateCmd(ctx: IpadmCtx, argv: string[], use: string, add: boolean): void {
  const { ifname, persist, unders } = ipmpArgs(ctx, argv, use);
  if (unders === undefined) die(ctx, T(ctx).usage(use));
  const printWarn = unders.includes(',');
  if (!updateIpmpCommon(ctx, add, ifname, unders, persist, printWarn)) die(ctx, add ? T(ctx).addAny(ifname) : T(ctx).removeAny(ifname));
}

/** update_ipmp_common: true when at least one interface was done (strtok_r skips empty names). */
function updateIpmpCommon(ctx: IpadmCtx, add: boolean, ipmpif: string, unders: string, persist: boolean, printWarn: boolean): boolean {
  let ok = false;
  for (const u of unders.split(',').filter((x) => x !== '')) {
    const r = add ? addIpmp(ctx, ipmpif, u, persist, printWarn) : removeIpmp(ctx, ipmpif, u, persist, printWarn);
    if (r === 'ok') ok = true;
  }
  return ok;
}

type Outcome = 'ok' | 'warning' | 'error';

/**
 * A failure: a warning with a list, else die(). illumos' warn_ipadmerr puts nothing between the
 * message and the status text, so its (inferred) IPMP warnings carry the ": " themselves.
 */
function failed(ctx: IpadmCtx, s: IpadmStatus, context: string, printWarn: boolean): Outcome {
  if (printWarn) warnIpadmErr(ctx, s, ctx.release === 'illumos' ? `${context}: ` : context);
  else die(ctx, `${context}: ${str(ctx, s)}`);
  return 'error';
}

/** add_ipmp: S11's retries around ipadm_add_ipmp; illumos' library does its own repairs. */
function addIpmp(ctx: IpadmCtx, ipmpif: string, underif: string, persist: boolean, printWarn: boolean): Outcome {
  const iph = ctx.iph;
  if (ctx.release !== 'solaris11') {
    const s = ipadmUpdateIpmpMember(iph, ipmpif, underif, persist, 'add');
    return s === 'SUCCESS' ? 'ok' : failed(ctx, s, T(ctx).add(underif, ipmpif), printWarn);
  }
  let downaddrs: Lif[] | undefined;
  let status: IpadmStatus;
  for (;;) {
    status = ipadmAddIpmp(iph, ipmpif, underif, persist);
    if (status === 'IPMPIF_MISSING_AF') {
      status = ipadmCreateIpmpImplicit(iph, ipmpif);
      if (status === 'SUCCESS') continue;
    } else if (status === 'UNDERIF_UP_ADDRS') {
      if (downaddrs !== undefined) {
        const up = ipadmUpAddrs(iph, downaddrs);
        if (up !== 'SUCCESS') {
          if (printWarn) warnIpadmErr(ctx, up, T(ctx).addDown(underif, ipmpif));
          else die(ctx, `${T(ctx).addDown(underif, ipmpif)}: ${str(ctx, up)}`);
          return 'error';
        }
      }
      const d = ipadmDownAddrs(iph, underif);
      status = d.status;
      downaddrs = d.downed;
      if (status === 'SUCCESS') continue;
    } else if (status === 'SUCCESS') {
      // Mark test addresses if the interface was added successfully.
      const m = ipadmMarkTestaddrs(iph, underif, true);
      if (m !== 'SUCCESS') {
        warnIpadmErr(ctx, m, T(ctx).markTest(underif));
        return 'warning';
      }
    }
    // UNDERIF_APP_ADDRS: ipadm_wait_app_addrs waits for dhcpagent or in.ndpd, which the lab
    // does not run, so nothing changes and the status stands.
    break;
  }
  const up = ipadmUpAddrs(iph, downaddrs ?? []);
  if (up !== 'SUCCESS' && status === 'SUCCESS') {
    warnIpadmErr(ctx, up, T(ctx).upAll(underif));
    return 'warning';
  }
  if (status === 'SUCCESS') return 'ok';
  return failed(ctx, status, T(ctx).add(underif, ipmpif), printWarn);
}

/** remove_ipmp: leave the group, then the test addresses become data addresses again (S11). */
function removeIpmp(ctx: IpadmCtx, ipmpif: string, underif: string, persist: boolean, printWarn: boolean): Outcome {
  if (ctx.release !== 'solaris11') {
    const s = ipadmUpdateIpmpMember(ctx.iph, ipmpif, underif, persist, 'remove');
    return s === 'SUCCESS' ? 'ok' : failed(ctx, s, T(ctx).remove(underif, ipmpif), printWarn);
  }
  const s = ipadmRemoveIpmp(ctx.iph, ipmpif, underif, persist);
  if (s !== 'SUCCESS') return failed(ctx, s, T(ctx).remove(underif, ipmpif), printWarn);
  const c = ipadmMarkTestaddrs(ctx.iph, underif, false);
  if (c !== 'SUCCESS') {
    warnIpadmErr(ctx, c, T(ctx).clearTest(underif));
    return 'warning';
  }
  return 'ok';
}

/** do_delete_ipmp: S11 ":f"; illumos' ipadm(8) has no -f (inferred: no options). */
export const doDeleteIpmp: CmdFunc = (ctx, argv, use) => {
  const s11 = ctx.release === 'solaris11';
  const p = parseOpts(ctx, argv, s11 ? ':f' : ':', IF_LONGOPTS, use, s11 ? 'f' : '');
  if (p.operands.length !== 1) die(ctx, T(ctx).usage(use));
  const ifname = p.operands[0];
  const s = ipadmDeleteIpmp(ctx.iph, ifname, p.opts.some((o) => o.opt === 'f'));
  if (s !== 'SUCCESS') die(ctx, `${T(ctx).deleteIpmp(ifname)}: ${str(ctx, s)}`);
};

export const doEnableIf: CmdFunc = (ctx, argv, use) => {
  const { ifname, persist } = miscArgs(ctx, argv, use);
  if (persist) die(ctx, T(ctx).persistentOp('enable-if'));
  const status = ipadmEnableIf(ctx.iph, ifname);
  if (status !== 'SUCCESS' && status !== 'ALL_ADDRS_NOT_ENABLED' && status !== 'DHCP_DATA_ADDR_DISABLED') {
    die(ctx, `${T(ctx).enable(ifname)}${T(ctx).enableSep}${str(ctx, status)}`);
  }
  const info = ipadmIfInfo(ctx.iph, ifname);
  if (info.status !== 'SUCCESS') die(ctx, `${T(ctx).ifInfo(ifname)}: ${str(ctx, info.status)}`);
  const ifp = info.info[0];
  if (ifp.class === 'ipmp') {
    // The IPMP interface's members come with it (S11 do_enable_if; illumos inferred the same).
    for (const u of ifp.punders) {
      const us = ipadmEnableIf(ctx.iph, u);
      if (us !== 'SUCCESS') {
        warn(ctx, T(ctx).enableUnder(u, str(ctx, us)));
        break;
      }
    }
  }
  if (status !== 'SUCCESS') warnIpadmErr(ctx, status, '');
};

export const doDisableIf: CmdFunc = (ctx, argv, use) => {
  const { ifname, persist } = miscArgs(ctx, argv, use);
  if (persist) die(ctx, T(ctx).persistentOp('disable-if'));
  let status = ipadmDisableIf(ctx.iph, ifname);
  if (status === 'GRP_NOTEMPTY' && ctx.release === 'solaris11') {
    // disable_unders: the members go first, then the IPMP interface again.
    const info = ipadmIfInfo(ctx.iph, ifname);
    if (info.status !== 'SUCCESS') die(ctx, `${T(ctx).ifInfo(ifname)}: ${str(ctx, info.status)}`);
    for (const u of info.info[0].unders) {
      const us = ipadmDisableIf(ctx.iph, u);
      if (us !== 'SUCCESS') die(ctx, T(ctx).disableUnder(u, str(ctx, us)));
    }
    status = ipadmDisableIf(ctx.iph, ifname);
  }
  if (status !== 'SUCCESS') die(ctx, `${T(ctx).disable(ifname)}: ${str(ctx, status)}`);
};

/** do_show_if: "po:" (no ':', so a missing -o value is an unrecognized option). */
export const doShowIf: CmdFunc = (ctx, argv, use) => {
  const p = parseOpts(ctx, argv, 'po:', SHOW_IF_LONGOPTS, use, 'po');
  const parsable = p.opts.some((o) => o.opt === 'p');
  let fields = p.opts.filter((o) => o.opt === 'o').map((o) => o.arg).pop();
  if (ctx.release === 'solaris11' && parsable && fields === undefined) die(ctx, '-p requires -o');
  if (p.operands.length > 1) die(ctx, T(ctx).usage(use));
  const ifname = p.operands[0];
  fields ??= showIfDefaultFields(ctx.release);
  const opened = ofmtOpen(fields, showIfFields(ctx.release), { parsable, maxcols: 80, rows: 24 });
  // ipadm_ofmt_check: fatal in parsable mode or with no field at all, a warning otherwise.
  if (opened.status !== 'SUCCESS') {
    if (parsable || !opened.handle || opened.status === 'ENOFIELDS') die(ctx, opened.message ?? '');
    warn(ctx, opened.message ?? '');
  }
  const info = ipadmIfInfo(ctx.iph, ifname);
  if (info.status !== 'SUCCESS') die(ctx, `${T(ctx).showIf}: ${str(ctx, info.status)}`);
  for (const i of info.info) ctx.out(opened.handle!.print(i));
};
