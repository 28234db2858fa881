// Reading one logical interface's status through the same ioctls ifconfig uses.
import { ioctl, IFF } from '@ipmplab/core/syscalls';
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import { ifIndexToName, tryIoctl } from '@ipmplab/userland';
import type { LifStatus } from './printer';

/** Throws the KernelError of SIOCGLIFFLAGS when the interface does not exist. */
export function readStatus(k: Kernel, name: string, af: Family, withEther: boolean): LifStatus {
  const lifr = { name, af };
  const { flags } = ioctl(k, 'SIOCGLIFFLAGS', lifr);
  const index = ioctl(k, 'SIOCGLIFINDEX', lifr).index;
  const usesrcIndex = ioctl(k, 'SIOCGLIFUSESRC', lifr).index;
  const srcof = ioctl(k, 'SIOCGLIFSRCOF', { af, index }).names;
  const s: LifStatus = {
    name,
    family: af,
    flags,
    metric: ioctl(k, 'SIOCGLIFMETRIC', lifr).metric,
    mtu: ioctl(k, 'SIOCGLIFMTU', lifr).mtu,
    index,
    srcof,
    usesrc: usesrcIndex === 0 ? '' : ifIndexToName(k, usesrcIndex) ?? usesrcIndex,
    addr: ioctl(k, 'SIOCGLIFADDR', lifr).addr,
    netmask: ioctl(k, 'SIOCGLIFNETMASK', lifr).addr,
    broadcast: (flags & IFF.BROADCAST) !== 0n ? tryIoctl(() => ioctl(k, 'SIOCGLIFBRDADDR', lifr).addr) ?? '' : '',
    dst: (flags & IFF.POINTOPOINT) !== 0n ? tryIoctl(() => ioctl(k, 'SIOCGLIFDSTADDR', lifr).addr) ?? '' : '',
    subnet: (flags & IFF.NOLOCAL) !== 0n ? ioctl(k, 'SIOCGLIFSUBNET', lifr) : undefined,
    groupname: name.includes(':') ? '' : ioctl(k, 'SIOCGLIFGROUPNAME', lifr).group,
  };
  // print_ifether: physical names only, never VIRTUAL or IPMP; silent when dlpi_open fails.
  if (withEther && !name.includes(':') && (flags & (IFF.VIRTUAL | IFF.IPMP)) === 0n) {
    s.ether = tryIoctl(() => ioctl(k, 'DLPI_INFO', { link: name }).mac);
  }
  return s;
}
