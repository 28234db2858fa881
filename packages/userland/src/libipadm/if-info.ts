// ipadm_if_info (illumos/S11 ipadm_if.c i_ipadm_active_if_info, i_ipadm_persist_if_info): the
// interfaces, active and persistent. (To be written.)
import type { IpadmHandle } from './handle';
import type { IfInfo } from './types';
import type { IpadmStatus } from './status';

export function ipadmIfInfo(_iph: IpadmHandle, _ifname?: string): { status: IpadmStatus; info: IfInfo[] } {
  return { status: 'NOTSUP', info: [] };
}
