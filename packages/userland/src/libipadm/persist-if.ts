// What libipadm asks ipmgmtd about an interface before acting on it (i_ipadm_persist_if_info for
// one name), and the class a name gives (ipadm_is_vni).
import { ipmgmtGetIf } from '../ipmgmtd';
import type { PersistIf } from '../ipmgmtd';
import type { IpadmHandle } from './handle';

/** The interface's persistent facts, if ipadm.conf has lines for it. */
export function persistIf(iph: IpadmHandle, ifname: string): PersistIf | undefined {
  const r = ipmgmtGetIf(iph.files, ifname);
  return r.err === 0 ? r.ifs[0] : undefined;
}

/** ipadm_is_vni. */
export const isVni = (ifname: string): boolean => /^vni\d+$/.test(ifname);
