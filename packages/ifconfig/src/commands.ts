// What each command word does: the ioctls ifconfig issues for it, in illumos order, and the
// messages it prints when one fails (ifconfig.c setifflags, setifaddr, addif, removeif, ...).
import { ioctl, IFF, ERRNO, KernelError, classfulMask, maskFromPrefix, isLinkLocal6 } from '@ipmplab/core';
import { atoi, ifNameToIndex } from '@ipmplab/userland';
import type { RunCtx } from './context';
import type { Step } from './plan';
import type { Keyword } from './keywords';
import { Exit, perror2, ipadmText, IPADM, errnoOf } from './errors';
import { readStatus } from './status';
import { flagsLine, etherLine } from './printer';
import { ensureIpmpPeer, groupOfName, inetipmp, setifgroupname, unplumbIpmp } from './ipmp';

function fail(ctx: RunCtx, message: string): never {
  ctx.err(`${message}\n`);
  throw new Exit(1);
}

/** Runs an ioctl; a KernelError becomes `onError(errno)`'s message and exit 1. */
function call<T>(ctx: RunCtx, f: () => T, onError: (errno: number) => string): T {
  try {
    return f();
  } catch (e) {
    fail(ctx, onError(errnoOf(e)));
  }
}

const physOf = (name: string) => name.split(':')[0];

/** The default prefix libipadm picks when none was given (classful for IPv4). */
function defaultMask(ctx: RunCtx, addr: string): string {
  if (ctx.af === 'inet') return classfulMask(addr);
  return maskFromPrefix('inet6', isLinkLocal6(addr) ? 10 : 64);
}

/** i_ipadm_create_addr: SIOCSLIFNETMASK, SIOCSLIFADDR, then the destination. */
export function createPendingAddress(ctx: RunCtx): void {
  const p = ctx.pending;
  if (!p) return;
  ctx.pending = undefined;
  const failed = (text: string): never => {
    if (ctx.addifCreated) {
      try {
        ioctl(ctx.k, 'SIOCLIFREMOVEIF', { name: ctx.addifCreated, af: ctx.af });
      } catch {
        // it may already be gone; the message below is what ifconfig reports
      }
    }
    fail(ctx, `ifconfig: could not create address:${text}`);
  };
  if (legacyPath(ctx)) return createLegacy(ctx, p);
  if (!ctx.privileged) failed(IPADM.EAUTH);
  let mask: string;
  if (p.prefix !== undefined) mask = maskFromPrefix(ctx.af, p.prefix);
  else if (ctx.netmask && ctx.netmask !== '+') mask = ctx.netmask.addr;
  else mask = defaultMask(ctx, p.addr);
  const lifr = { name: ctx.name, af: ctx.af };
  try {
    if (p.dest !== undefined && (ioctl(ctx.k, 'SIOCGLIFFLAGS', lifr).flags & IFF.POINTOPOINT) === 0n) failed(IPADM.INVALID_ARG);
    ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: mask });
    ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr: p.addr });
    if (p.dest !== undefined) ioctl(ctx.k, 'SIOCSLIFDSTADDR', { ...lifr, addr: p.dest });
  } catch (e) {
    if (e instanceof Exit) throw e;
    failed(ipadmText(errnoOf(e)));
  }
}

/** ifconfig_use_libipadm: IPMP and underlying interfaces are configured with plain ioctls. */
function legacyPath(ctx: RunCtx): boolean {
  try {
    return groupOfName(ctx, ctx.name, ctx.af) !== '';
  } catch {
    return false;
  }
}

/**
 * The legacy path: save the mask, set the mask (0 lets the kernel choose), set the address;
 * on failure put the old mask back and report the SIOCSLIFADDR error.
 */
function createLegacy(ctx: RunCtx, p: NonNullable<RunCtx['pending']>): void {
  const lifr = { name: ctx.name, af: ctx.af };
  const given = p.prefix !== undefined ? maskFromPrefix(ctx.af, p.prefix) : ctx.netmask && ctx.netmask !== '+' ? ctx.netmask.addr : undefined;
  const saved = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFNETMASK', lifr), (e) => perror2('SIOCGLIFNETMASK', ctx.name, e)).addr;
  // After addif only a given mask is set; otherwise the mask is reset to 0 for the kernel's default.
  if (given !== undefined || !ctx.addifCreated) {
    const mask = given ?? (ctx.af === 'inet' ? '0.0.0.0' : '::');
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: mask }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
  }
  try {
    ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr: p.addr });
  } catch (e) {
    const errno = errnoOf(e);
    try {
      ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: saved });
    } catch {
      // the original error is what ifconfig reports
    }
    fail(ctx, perror2('SIOCSLIFADDR', ctx.name, errno));
  }
  if (p.dest !== undefined) {
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFDSTADDR', { ...lifr, addr: p.dest! }), (e) => perror2('setifdstaddr: SIOCSLIFDSTADDR', ctx.name, e));
  }
}

/** setifaddr: check the interface exists (SIOCGLIFGROUPNAME), then record the address. */
function setifaddr(ctx: RunCtx, addr: string, prefix?: number): void {
  call(ctx, () => ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name: ctx.name, af: ctx.af }), (e) => perror2('error', ctx.name, e));
  ctx.pending = { addr, prefix };
}

function setifflags(ctx: RunCtx, kw: Keyword): void {
  const bit = kw.flag!;
  const lifr = { name: ctx.name, af: ctx.af };
  const { flags } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFFLAGS', lifr), (e) => perror2('setifflags: SIOCGLIFFLAGS', ctx.name, e));
  const next = kw.set ? flags | bit : flags & ~bit;
  if (!kw.set && (bit === IFF.UP || bit === IFF.NOFAILOVER) && (flags & IFF.DUPLICATE) !== 0n) {
    // Re-setting the same address clears DUPLICATE and stops the kernel's recovery attempts.
    const { addr } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFADDR', lifr), (e) => perror2('setifflags: SIOCGLIFADDR', ctx.name, e));
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr }), (e) => perror2('setifflags: SIOCSLIFADDR', ctx.name, e));
  }
  if (!kw.set && bit === IFF.NOFAILOVER && (flags & IFF.UP) !== 0n) {
    // A test address becomes a data address through a down/up cycle (so it can migrate).
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags: next & ~IFF.UP }), (e) => perror2('setifflags: SIOCSLIFFLAGS', ctx.name, e));
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags: next }), (e) => perror2('setifflags: SIOCSLIFFLAGS IFF_UP', ctx.name, e));
    return;
  }
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags: next }), (e) => perror2('setifflags: SIOCSLIFFLAGS', ctx.name, e));
  if (kw.set && bit === IFF.UP && ctx.af === 'inet6' && !ctx.name.includes(':')) upIpmpPeer6(ctx);
}

/** Bringing up unit 0 of an IPv6 member also brings up its group's IPv6 IPMP interface. */
function upIpmpPeer6(ctx: RunCtx): void {
  const group = groupOfName(ctx, ctx.name, 'inet6');
  if (!group) return;
  const info = ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group });
  if (!info.v6 || info.grifname === ctx.name) return;
  const l = { name: info.grifname, af: 'inet6' as const };
  const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', l);
  if ((flags & IFF.UP) === 0n) ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...l, flags: flags | IFF.UP });
}

function exists(ctx: RunCtx, name: string): boolean {
  try {
    ioctl(ctx.k, 'SIOCGLIFFLAGS', { name, af: ctx.af });
    return true;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

function plumb(ctx: RunCtx): void {
  const name = ctx.name;
  if (!ctx.privileged) fail(ctx, `ifconfig: cannot plumb ${name}: ${IPADM.EAUTH}`);
  if (exists(ctx, name)) {
    ctx.err(`ifconfig: cannot plumb ${name}: ${IPADM.IF_EXISTS}\n`); // not fatal
    return;
  }
  try {
    if (name.includes(':')) ioctl(ctx.k, 'SIOCLIFADDIF', { name, af: ctx.af });
    else {
      ensureIpmpPeer(ctx, name);
      // The other family of an IPMP interface makes this one an IPMP interface too.
      ioctl(ctx.k, 'PLUMB', { name, af: ctx.af, ipmp: isIpmpElsewhere(ctx, name) });
    }
  } catch (e) {
    if (e instanceof Exit) throw e;
    const errno = errnoOf(e);
    fail(ctx, `ifconfig: cannot plumb ${name}: ${errno === ERRNO.ENXIO && !name.includes(':') ? IPADM.DLPI_FAILURE : ipadmText(errno)}`);
  }
}

function isIpmpElsewhere(ctx: RunCtx, name: string): boolean {
  try {
    return (ioctl(ctx.k, 'SIOCGLIFFLAGS', { name, af: ctx.af === 'inet' ? 'inet6' : 'inet' }).flags & IFF.IPMP) !== 0n;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

function unplumb(ctx: RunCtx): void {
  const name = ctx.name;
  if (!ctx.privileged) fail(ctx, `ifconfig: cannot unplumb ${name}: ${IPADM.EAUTH}`);
  if (!exists(ctx, name)) fail(ctx, `ifconfig: cannot unplumb ${name}: ${IPADM.ENXIO}`);
  if (!name.includes(':') && (ioctl(ctx.k, 'SIOCGLIFFLAGS', { name, af: ctx.af }).flags & IFF.IPMP) !== 0n) unplumbIpmp(ctx);
  try {
    if (name.includes(':')) ioctl(ctx.k, 'SIOCLIFREMOVEIF', { name, af: ctx.af });
    else ioctl(ctx.k, 'UNPLUMB', { name, af: ctx.af });
  } catch (e) {
    fail(ctx, `ifconfig: cannot unplumb ${name}: ${ipadmText(errnoOf(e))}`);
  }
}

function addif(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  if (ctx.given.includes(':')) fail(ctx, `ifconfig: addif: bad physical interface name ${ctx.given}`);
  ctx.name = ctx.given;
  const { name } = call(ctx, () => ioctl(ctx.k, 'SIOCLIFADDIF', { name: ctx.given, af: ctx.af }), (e) => perror2('addif: SIOCLIFADDIF', ctx.given, e));
  ctx.out(`Created new logical interface ${name}\n`);
  ctx.name = name;
  ctx.addifCreated = name;
  ctx.pending = { addr: step.addr!.addr, prefix: step.addr!.prefix };
}

function removeif(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  if (ctx.given.includes(':')) fail(ctx, `ifconfig: removeif: bad physical interface name ${ctx.given}`);
  const addr = step.addr!.addr;
  const phys = ctx.given;
  const mine = ioctl(ctx.k, 'SIOCGLIFCONF', { af: ctx.af, flags: 0x1f }).entries.find((e) => physOf(e.name) === phys && e.addr === addr);
  if (mine && !mine.name.includes(':')) fail(ctx, `ifconfig: removeif: cannot remove interface: ${phys}`);
  if (mine) {
    // The address has an address object (ifconfig created it through libipadm): ipadm_delete_addr.
    if (!ctx.privileged) fail(ctx, `ifconfig: could not delete address: ${IPADM.EAUTH}`);
    call(ctx, () => ioctl(ctx.k, 'SIOCLIFREMOVEIF', { name: mine.name, af: ctx.af }), (e) => `ifconfig: could not delete address: ${ipadmText(e)}`);
    return;
  }
  try {
    ioctl(ctx.k, 'SIOCLIFREMOVEIF', { name: phys, af: ctx.af, addr });
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === ERRNO.EBUSY) fail(ctx, `ifconfig: removeif: cannot remove interface: ${phys}`);
    fail(ctx, perror2('removeif: SIOCLIFREMOVEIF', phys, errno));
  }
}

function netmask(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  // `netmask +` consults /etc/inet/netmasks, which is empty on a stock host: nothing to set.
  if (step.arg === '+') return;
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { name: ctx.name, af: ctx.af, addr: step.addr!.addr }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
}

function broadcast(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  const lifr = { name: ctx.name, af: ctx.af };
  if (step.arg === '+') {
    // Re-set the address: the kernel recomputes the broadcast address from subnet and mask.
    let addr: string;
    try {
      addr = ioctl(ctx.k, 'SIOCGLIFADDR', lifr).addr;
    } catch (e) {
      if (errnoOf(e) === ERRNO.EADDRNOTAVAIL) return;
      fail(ctx, perror2('SIOCGLIFADDR', ctx.name, errnoOf(e)));
    }
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr }), (e) => perror2('SIOCGLIFADDR', ctx.name, e));
    return;
  }
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFBRDADDR', { ...lifr, addr: step.addr!.addr }), (e) => perror2('SIOCSLIFBRDADDR', ctx.name, e));
}

/** setifmtu, setifmetric, setifindex: the value is atoi(val), an int (out-of-range text wraps). */
function numeric(ctx: RunCtx, cmd: 'mtu' | 'metric' | 'index', arg: string): void {
  const lifr = { name: ctx.name, af: ctx.af };
  const n = atoi(arg);
  if (cmd === 'mtu') call(ctx, () => ioctl(ctx.k, 'SIOCSLIFMTU', { ...lifr, mtu: n }), (e) => perror2('setifmtu: SIOCSLIFMTU', ctx.name, e));
  if (cmd === 'metric') call(ctx, () => ioctl(ctx.k, 'SIOCSLIFMETRIC', { ...lifr, metric: n }), (e) => perror2('setifmetric: SIOCSLIFMETRIC', ctx.name, e));
  if (cmd === 'index') call(ctx, () => ioctl(ctx.k, 'SIOCSLIFINDEX', { ...lifr, index: n }), (e) => perror2('setifindex: SIOCSLIFINDEX', ctx.name, e));
}

function usesrc(ctx: RunCtx, arg: string): void {
  const lifr = { name: ctx.name, af: ctx.af };
  if (arg.includes(':')) fail(ctx, 'ifconfig: Cannot specify logical interface for usesrc ');
  if (arg === 'none') {
    call(ctx, () => ioctl(ctx.k, 'SIOCGLIFUSESRC', lifr), (e) => perror2('Not a valid usesrc consumer', ctx.name, e));
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFUSESRC', { ...lifr, index: 0 }), (e) => perror2('Cannot reset usesrc group', ctx.name, e));
    return;
  }
  const index = ifNameToIndex(ctx.k, arg);
  if (index === 0) fail(ctx, perror2('Could not get interface index', arg, ERRNO.ENXIO));
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFUSESRC', { ...lifr, index }), (e) => perror2('Could not set source interface', ctx.name, e));
}

function subnetOrToken(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  const a = step.addr!;
  const word = step.kw.word;
  if (a.prefix === undefined) fail(ctx, `ifconfig: Missing prefix length in ${word} ${step.arg}`);
  const lifr = { name: ctx.name, af: ctx.af, addr: a.addr, prefixlen: a.prefix };
  if (word === 'subnet') call(ctx, () => ioctl(ctx.k, 'SIOCSLIFSUBNET', lifr), (e) => perror2('setifsubnet: SIOCSLIFSUBNET', ctx.name, e));
  else call(ctx, () => ioctl(ctx.k, 'SIOCSLIFTOKEN', lifr), (e) => perror2('setiftoken: SIOCSLIFTOKEN', ctx.name, e));
}

function destination(ctx: RunCtx, addr: string): void {
  if (ctx.pending) {
    ctx.pending.dest = addr;
    return;
  }
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFDSTADDR', { name: ctx.name, af: ctx.af, addr }), (e) => perror2('setifdstaddr: SIOCSLIFDSTADDR', ctx.name, e));
}

function ether(ctx: RunCtx, arg: string | undefined): void {
  if (arg !== undefined) {
    if (ctx.name.includes(':')) fail(ctx, 'ifconfig: cannot change ethernet address of a logical interface');
    fail(ctx, 'ifconfig: ether: changing the hardware address is not simulated by ipmplab');
  }
  let status;
  try {
    status = readStatus(ctx.k, ctx.name, ctx.af, true);
  } catch (e) {
    fail(ctx, perror2('status: SIOCGLIFFLAGS', ctx.name, errnoOf(e)));
  }
  ctx.out(flagsLine(status) + (status.ether ? etherLine(status.ether) : ''));
}

function zone(ctx: RunCtx, arg?: string): void {
  if (arg !== undefined && arg !== 'global') fail(ctx, `ifconfig: unknown zone '${arg}'`);
  // Only the global zone exists in the lab (getzoneidbyname knows no other).
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFZONE', { name: ctx.name, af: ctx.af, zone: 'global' }), (e) => perror2('SIOCSLIFZONE', ctx.name, e));
}

/** Keywords that trigger the pending address' creation before they run. */
const RECORDS_ONLY = new Set(['set', 'destination']);

export function runStep(ctx: RunCtx, step: Step): void {
  if (step.kind === 'address') return setifaddr(ctx, step.addr.addr, step.addr.prefix);
  if (step.kind === 'dest') return destination(ctx, step.addr.addr);
  if (step.kind === 'prefix') {
    createPendingAddress(ctx);
    const addr = maskFromPrefix(ctx.af, step.prefix);
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { name: ctx.name, af: ctx.af, addr }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
    return;
  }
  const kw = step.kw;
  if (!RECORDS_ONLY.has(kw.word)) createPendingAddress(ctx);
  switch (kw.handler) {
    case 'flag': return setifflags(ctx, kw);
    case 'plumb': return plumb(ctx);
    case 'unplumb': return unplumb(ctx);
    case 'addif': return addif(ctx, step);
    case 'removeif': return removeif(ctx, step);
    case 'netmask': return netmask(ctx, step);
    case 'broadcast': return broadcast(ctx, step);
    case 'mtu':
    case 'metric':
    case 'index': return numeric(ctx, kw.handler, step.arg!);
    case 'usesrc': return usesrc(ctx, step.arg!);
    case 'subnet':
    case 'token': return subnetOrToken(ctx, step);
    case 'set': return setifaddr(ctx, step.addr!.addr, step.addr!.prefix);
    case 'destination': return destination(ctx, step.addr!.addr);
    case 'ether': return ether(ctx, step.arg);
    case 'zone': return zone(ctx, step.arg);
    case 'nozone':
    case 'allzones': return zone(ctx);
    case 'debug': return;
    case 'verbose':
      ctx.verbose = true;
      return;
    case 'group': return setifgroupname(ctx, step.arg!);
    case 'ipmp': return ctx.name.includes(':') ? plumb(ctx) : inetipmp(ctx);
    case 'unsupported':
      fail(ctx, `ifconfig: ${kw.word}: not supported by ipmplab`);
  }
}

export { KernelError };
