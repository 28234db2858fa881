// Creating IP and IPMP interfaces for ipadm (S11 ipadm_if.c ipadm_create_ip, ipadm_create_ipmp,
// i_ipadm_create_if, i_ipadm_validate_ifcreate; illumos 2021 ipadm_create_if with
// IPADM_OPT_IPMP): both families (IPv4 first, then IPv6 with IFF_NOLINKLOCAL), no address, not
// up, each family written to ipadm.conf unless it is there already or the operation is temporary.
import { FAMILIES, IFF } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtResetIf, ipmgmtSetIf } from '../ipmgmtd';
import type { IpmgmtIfClass } from '../ipmgmtd';
import { isVni, persistIf } from './persist-if';
import type { IpadmHandle } from './handle';
import { ifEnabled, isIpmp, isLoopback, isUnderIpmp, setFlags } from './handle';
import { createIf } from './plumb';
import { deleteIf } from './delete-if';
import { validateIfname } from './ifspec';
import type { IpadmStatus } from './status';

/** ipadm_create_ip (S11): not for a loopback, VNI or IPMP name. */
export function ipadmCreateIp(iph: IpadmHandle, ifname: string, persist: boolean): IpadmStatus {
  if (iph.release === 'solaris11' && (isVni(ifname) || isLoopback(ifname) || isIpmp(iph, ifname))) return 'INVALID_ARG';
  return createIfUnspec(iph, ifname, 'ip', persist);
}

/** ipadm_create_ipmp (S11) / ipadm_create_if with IPADM_OPT_IPMP (illumos). */
export function ipadmCreateIpmp(iph: IpadmHandle, ifname: string, persist: boolean): IpadmStatus {
  return createIfUnspec(iph, ifname, 'ipmp', persist);
}

/** i_ipadm_create_if for AF_UNSPEC, without IPH_LEGACY. */
function createIfUnspec(iph: IpadmHandle, ifname: string, cls: IpmgmtIfClass, persist: boolean): IpadmStatus {
  // i_ipadm_validate_ifcreate: S11 names the bad name; illumos 2021 says invalid argument.
  if (!iph.authorized) return 'EAUTH';
  if (!validateIfname(ifname, false)) return iph.release === 'solaris11' ? 'INVALID_NAME' : 'INVALID_ARG';
  const p = persistIf(iph, ifname);
  const pfams = new Set(p?.families ?? []);
  // A disabled interface object: configured persistently, enabled in neither family.
  if (pfams.size > 0 && !FAMILIES.some((af) => ifEnabled(iph, ifname, af))) return 'OP_DISABLE_OBJ';
  const created: { af: Family; persisted: boolean }[] = [];
  for (const af of FAMILIES) {
    const persisted = persist && !pfams.has(af);
    const status = plumbFamily(iph, ifname, af, cls, persisted);
    if (status !== 'SUCCESS') {
      // i_ipadm_create_if's fail path: i_ipadm_delete_if with the flags the family was made
      // with, so what was persisted for it goes too.
      for (const c of created) {
        deleteIf(iph, ifname, c.af);
        if (c.persisted) ipmgmtResetIf(iph.files, ifname, c.af, true);
      }
      return status;
    }
    created.push({ af, persisted });
  }
  return 'SUCCESS';
}

/**
 * i_ipadm_plumb_if for one family, then (S11 i_ipadm_create_if) an interface that is already an
 * IPMP group's member is brought up so the group can use it.
 */
export function plumbFamily(iph: IpadmHandle, ifname: string, af: Family, cls: IpmgmtIfClass, persist: boolean): IpadmStatus {
  const { status } = createIf(iph, ifname, af, { ipmp: cls === 'ipmp' });
  if (status !== 'SUCCESS') return status;
  if (persist) ipmgmtSetIf(iph.files, ifname, af, cls);
  if (cls !== 'ipmp' && isUnderIpmp(iph, ifname)) {
    // i_ipadm_create_ipv6_on_underif would add a link-local addrconf address; the lab brings
    // unit 0 up for both families (inferred: no in.ndpd).
    return setFlags(iph, ifname, af, IFF.UP, 0n);
  }
  return 'SUCCESS';
}
