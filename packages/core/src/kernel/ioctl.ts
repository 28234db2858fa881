// The ioctl entry point: one table from request name to handler, as the tools' only way in.
import { IFF, KernelError, ERRNO } from '../wire';
import type { Kernel } from './kernel';
import type { Release } from './model';
import type { IoctlArg, IoctlCmd, IoctlMap, IoctlReply } from './ioctl-types';
import { plumb, unplumb } from './if/plumb';
import { setFlags } from './if/set-flags';
import { physRunning } from './if/physrunning';
import { setAddr, setBrdaddr, setDstaddr, setNetmask, setSubnet, setToken } from './if/set-addr';
import { addif, removeif, setIndex, setMetric, setMtu, setUsesrc, srcof } from './if/lif-misc';
import { ifconf, lifconf, lifnum, tmyaddr, tmysite, tonlink } from './if/lifconf';
import { networkOf, prefixFromMask, UNSPEC } from './addr';
import { setGroupname } from './ipmp/join';
import { routeTable, siocaddrt, siocdelrt, siometric1rt } from './route/legacy-ioctls';
import { binding, groupInfo } from './ipmp/info';
import { linkAttr, renameLink, setMacProp } from './link/dld';
import { getProp, setProp } from './tunables';
import { deleteXarp, getXarp, setXarp } from './ndp/xarp';

type Handlers = { [C in IoctlCmd]: (k: Kernel, arg: IoctlMap[C][0]) => IoctlMap[C][1] };

const handlers: Handlers = {
  PLUMB: plumb,
  UNPLUMB: unplumb,
  SIOCGLIFFLAGS: (k, a) => {
    const l = k.lif(a.name, a.af);
    return { flags: k.flagsOf(l) | physRunning(k, l.phyint) };
  },
  SIOCSLIFFLAGS: setFlags,
  // ip_sioctl_get_dadstate: DAD_IN_PROGRESS until the address is ready (ipif_addr_ready).
  SIOCGLIFDADSTATE: (k, a) => ({ dadstate: k.lif(a.name, a.af).ipif.ready ? 'done' : 'inprogress' }),
  SIOCGLIFADDR: (k, a) => ({ addr: k.lif(a.name, a.af).ipif.addr }),
  SIOCSLIFADDR: setAddr,
  SIOCGLIFNETMASK: (k, a) => ({ addr: k.lif(a.name, a.af).ipif.netmask }),
  SIOCSLIFNETMASK: setNetmask,
  SIOCGLIFBRDADDR: (k, a) => {
    const l = k.lif(a.name, a.af);
    if ((k.flagsOf(l) & IFF.BROADCAST) === 0n) throw new KernelError(ERRNO.EADDRNOTAVAIL);
    return { addr: l.ipif.broadcast || UNSPEC[a.af] };
  },
  SIOCSLIFBRDADDR: setBrdaddr,
  SIOCGLIFDSTADDR: (k, a) => {
    const l = k.lif(a.name, a.af);
    if ((k.flagsOf(l) & IFF.POINTOPOINT) === 0n) throw new KernelError(ERRNO.EADDRNOTAVAIL);
    return { addr: l.ipif.dst || UNSPEC[a.af] };
  },
  SIOCSLIFDSTADDR: setDstaddr,
  SIOCGLIFSUBNET: (k, a) => {
    const l = k.lif(a.name, a.af);
    return l.ipif.subnet ?? { addr: networkOf(a.af, l.ipif.addr, l.ipif.netmask), prefixlen: Math.max(0, prefixFromMask(a.af, l.ipif.netmask)) };
  },
  SIOCSLIFSUBNET: setSubnet,
  SIOCGLIFTOKEN: (k, a) => {
    if (a.af !== 'inet6') throw new KernelError(ERRNO.EINVAL);
    return k.ill(a.name, a.af).ill.token ?? { addr: '::', prefixlen: 0 };
  },
  SIOCSLIFTOKEN: setToken,
  SIOCGLIFMTU: (k, a) => ({ mtu: k.ill(a.name, a.af).ill.mtu }),
  SIOCSLIFMTU: setMtu,
  SIOCGLIFMETRIC: (k, a) => ({ metric: k.ill(a.name, a.af).ill.metric }),
  SIOCSLIFMETRIC: setMetric,
  SIOCGLIFINDEX: (k, a) => ({ index: k.ill(a.name, a.af).phyint.index }),
  SIOCSLIFINDEX: setIndex,
  SIOCGLIFUSESRC: (k, a) => ({ index: k.ill(a.name, a.af).ill.usesrcIndex }),
  SIOCSLIFUSESRC: setUsesrc,
  SIOCGLIFSRCOF: srcof,
  SIOCGLIFZONE: (k, a) => {
    k.lif(a.name, a.af);
    return { zone: 'global' };
  },
  // ip_sioctl_slifzone: privileged (IPI_PRIV, checked before the lookup); only the global
  // zone exists here, and the address is already in it.
  SIOCSLIFZONE: (k, a) => {
    k.requirePrivilege();
    k.lif(a.name, a.af);
    if (a.zone !== 'global') throw new KernelError(ERRNO.EINVAL);
    return {};
  },
  SIOCGLIFGROUPNAME: (k, a) => ({ group: k.ill(a.name, a.af).phyint.group }),
  SIOCSLIFGROUPNAME: setGroupname,
  SIOCGLIFGROUPINFO: groupInfo,
  SIOCGLIFBINDING: binding,
  SIOCLIFADDIF: addif,
  SIOCLIFREMOVEIF: removeif,
  SIOCGLIFNUM: lifnum,
  SIOCGLIFCONF: lifconf,
  SIOCGIFNUM: (k) => ({ count: ifconf(k).entries.length }),
  SIOCGIFCONF: (k) => ifconf(k),
  SIOCTONLINK: tonlink,
  SIOCTMYADDR: tmyaddr,
  SIOCTMYSITE: tmysite,
  SIOCGXARP: getXarp,
  SIOCSXARP: setXarp,
  SIOCDXARP: deleteXarp,
  DLPI_INFO: (k, a) => {
    // dlpi_open(3DLPI) of /dev/net/<link> needs privilege; without it the open fails.
    if (!k.caller.privileged) throw new KernelError(ERRNO.EPERM);
    const link = k.state.links[a.link];
    if (!link) throw new KernelError(ERRNO.ENOENT);
    return { mac: link.mac, mtu: link.mtu, linkUp: link.linkUp };
  },
  DLPI_WALK: (k) => ({ links: Object.keys(k.state.links) }),
  DLDIOC_LINKATTR: linkAttr,
  DLDIOC_SETMACPROP: setMacProp,
  DLDIOC_RENAME: renameLink,
  UNAME: (k) => uname(k.state.release ?? 'illumos'),
  SIOCADDRT: siocaddrt,
  SIOCDELRT: siocdelrt,
  SIOMETRIC1RT: siometric1rt,
  SIOCGRTTABLE: routeTable,
  SIOCGETPROP: getProp,
  SIOCSETPROP: setProp,
};

/** uname -v of each release (an OmniOS-style illumos build; Solaris 11.4 SRU 0). */
function uname(distribution: Release) {
  const version = distribution === 'solaris11' ? '11.4.0.15.0' : 'illumos-ipmplab';
  return { sysname: 'SunOS', release: '5.11', version, distribution };
}

export function ioctl<C extends IoctlCmd>(k: Kernel, cmd: C, arg: IoctlArg<C>): IoctlReply<C> {
  const handler = handlers[cmd] as (k: Kernel, arg: IoctlArg<C>) => IoctlReply<C>;
  if (!handler) throw new KernelError(ERRNO.EINVAL);
  try {
    return handler(k, arg);
  } finally {
    k.drainDeferred();
  }
}

export const IOCTL_NAMES = Object.keys(handlers) as IoctlCmd[];
