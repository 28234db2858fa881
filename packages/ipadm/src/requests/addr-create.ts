// create-addr (ipadm.c do_create_addr, process_common_addrargs / illumos
// process_static_addrargs, process_addrconf_stateargs / process_addrconf_addrargs). Solaris 11.4
// makes `-T static` the default and takes an interface instead of an object, naming the object
// itself and printing it ("ipadm: ipmp0/v4", its documentation); the 2011 source and illumos
// require both.
import { ipadmCreateAddrObj, ipadmCreateAddrobj, ipadmSetAddr, ipadmSetDstAddr, ipadmSetInterfaceId, ipadmStatus2str } from '@ipmplab/userland';
import type { AddrObj, IpadmStatus, LongOption } from '@ipmplab/userland';
import { die, warnIpadmErr } from '../context';
import type { CmdFunc, IpadmCtx } from '../context';
import { IPADM } from '../messages';
import { addrTexts } from './addr-messages';
import { parseOpts } from './if-opts';

const T = (ctx: IpadmCtx) => addrTexts(ctx.release);
const str = (ctx: IpadmCtx, s: IpadmStatus) => ipadmStatus2str(s, ctx.release);

/** addr_longopts: S11 has --hostname; illumos --primary and --reqhost. */
function addrLongopts(ctx: IpadmCtx): LongOption[] {
  const s11 = ctx.release === 'solaris11';
  return [
    { name: 'address', hasArg: 'required', val: 'a' },
    { name: 'down', hasArg: 'none', val: 'd' },
    ...(s11 ? [{ name: 'hostname', hasArg: 'required' as const, val: 'h' }] : []),
    { name: 'interface-id', hasArg: 'required', val: 'i' },
    ...(s11 ? [] : [{ name: 'primary', hasArg: 'none' as const, val: '1' }]),
    { name: 'prop', hasArg: 'required', val: 'p' },
    ...(s11 ? [] : [{ name: 'reqhost', hasArg: 'required' as const, val: 'h' }]),
    { name: 'temporary', hasArg: 'none', val: 't' },
    { name: 'type', hasArg: 'required', val: 'T' },
    { name: 'wait', hasArg: 'required', val: 'w' },
  ];
}

/** getsubopt(3C) over "local=…,remote=…": each piece's name and value (undefined without '='). */
function subopts(arg: string): { name: string; value?: string; raw: string }[] {
  return arg.split(',').map((raw) => {
    const eq = raw.indexOf('=');
    return eq < 0 ? { name: raw, raw } : { name: raw.slice(0, eq), value: raw.slice(eq + 1), raw };
  });
}

/**
 * process_common_addrargs: local= and remote=, a bare value being the local one (getsubopt has
 * cut the argument at its first ',' by then).
 */
function localRemote(ctx: IpadmCtx, arg: string | undefined, use: string, isStatic: boolean): { laddr?: string; raddr?: string } {
  let laddr: string | undefined;
  let raddr: string | undefined;
  let mismatch = false;
  let first: string | undefined;
  for (const o of arg === undefined || arg === '' ? [] : subopts(arg)) {
    first ??= o.raw;
    if (o.name === 'local') {
      if (laddr !== undefined) die(ctx, T(ctx).multiple('local', isStatic ? 'addresses' : 'interface ids'));
      laddr = o.value;
    } else if (o.name === 'remote') {
      if (raddr !== undefined) die(ctx, T(ctx).multiple('remote', isStatic ? 'addresses' : 'interface ids'));
      raddr = o.value;
    } else {
      if (mismatch) die(ctx, T(ctx).invalidProvided(isStatic ? 'address' : 'interface id', use));
      mismatch = true;
    }
  }
  if (isStatic && raddr !== undefined && laddr === undefined) die(ctx, T(ctx).missingLocal(use));
  if (laddr === undefined) {
    if (mismatch) laddr = arg!.split(',')[0];
    else if (isStatic) die(ctx, T(ctx).missingLocal(use));
  }
  return { laddr, raddr };
}

/** process_addrconf_stateargs: stateless=yes|no, stateful=yes|no. */
function stateArgs(ctx: IpadmCtx, obj: AddrObj, arg: string, use: string): void {
  const seen = new Set<string>();
  for (const o of subopts(arg)) {
    if (o.name !== 'stateless' && o.name !== 'stateful') die(ctx, `unrecognized option '-p'\nusage: ${use}`);
    if (seen.has(o.name)) die(ctx, T(ctx).duplicateOption);
    if (o.value !== 'yes' && o.value !== 'no') die(ctx, T(ctx).invalidArgument);
    seen.add(o.name);
    obj[o.name] = o.value === 'yes';
  }
  if (seen.size === 0) die(ctx, T(ctx).invalidArgsP);
}

export const doCreateAddr: CmdFunc = (ctx, argv, use) => {
  const s11 = ctx.release === 'solaris11';
  const p = parseOpts(ctx, argv, s11 ? ':T:a:dh:i:p:w:t' : ':1T:a:dh:i:p:w:t', addrLongopts(ctx), use, s11 ? 'Tadhipwt' : '1Tadhipwt');
  let atype: string | undefined = s11 ? 'static' : undefined;
  let staticArg: string | undefined;
  let addrconfArg: string | undefined;
  let interfaceArg: string | undefined;
  let wait: string | undefined;
  let up = true;
  let persist = true;
  let sOpt = false;
  let autoOpt = false;
  let dhcpOpt = false;
  let reqhost = false;
  let primary = false;
  for (const o of p.opts) {
    switch (o.opt) {
      case '1': primary = true; break;
      case 'T': atype = o.arg; break;
      case 'a': staticArg = o.arg; sOpt = true; break;
      case 'd': up = false; sOpt = true; break;
      // S11's -h is a DHCP option; illumos checks -h (reqhost) on its own.
      case 'h': if (s11) dhcpOpt = true; else reqhost = true; break;
      case 'i': interfaceArg = o.arg; autoOpt = true; break;
      case 'p': addrconfArg = o.arg; autoOpt = true; break;
      case 'w': wait = o.arg; dhcpOpt = true; break;
      case 't': persist = false; break;
    }
  }
  if (atype === undefined || p.operands.length !== 1) die(ctx, T(ctx).invalidArgs(use));
  const operand = p.operands[0];
  const slash = operand.indexOf('/');
  // Solaris 11.4 names the object when given only the interface.
  if ((slash < 0 && !s11) || (slash >= 0 && slash === operand.length - 1)) die(ctx, `invalid address object name: ${operand}\nusage: ${use}`);
  const named = slash >= 0;
  let obj: AddrObj;
  const createObj = (type: AddrObj['atype']): AddrObj => {
    const r = ipadmCreateAddrobj(type, operand);
    if (!r.obj) return die(ctx, `${T(ctx).createAobj}: ${str(ctx, r.status)}`);
    return r.obj;
  };
  if (atype === 'static') {
    if (staticArg === undefined || autoOpt || dhcpOpt || reqhost || primary) die(ctx, T(ctx).invalidArgsType(atype, use));
    const { laddr, raddr } = localRemote(ctx, staticArg, use, true);
    obj = createObj('static');
    let s = ipadmSetAddr(obj, laddr ?? '');
    if (s !== 'SUCCESS') die(ctx, `${T(ctx).setLocal}: ${str(ctx, s)}`);
    if (raddr !== undefined) {
      s = ipadmSetDstAddr(obj, raddr);
      if (s !== 'SUCCESS') die(ctx, `${T(ctx).setRemote}: ${str(ctx, s)}`);
    }
  } else if (atype === 'dhcp') {
    if (autoOpt || sOpt) die(ctx, T(ctx).invalidArgsType(atype, use));
    obj = createObj('dhcp');
    if (wait !== undefined && wait !== 'forever' && !/^[+-]?\d+$/.test(wait.trimStart()) || (wait !== undefined && wait !== 'forever' && Number(wait) < 0)) {
      die(ctx, T(ctx).invalidArgument);
    }
  } else if (atype === 'addrconf') {
    if (dhcpOpt || sOpt || reqhost || primary) die(ctx, T(ctx).invalidArgsType(atype, use));
    obj = createObj('addrconf');
    // S11: -i [local=]id[,remote=id]; illumos: -i id.
    const id = s11 ? localRemote(ctx, interfaceArg, use, false).laddr : interfaceArg;
    if (id !== undefined) {
      const s = ipadmSetInterfaceId(ctx.iph, obj, id);
      if (s !== 'SUCCESS') die(ctx, `${T(ctx).setIntfid}: ${str(ctx, s)}`);
    }
    if (addrconfArg !== undefined) stateArgs(ctx, obj, addrconfArg, use);
  } else {
    return die(ctx, T(ctx).invalidType(atype));
  }
  const r = ipadmCreateAddrObj(ctx.iph, obj, { persist, up });
  if (r.status === 'DHCP_IPC_TIMEOUT') warnIpadmErr(ctx, r.status, '');
  else if (r.status !== 'SUCCESS') die(ctx, `${T(ctx).create}: ${str(ctx, r.status)}`);
  // Solaris 11.4 tells the name it chose (documented as "ipadm: ipmp0/v4").
  if (!named) ctx.out(`${IPADM}: ${r.aobjname}\n`);
};
