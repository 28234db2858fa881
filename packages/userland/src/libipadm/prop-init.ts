// i_ipadm_init_ifprop / ipmgmtd's IPH_INIT of protocol properties (ipadm_prop.c,
// ipmgmt_persist.c): applying persistent properties, as enable-if and boot do. (To be written.)
import type { NvList } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import type { IpadmStatus } from './status';

/** Applies the persistent interface properties of `ifname` (its property lines). */
export function ipadmInitIfProps(_iph: IpadmHandle, _ifname: string, _lines: NvList[]): IpadmStatus {
  return 'NOTSUP';
}

/** Applies the persistent protocol properties (ipmgmtd does it when it starts, before any interface). */
export function ipadmInitProtoProps(_iph: IpadmHandle): IpadmStatus {
  return 'NOTSUP';
}
