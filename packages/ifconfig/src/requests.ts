// What each command word does: the ioctls ifconfig issues for it, in illumos order, and the
// messages it prints when one fails (ifconfig.c setifflags, setifaddr, addif, removeif, ...).
import { ioctl, IFF, ERRNO, maskFromPrefix } from '@ipmplab/core/syscalls';
import { atoi, ifNameToIndex, netmaskByAddr, ipadmAddrInfo, ipadmCreateIf, ipadmDeleteAddr, ipadmDeleteIf, ipadmStatus2str } from '@ipmplab/userland';
import type { RunCtx } from './context';
import type { Step } from './grammar/plan';
import type { Keyword } from './grammar/keywords';
import { Exit, perror2, errnoOf, fail, call } from './errors';
import { readStatus } from './status';
import { flagsLine, etherLine } from './printer';
import { inetipmp, setifgroupname } from './ipmp';
import { addif, createPendingAddress, destinationAddress, setifaddr, setifdstaddr, useLibipadm } from './address';

/**
 * setifflags. Clearing NOFAILOVER on an UP address takes it down first (the kernel does not turn
 * an UP test address into a data address) and up again after; clearing UP or NOFAILOVER on a
 * DUPLICATE address sets the address again, which ends the kernel's recovery attempts. Those
 * extra requests' failures are ignored, as ifconfig ignores them.
 */
function setifflags(ctx: RunCtx, kw: Keyword): void {
  const bit = kw.flag!;
  const lifr = { name: ctx.name, af: ctx.af };
  let { flags } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFFLAGS', lifr), (e) => perror2('setifflags: SIOCGLIFFLAGS', ctx.name, e));
  let bringup = false;
  if (!kw.set) {
    if (bit === IFF.NOFAILOVER && (flags & IFF.UP) !== 0n) {
      flags &= ~IFF.UP;
      ignoreErrors(() => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags }));
      bringup = true;
    }
    flags &= ~bit;
    if ((bit === IFF.UP || bit === IFF.NOFAILOVER) && (flags & IFF.DUPLICATE) !== 0n) {
      ignoreErrors(() => ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr: ioctl(ctx.k, 'SIOCGLIFADDR', lifr).addr }));
    }
  } else flags |= bit;
  if (!ctx.name.includes(':') && (flags & (IFF.UP | IFF.IPV6)) === (IFF.UP | IFF.IPV6)) upIpmpPeer6(ctx);
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags }), (e) => perror2('setifflags: SIOCSLIFFLAGS', ctx.name, e));
  if (bringup) {
    flags |= IFF.UP;
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags }), (e) => perror2('setifflags: SIOCSLIFFLAGS IFF_UP', ctx.name, e));
  }
}

function ignoreErrors(f: () => void): void {
  try {
    f();
  } catch (e) {
    errnoOf(e);
  }
}

/**
 * Before unit 0 of an IPv6 interface in a group goes up, the group's IPv6 IPMP interface is
 * brought up (legacy configurations have no hostname file for it). Failures are reported under
 * the member's name.
 */
function upIpmpPeer6(ctx: RunCtx): void {
  let group = '';
  ignoreErrors(() => {
    group = ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name: ctx.name, af: ctx.af }).group;
  });
  if (!group) return;
  const { grifname } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group }), (e) => perror2('setifflags: SIOCGLIFGROUPINFO', ctx.name, e));
  const peer = { name: grifname, af: ctx.af };
  const { flags } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFFLAGS', peer), (e) => perror2('setifflags: SIOCGLIFFLAGS', ctx.name, e));
  if ((flags & IFF.UP) !== 0n) return;
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...peer, flags: flags | IFF.UP }), (e) => perror2('setifflags: SIOCSLIFFLAGS', ctx.name, e));
}

/** inetplumb: ipadm_create_if; an interface that already exists is only reported. */
function plumb(ctx: RunCtx): void {
  const { status } = ipadmCreateIf(ctx.iph, ctx.name, ctx.af);
  if (status === 'SUCCESS') return;
  ctx.err(`ifconfig: cannot plumb ${ctx.name}: ${ipadmStatus2str(status)}\n`);
  if (status !== 'IF_EXISTS') throw new Exit(1);
}

/** inetunplumb: ipadm_delete_if. */
function unplumb(ctx: RunCtx): void {
  const status = ipadmDeleteIf(ctx.iph, ctx.name, ctx.af);
  if (status !== 'SUCCESS') fail(ctx, `ifconfig: cannot unplumb ${ctx.name}: ${ipadmStatus2str(status)}`);
}

/**
 * removeif: outside a group, an address libipadm knows as an object is deleted through
 * ipadm_delete_addr (active configuration only), which also tells ipmgmtd; any other address
 * goes with SIOCLIFREMOVEIF by address (ifconfig.c removeif).
 */
function removeif(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  // The working name: after an addif it is the new logical interface, and refused.
  if (ctx.name.includes(':')) fail(ctx, `ifconfig: removeif: bad physical interface name ${ctx.name}`);
  const addr = step.addr!.addr;
  const phys = ctx.name;
  if (useLibipadm(ctx)) {
    const { status, info } = ipadmAddrInfo(ctx.iph, phys);
    if (status !== 'SUCCESS') fail(ctx, `ifconfig: removeif: ${ipadmStatus2str(status)}`);
    const mine = info.find((a) => a.family === ctx.af && a.addr === addr);
    if (mine && !mine.lifname.includes(':')) fail(ctx, `ifconfig: removeif: cannot remove interface: ${phys}`);
    if (mine && mine.aobjname !== '') {
      const s = ipadmDeleteAddr(ctx.iph, mine.aobjname, { persist: false });
      if (s !== 'SUCCESS') fail(ctx, `ifconfig: could not delete address: ${ipadmStatus2str(s)}`);
      return;
    }
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
  let mask = step.addr?.addr;
  if (step.arg === '+') {
    // setifnetmask / in_getmask: the netmasks database's mask for the interface's address, if any.
    let addr: string;
    try {
      addr = ioctl(ctx.k, 'SIOCGLIFADDR', { name: ctx.name, af: ctx.af }).addr;
    } catch (e) {
      if (errnoOf(e) !== ERRNO.EADDRNOTAVAIL) ctx.err('Need net number for mask\n');
      return;
    }
    mask = netmaskByAddr(addr);
    if (mask === undefined) return;
    ctx.out(`Setting netmask of ${ctx.name} to ${mask}\n`);
  }
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { name: ctx.name, af: ctx.af, addr: mask! }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
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
  const { index, errno } = ifNameToIndex(ctx.k, arg);
  if (index === 0) fail(ctx, perror2('Could not get interface index', arg, errno));
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFUSESRC', { ...lifr, index }), (e) => perror2('Could not set source interface', ctx.name, e));
}

function subnetOrToken(ctx: RunCtx, step: Extract<Step, { kind: 'keyword' }>): void {
  const a = step.addr!;
  const word = step.kw.word;
  // setiftoken prints setifsubnet's message, "subnet" included.
  if (a.prefix === undefined) fail(ctx, `ifconfig: Missing prefix length in subnet ${step.arg}`);
  const lifr = { name: ctx.name, af: ctx.af, addr: a.addr, prefixlen: a.prefix };
  if (word === 'subnet') call(ctx, () => ioctl(ctx.k, 'SIOCSLIFSUBNET', lifr), (e) => perror2('SIOCSLIFSUBNET', ctx.name, e));
  else call(ctx, () => ioctl(ctx.k, 'SIOCSLIFTOKEN', lifr), (e) => perror2('setiftoken: SIOCSLIFTOKEN', ctx.name, e));
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
  ctx.out(flagsLine(status, ctx.iph.release) + (status.ether ? etherLine(status.ether) : ''));
}

function zone(ctx: RunCtx, arg?: string): void {
  if (arg !== undefined && arg !== 'global') fail(ctx, `ifconfig: unknown zone '${arg}'`);
  // Only the global zone exists in the lab (getzoneidbyname knows no other).
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFZONE', { name: ctx.name, af: ctx.af, zone: 'global' }), (e) => perror2('SIOCSLIFZONE', ctx.name, e));
}

/** One word: an address recorded for libipadm is created before the next keyword runs. */
export function runStep(ctx: RunCtx, step: Step): void {
  if (step.kind === 'address') return setifaddr(ctx, step.addr.addr, step.addr.prefix);
  if (step.kind === 'dest') return destinationAddress(ctx, step.addr.addr);
  if (step.kind === 'prefix') {
    // setifprefixlen: "/n" alone sets the mask.
    const addr = maskFromPrefix(ctx.af, step.prefix);
    call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { name: ctx.name, af: ctx.af, addr }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
    return;
  }
  const kw = step.kw;
  createPendingAddress(ctx);
  switch (kw.handler) {
    case 'flag': return setifflags(ctx, kw);
    case 'plumb': return plumb(ctx);
    case 'unplumb': return unplumb(ctx);
    case 'addif': return addif(ctx, step.addr!.addr, step.addr!.prefix);
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
    case 'destination': return setifdstaddr(ctx, step.addr!.addr);
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

