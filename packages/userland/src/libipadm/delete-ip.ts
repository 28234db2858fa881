// Deleting IP and IPMP interfaces for ipadm (S11 ipadm_if.c ipadm_delete_ip, ipadm_delete_ipmp,
// i_ipadm_delete_if, i_ipadm_delete_if_status; illumos 2021 ipadm_delete_if): each family is
// unplumbed and its ipadm.conf lines and address objects go (IPMGMT_CMD_RESETIF); an
// interface only in ipadm.conf is deleted from there.
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtResetIf, ipmgmtGetIf } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { isIpmp, isLoopback } from './handle';
import { deleteIf } from './delete-if';
import { isVni } from './persist-if';
import { validateIfname } from './ifspec';
import { activeUnders, ipadmRemoveIpmp } from './ipmp';
import type { IpadmStatus } from './status';

/** i_ipadm_unplumb_if (no IPH_LEGACY). */
export const unplumbIf = (iph: IpadmHandle, ifname: string, af: Family): IpadmStatus => deleteIf(iph, ifname, af);

/** i_ipadm_ipmp_pexists: ipadm.conf has the interface as an IPMP interface. */
export function ipmpPexists(iph: IpadmHandle, ifname: string): boolean {
  const r = ipmgmtGetIf(iph.files, ifname);
  return r.err === 0 && r.ifs[0].cls === 'ipmp';
}

/** ipadm_delete_ip: S11 refuses a loopback, VNI or IPMP interface (use delete-ipmp). */
export function ipadmDeleteIp(iph: IpadmHandle, ifname: string): IpadmStatus {
  if (iph.release === 'solaris11' && (isVni(ifname) || isLoopback(ifname) || isIpmp(iph, ifname) || ipmpPexists(iph, ifname))) return 'INVALID_ARG';
  return deleteIfUnspec(iph, ifname, false);
}

/** ipadm_delete_ipmp: an IPMP interface, active or persistent; `force` takes its members out first. */
export function ipadmDeleteIpmp(iph: IpadmHandle, ifname: string, force: boolean): IpadmStatus {
  if (!isIpmp(iph, ifname) && !ipmpPexists(iph, ifname)) return iph.release === 'solaris11' ? 'NO_IPMPIF' : 'ENXIO';
  return deleteIfUnspec(iph, ifname, force);
}

/** i_ipadm_delete_if for AF_UNSPEC, IPADM_OPT_ACTIVE|IPADM_OPT_PERSIST. */
function deleteIfUnspec(iph: IpadmHandle, ifname: string, force: boolean): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  if (!validateIfname(ifname, false)) return iph.release === 'solaris11' ? 'INVALID_NAME' : 'INVALID_ARG';
  if (force) {
    for (const under of activeUnders(iph, ifname)) {
      const s = ipadmRemoveIpmp(iph, ifname, under, true);
      if (s !== 'SUCCESS') return s;
    }
  }
  const status = (af: Family): IpadmStatus => {
    const s = unplumbIf(iph, ifname, af);
    if (s !== 'SUCCESS' && s !== 'ENXIO') return s;
    // Even an interface the kernel does not have loses its lines; ENXIO stays when it had none.
    return ipmgmtResetIf(iph.files, ifname, af, true) === 0 ? 'SUCCESS' : s;
  };
  const v4 = status('inet');
  const v6 = status('inet6');
  return deleteIfStatus(iph, v4, v6);
}

/**
 * i_ipadm_delete_if_status (S11), or the rule of illumos' ipadm_delete_if/ipadm_disable_if:
 * the same status twice is that status; SUCCESS with ENXIO is SUCCESS; S11 also keeps
 * GRP_NOTEMPTY beside SUCCESS or ENXIO; anything else is FAILURE.
 */
export function deleteIfStatus(iph: IpadmHandle, v4: IpadmStatus, v6: IpadmStatus): IpadmStatus {
  if (v4 === v6) return v4;
  const s11 = iph.release === 'solaris11';
  if (v4 === 'SUCCESS' || v6 === 'SUCCESS') {
    const other = v4 === 'SUCCESS' ? v6 : v4;
    if (other === 'ENXIO') return 'SUCCESS';
    return s11 && other === 'GRP_NOTEMPTY' ? 'GRP_NOTEMPTY' : 'FAILURE';
  }
  if (s11 && ((v4 === 'ENXIO' && v6 === 'GRP_NOTEMPTY') || (v6 === 'ENXIO' && v4 === 'GRP_NOTEMPTY'))) return 'GRP_NOTEMPTY';
  return 'FAILURE';
}
