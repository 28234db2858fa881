// ifconfig's IPMP words (ifconfig.c inetipmp, create_ipmp, setifgroupname): the kernel refuses
// what it cannot do in one step (ENOENT, EALREADY, EAFNOSUPPORT, EADDRINUSE, EADDRNOTAVAIL) and
// ifconfig repairs the situation and retries, exactly as illumos ifconfig does.
import { ioctl, ERRNO, IFF, mpathdStart, strerror } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { LIFC_ALL, ipadmCreateIf, ipadmStatus2str } from '@ipmplab/userland';
import type { RunCtx } from './context';
import { Exit, perror2, errnoOf } from './errors';

/**
 * create_ipmp: an IPMP interface through ipadm_create_if (IPADM_OPT_IPMP; an implicit one is
 * "ipmp" plus the lowest free unit, IPADM_OPT_GENPPA). An implicitly created IPv6 one has its
 * link-local address brought up; it takes the group name asked for; in.mpathd is started.
 */
export function createIpmp(ctx: RunCtx, grname: string, af: Family, ifname: string | undefined, implicit: boolean): boolean {
  const { status, ifname: name } = ipadmCreateIf(ctx.iph, ifname ?? 'ipmp', af, { ipmp: true, genppa: ifname === undefined });
  if (status !== 'SUCCESS') {
    ctx.err(`ifconfig: cannot create IPMP interface ${grname}: ${ipadmStatus2str(status)}\n`);
    return false;
  }
  const lifr = { name, af };
  if (implicit && af === 'inet6') {
    try {
      const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', lifr);
      ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags: flags | IFF.UP });
    } catch (e) {
      errnoOf(e); // not checked by ifconfig
    }
  }
  if (name !== grname) {
    try {
      ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { ...lifr, group: grname });
    } catch (e) {
      ctx.err(`${perror2('SIOCSLIFGROUPNAME', name, errnoOf(e))}\n`);
      return false;
    }
  }
  mpathdStart(ctx.k); // start_ipmp_daemon
  return true;
}

/** `ipmp`: create this interface as an IPMP interface (a logical name just plumbs, in requests.ts). */
export function inetipmp(ctx: RunCtx): void {
  if (!createIpmp(ctx, ctx.name, ctx.af, ctx.name, false)) throw new Exit(1);
}

interface Addr {
  name: string;
  af: Family;
}

/** ifaddrlistx: the addresses of the physical interface (both families) with any of `set` and none of `clear`. */
function addrList(ctx: RunCtx, phys: string, set: bigint, clear: bigint): Addr[] {
  const list: Addr[] = [];
  for (const e of ioctl(ctx.k, 'SIOCGLIFCONF', { af: 'unspec', flags: LIFC_ALL }).entries) {
    if (e.name.split(':')[0] !== phys) continue;
    const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', { name: e.name, af: e.family });
    if ((flags & set) !== 0n && (flags & clear) === 0n) list.push({ name: e.name, af: e.family });
  }
  return list;
}

/**
 * ifaddr_op: the address up or down again. Going down also ends duplicate address detection
 * (setting the address again clears IFF_DUPLICATE). An errno is returned for a failure.
 */
function ifaddrOp(ctx: RunCtx, a: Addr, up: boolean): number | undefined {
  try {
    const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', a);
    ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...a, flags: up ? flags | IFF.UP : flags & ~IFF.UP });
    if (!up && (ioctl(ctx.k, 'SIOCGLIFFLAGS', a).flags & IFF.DUPLICATE) !== 0n) {
      ioctl(ctx.k, 'SIOCSLIFADDR', { ...a, addr: ioctl(ctx.k, 'SIOCGLIFADDR', a).addr });
    }
    return undefined;
  } catch (e) {
    return errnoOf(e);
  }
}

/** Brings the addresses that were taken down back up; as part of that the kernel moves data addresses to the IPMP interface. */
function bringBackUp(ctx: RunCtx, downed: Addr[]): void {
  for (const a of downed) {
    const errno = ifaddrOp(ctx, a, true);
    if (errno !== undefined && errno !== ERRNO.ENXIO) ctx.err(`ifconfig: cannot bring back up ${a.name}: ${strerror(errno)}\n`);
  }
}

/** Applications whose data addresses keep an interface out of a group (ifconfig.c if_appflags_tbl). */
const APPS: { app: string; flag: bigint }[] = [
  { app: 'dhcpagent(1M)', flag: IFF.DHCPRUNNING },
  { app: 'in.ndpd(1M)', flag: IFF.ADDRCONF },
];

/** `group NAME` / `group ""`. */
export function setifgroupname(ctx: RunCtx, group: string): void {
  const lifr = { name: ctx.name, af: ctx.af };
  const downed: Addr[] = [];
  const failed: (message?: string) => never = (message) => {
    if (message) ctx.err(`${message}\n`);
    bringBackUp(ctx, downed);
    throw new Exit(1);
  };
  // The kernel answers each missing step with its own errno; ifconfig takes the step and asks again.
  for (let attempt = 0; attempt < 8; attempt++) {
    let errno: number;
    try {
      ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { ...lifr, group });
      bringBackUp(ctx, downed);
      return;
    } catch (e) {
      errno = errnoOf(e);
    }
    switch (errno) {
      case ERRNO.ENOENT:
        // The group does not exist yet. (After a failed creation ifconfig also perrors whatever
        // errno libipadm left behind; that second line is not reproduced.)
        if (!createIpmp(ctx, group, ctx.af, undefined, true)) failed();
        continue;
      case ERRNO.EALREADY:
        try {
          ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { ...lifr, group: '' });
        } catch (e) {
          failed(perror2(ctx.name, 'cannot remove existing IPMP group membership', errnoOf(e)));
        }
        continue;
      case ERRNO.EAFNOSUPPORT: {
        let info: { v4: boolean; grifname: string };
        try {
          info = ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group });
        } catch (e) {
          const err = errnoOf(e);
          if (err === ERRNO.ENOENT) continue; // the group went away meanwhile: ask again
          failed(perror2(group, 'SIOCGLIFGROUPINFO', err));
        }
        // Only two families: the group lacks the other one.
        if (!createIpmp(ctx, group, info.v4 ? 'inet6' : 'inet', info.grifname, true)) failed();
        continue;
      }
      case ERRNO.EADDRINUSE:
        // Addresses in use (or under DAD) are taken down for the join and brought back up after.
        for (const a of addrList(ctx, ctx.name.split(':')[0], IFF.UP | IFF.DUPLICATE, 0n)) {
          if (ifaddrOp(ctx, a, false) !== undefined) failed();
          downed.push(a);
        }
        continue;
      case ERRNO.EADDRNOTAVAIL: {
        // Data addresses under an application's control.
        let held = 0;
        for (const { app, flag } of APPS) {
          if (addrList(ctx, ctx.name, flag, IFF.NOFAILOVER).length === 0) continue;
          ctx.err(`ifconfig: cannot join IPMP group: ${ctx.name} has data addresses managed by ${app}\n`);
          held++;
        }
        if (held > 0) failed();
        continue;
      }
      default:
        failed(perror2(ctx.name, 'SIOCSLIFGROUPNAME', errno));
    }
  }
  failed(perror2(ctx.name, 'SIOCSLIFGROUPNAME', ERRNO.EINVAL));
}
