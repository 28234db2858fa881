// The address words: the address operand and `set` (ifconfig.c setifaddr), `addif`, and the
// destination that may follow an address. An interface outside any IPMP group gets its address
// from libipadm (ipadm_create_addr), created when the next word is read or at the end of the
// words, so that a destination given next goes with it; IPMP and underlying interfaces are
// configured with plain ioctls on the spot (ifconfig_use_libipadm).
import { ioctl, maskFromPrefix } from '@ipmplab/core/syscalls';
import { ipadmCreateAddr, ipadmStatus2str, mask2plen, netmaskByAddr } from '@ipmplab/userland';
import type { RunCtx } from './context';
import { Exit, call, fail, perror2, errnoOf } from './errors';

const zeroMask = (ctx: RunCtx) => (ctx.af === 'inet' ? '0.0.0.0' : '::');

/**
 * ifconfig_use_libipadm: an interface in no group. The look-up also proves the interface exists
 * (its failure is the "error" message).
 */
export function useLibipadm(ctx: RunCtx): boolean {
  const { group } = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name: ctx.name, af: ctx.af }), (e) => perror2('error', ctx.name, e));
  return group === '';
}

/**
 * set_mask_lifreq: the mask an address is set with. A prefix on the address wins and cancels
 * the `netmask` word (the pre-scanned netmask hack); `netmask +` asks the netmasks database
 * about this address. Undefined means none: the zero mask.
 */
function maskFor(ctx: RunCtx, addr: string, prefix: number | undefined): string | undefined {
  if (prefix !== undefined) {
    ctx.netmask = undefined;
    return maskFromPrefix(ctx.af, prefix);
  }
  if (ctx.netmask !== '+') return ctx.netmask?.addr;
  const found = netmaskByAddr(addr);
  ctx.netmask = found === undefined ? undefined : { addr: found };
  return found;
}

/** Records the address for ipadm_create_addr; its prefix length is the mask's (mask2plen). */
function recordForLibipadm(ctx: RunCtx, addr: string, mask: string | undefined): void {
  ctx.pending = { ifname: ctx.name, af: ctx.af, addr, prefixlen: mask === undefined ? 0 : mask2plen(ctx.af, mask) };
}

/** setifaddr. */
export function setifaddr(ctx: RunCtx, addr: string, prefix?: number): void {
  const mask = maskFor(ctx, addr, prefix);
  if (useLibipadm(ctx)) return recordForLibipadm(ctx, addr, mask);
  // Save the mask, set the new one (0 lets the kernel choose), then the address; if the
  // address is refused, put the old mask back.
  const lifr = { name: ctx.name, af: ctx.af };
  const saved = call(ctx, () => ioctl(ctx.k, 'SIOCGLIFNETMASK', lifr), (e) => perror2('SIOCGLIFNETMASK', ctx.name, e)).addr;
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: mask ?? zeroMask(ctx) }), (e) => perror2('SIOCSLIFNETMASK', ctx.name, e));
  try {
    ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr });
  } catch (e) {
    const errno = errnoOf(e);
    try {
      ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: saved });
    } catch (again) {
      errnoOf(again); // the original error is what ifconfig reports
    }
    fail(ctx, perror2('SIOCSLIFADDR', ctx.name, errno));
  }
}

/**
 * addif: a new logical interface (with the zero address), which the following words then act
 * on. Without libipadm the mask is set only when one was given, and the address right away.
 */
export function addif(ctx: RunCtx, addr: string, prefix?: number): void {
  if (ctx.given.includes(':')) fail(ctx, `ifconfig: addif: bad physical interface name ${ctx.given}`);
  ctx.name = ctx.given;
  const { name } = call(ctx, () => ioctl(ctx.k, 'SIOCLIFADDIF', { name: ctx.given, af: ctx.af }), (e) => perror2('addif: SIOCLIFADDIF', ctx.given, e));
  ctx.out(`Created new logical interface ${name}\n`);
  ctx.name = name;
  const mask = maskFor(ctx, addr, prefix);
  if (useLibipadm(ctx)) return recordForLibipadm(ctx, addr, mask);
  const lifr = { name, af: ctx.af };
  if (mask !== undefined) call(ctx, () => ioctl(ctx.k, 'SIOCSLIFNETMASK', { ...lifr, addr: mask }), (e) => perror2('addif: SIOCSLIFNETMASK', name, e));
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr }), (e) => perror2('SIOCSLIFADDR', name, e));
}

/**
 * ipadm_create_addr of the recorded address. On failure a logical interface addif created for
 * it is removed again.
 */
export function createPendingAddress(ctx: RunCtx): void {
  const p = ctx.pending;
  if (!p) return;
  ctx.pending = undefined;
  const status = ipadmCreateAddr(ctx.iph, p);
  ctx.addressDone = true;
  if (status === 'SUCCESS') return;
  ctx.err(`ifconfig: could not create address:${ipadmStatus2str(status)}\n`);
  if (ctx.name !== ctx.given) {
    try {
      ioctl(ctx.k, 'SIOCLIFREMOVEIF', { name: ctx.name, af: ctx.af });
    } catch (e) {
      errnoOf(e); // ifconfig ignores it
    }
  }
  throw new Exit(1);
}

/**
 * A second address: the destination of the one just recorded for libipadm (created with it),
 * else set on its own (setifdstaddr). After libipadm created an address, no further address is
 * taken.
 */
export function destinationAddress(ctx: RunCtx, addr: string): void {
  if (ctx.pending) {
    ctx.pending.dst = addr;
    return createPendingAddress(ctx);
  }
  if (ctx.addressDone) fail(ctx, 'ifconfig: cannot configure more than two addresses in one command');
  setifdstaddr(ctx, addr);
}

/** setifdstaddr (also the `destination` word). */
export function setifdstaddr(ctx: RunCtx, addr: string): void {
  call(ctx, () => ioctl(ctx.k, 'SIOCSLIFDSTADDR', { name: ctx.name, af: ctx.af, addr }), (e) => perror2('setifdstaddr: SIOCSLIFDSTADDR', ctx.name, e));
}
