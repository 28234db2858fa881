// ipadm_addr_info (ipadm_addr.c): every address in the library's walk order, with its address
// object from ipmgmtd's map. (To be written.)
import type { IpadmHandle } from './handle';
import type { AddrInfo } from './types';
import type { IpadmStatus } from './status';

export function ipadmAddrInfo(_iph: IpadmHandle, _ifname?: string): { status: IpadmStatus; info: AddrInfo[] } {
  return { status: 'NOTSUP', info: [] };
}
