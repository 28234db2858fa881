// i_ipadm_init_addrobj (ipadm_addr.c): re-creating an interface's persistent addresses from its
// ipadm.conf lines, as enable-if and boot do. (To be written.)
import type { NvList } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import type { IpadmStatus } from './status';

/** Creates each persistent address of `ifname` (its address lines, in file order). */
export function ipadmInitAddrs(_iph: IpadmHandle, _ifname: string, _lines: NvList[]): IpadmStatus {
  return 'NOTSUP';
}
