// ifconfig's IPMP words (ifconfig.c inetipmp, create_ipmp, setifgroupname): the kernel refuses
// what it cannot do in one step (ENOENT, EALREADY, EAFNOSUPPORT, EADDRINUSE) and ifconfig
// repairs the situation and retries, exactly as illumos ifconfig does.
import { ioctl, ERRNO, IFF, LIFC, mpathdStart } from '@ipmplab/core';
import type { Family } from '@ipmplab/core';
import type { RunCtx } from './context';
import { Exit, perror2, ipadmText, IPADM, errnoOf } from './errors';

const ALL = LIFC.NOXMIT | LIFC.TEMPORARY | LIFC.ALLZONES | LIFC.UNDER_IPMP;
const other = (f: Family): Family => (f === 'inet' ? 'inet6' : 'inet');

function fail(ctx: RunCtx, message: string): never {
  ctx.err(`${message}\n`);
  throw new Exit(1);
}

function exists(ctx: RunCtx, name: string, af: Family): boolean {
  try {
    ioctl(ctx.k, 'SIOCGLIFFLAGS', { name, af });
    return true;
  } catch (e) {
    errnoOf(e);
    return false;
  }
}

/**
 * create_ipmp: plumb an IPMP interface (libipadm ipadm_create_if with IPADM_OPT_IPMP). An
 * implicit one is named ipmpN (lowest N free as an interface and as a group name), takes the
 * requested group name, and for IPv6 has its unit 0 brought up at once.
 */
export function createIpmp(ctx: RunCtx, grname: string, af: Family, ifname: string | undefined): string {
  const implicit = ifname === undefined;
  if (!ctx.privileged) fail(ctx, `ifconfig: cannot create IPMP interface ${grname}: ${IPADM.EAUTH}`);
  let name = ifname ?? '';
  if (implicit) {
    for (let n = 0; ; n++) {
      name = `ipmp${n}`;
      if (exists(ctx, name, 'inet') || exists(ctx, name, 'inet6')) continue;
      try {
        ioctl(ctx.k, 'PLUMB', { name, af, ipmp: true });
        break;
      } catch (e) {
        if (errnoOf(e) === ERRNO.EEXIST) continue; // the group name ipmpN is taken
        fail(ctx, `ifconfig: cannot create IPMP interface ${grname}: ${ipadmText(errnoOf(e))}`);
      }
    }
  } else {
    if (exists(ctx, name, af)) fail(ctx, `ifconfig: cannot create IPMP interface ${grname}: ${IPADM.IF_EXISTS}`);
    try {
      ioctl(ctx.k, 'PLUMB', { name, af, ipmp: true });
    } catch (e) {
      fail(ctx, `ifconfig: cannot create IPMP interface ${grname}: ${ipadmText(errnoOf(e))}`);
    }
  }
  mpathdStart(ctx.k); // start_ipmp_daemon
  const current = ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name, af }).group;
  if (grname !== current) {
    try {
      ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { name, af, group: grname });
    } catch (e) {
      fail(ctx, perror2(name, 'SIOCSLIFGROUPNAME', errnoOf(e)));
    }
  }
  if (implicit && af === 'inet6') {
    const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', { name, af });
    ioctl(ctx.k, 'SIOCSLIFFLAGS', { name, af, flags: flags | IFF.UP });
  }
  return name;
}

/** `ipmp`: create this interface as an IPMP interface (a logical name just plumbs). */
export function inetipmp(ctx: RunCtx): void {
  createIpmp(ctx, ctx.name, ctx.af, ctx.name);
}

interface Downed {
  name: string;
  af: Family;
}

/** Brings down every UP or DUPLICATE address of the physical interface, both families. */
function bringDown(ctx: RunCtx, phys: string): Downed[] {
  const downed: Downed[] = [];
  for (const e of ioctl(ctx.k, 'SIOCGLIFCONF', { af: 'unspec', flags: ALL }).entries) {
    if (e.name.split(':')[0] !== phys) continue;
    const lifr = { name: e.name, af: e.family };
    const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', lifr);
    if ((flags & (IFF.UP | IFF.DUPLICATE)) === 0n) continue;
    if ((flags & IFF.DUPLICATE) !== 0n) {
      const { addr } = ioctl(ctx.k, 'SIOCGLIFADDR', lifr);
      ioctl(ctx.k, 'SIOCSLIFADDR', { ...lifr, addr });
    }
    ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...lifr, flags: flags & ~IFF.UP });
    downed.push(lifr);
  }
  return downed;
}

function bringUp(ctx: RunCtx, downed: Downed[]): void {
  for (const d of downed) {
    // As part of bringing them up, the kernel moves the data addresses to the IPMP interface.
    try {
      const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', d);
      ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...d, flags: flags | IFF.UP });
    } catch (e) {
      ctx.err(`${perror2('setifflags: SIOCSLIFFLAGS', d.name, errnoOf(e))}\n`);
    }
  }
}

/** `group NAME` / `group ""`. */
export function setifgroupname(ctx: RunCtx, group: string): void {
  const lifr = { name: ctx.name, af: ctx.af };
  let downed: Downed[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { ...lifr, group });
      bringUp(ctx, downed);
      return;
    } catch (e) {
      const errno = errnoOf(e);
      switch (errno) {
        case ERRNO.ENOENT:
          createIpmp(ctx, group, ctx.af, undefined);
          continue;
        case ERRNO.EALREADY:
          ioctl(ctx.k, 'SIOCSLIFGROUPNAME', { ...lifr, group: '' });
          continue;
        case ERRNO.EAFNOSUPPORT: {
          const info = ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group });
          const missing: Family = info.v4 ? 'inet6' : 'inet';
          createIpmp(ctx, group, missing, info.grifname);
          if (missing === 'inet6') {
            const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', { name: info.grifname, af: 'inet6' });
            ioctl(ctx.k, 'SIOCSLIFFLAGS', { name: info.grifname, af: 'inet6', flags: flags | IFF.UP });
          }
          continue;
        }
        case ERRNO.EADDRINUSE:
          downed = [...downed, ...bringDown(ctx, ctx.name.split(':')[0])];
          continue;
        case ERRNO.EADDRNOTAVAIL:
          fail(ctx, `ifconfig: cannot join IPMP group: ${ctx.name} has data addresses managed by dhcpagent(1M)`);
          break;
        default:
          bringUp(ctx, downed);
          fail(ctx, perror2(ctx.name, 'SIOCSLIFGROUPNAME', errno));
      }
    }
  }
  fail(ctx, perror2(ctx.name, 'SIOCSLIFGROUPNAME', ERRNO.EINVAL));
}

/** The group an interface is in ('' for none), as ifconfig_use_libipadm asks. */
export function groupOfName(ctx: RunCtx, name: string, af: Family): string {
  return ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name, af }).group;
}

/**
 * Plumbing a member for a family its group lacks: libipadm first creates the group's IPMP
 * interface for that family, so the new ill joins the group (i_ipadm_create_ipmp_peer).
 */
export function ensureIpmpPeer(ctx: RunCtx, phys: string): void {
  let group = '';
  try {
    group = ioctl(ctx.k, 'SIOCGLIFGROUPNAME', { name: phys, af: other(ctx.af) }).group;
  } catch (e) {
    errnoOf(e);
    return;
  }
  if (!group) return;
  const info = ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group });
  if ((ctx.af === 'inet' && !info.v4) || (ctx.af === 'inet6' && !info.v6)) createIpmp(ctx, group, ctx.af, info.grifname);
}

/** i_ipadm_delete_if for an IPMP interface: members left stop it; UP addresses are brought down. */
export function unplumbIpmp(ctx: RunCtx): void {
  const group = groupOfName(ctx, ctx.name, ctx.af);
  const info = ioctl(ctx.k, 'SIOCGLIFGROUPINFO', { group });
  if ((ctx.af === 'inet' ? info.nv4 : info.nv6) !== 0) fail(ctx, `ifconfig: cannot unplumb ${ctx.name}: ${IPADM.GRP_NOTEMPTY}`);
  for (const e of ioctl(ctx.k, 'SIOCGLIFCONF', { af: ctx.af, flags: ALL }).entries) {
    if (e.name.split(':')[0] !== ctx.name) continue;
    const l = { name: e.name, af: e.family };
    const { flags } = ioctl(ctx.k, 'SIOCGLIFFLAGS', l);
    if ((flags & (IFF.UP | IFF.DUPLICATE)) === 0n) continue;
    if ((flags & IFF.DUPLICATE) !== 0n) ioctl(ctx.k, 'SIOCSLIFADDR', { ...l, addr: ioctl(ctx.k, 'SIOCGLIFADDR', l).addr });
    ioctl(ctx.k, 'SIOCSLIFFLAGS', { ...l, flags: flags & ~IFF.UP });
  }
}
