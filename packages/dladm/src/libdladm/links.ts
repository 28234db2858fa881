// libdladm's view of the links: dladm_name2info (a name to a link, or NOTFOUND) and the walk
// over them in the kernel's order (dladm_walk_datalink_id), through /dev/dld's answers.
import { ioctl, KernelError } from '@ipmplab/core/syscalls';
import type { DldLinkAttr, Kernel } from '@ipmplab/core/syscalls';
import { errno2status } from '../status';
import type { DladmStatus } from '../status';

/** dladm_name2info: the link's attributes, or the status libdladm answers. */
export function name2info(k: Kernel, name: string): DldLinkAttr | DladmStatus {
  try {
    return ioctl(k, 'DLDIOC_LINKATTR', { link: name });
  } catch (e) {
    if (e instanceof KernelError) return errno2status(e.errno);
    throw e;
  }
}

/** Every link (all are physical Ethernet links here), in the order the kernel keeps them. */
export function walkLinks(k: Kernel): DldLinkAttr[] {
  return ioctl(k, 'DLPI_WALK', {}).links.map((link) => ioctl(k, 'DLDIOC_LINKATTR', { link }));
}

/** Runs a kernel request and answers its errno as a status. */
export function dldCall(fn: () => void): DladmStatus {
  try {
    fn();
    return 'OK';
  } catch (e) {
    if (e instanceof KernelError) return errno2status(e.errno);
    throw e;
  }
}
