// Enabling and disabling an interface from its persistent configuration (S11 ipadm_if.c
// ipadm_enable_if, ipadm_disable_if, i_ipadm_disable_if; libipadm.c i_ipadm_enable_if,
// i_ipadm_init_ifobj, i_ipadm_ipmpif_from_nvl). Enabling replays the interface's ipadm.conf
// lines in file order: its families (and its IPMP group), then its addresses and properties;
// nothing is written back (IH_INIT). Disabling unplumbs and keeps ipadm.conf.
import { FAMILIES, ioctl } from '@ipmplab/core/syscalls';
import { ipmgmtInitIf, ipmgmtResetIf, ifLineFamily, NVP, nvGet } from '../ipmgmtd';
import type { IpmgmtIfClass, NvList } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { ifEnabled, isLoopback, statusOf } from './handle';
import { plumbFamily } from './create-ip';
import { deleteIfStatus, unplumbIf } from './delete-ip';
import { bringupUnderif, joinGroup } from './ipmp';
import { ifparseIfspec } from './ifspec';
import { ipadmInitAddrs } from './addr-init';
import { ipadmInitIfProps } from './prop-init';
import type { IpadmStatus } from './status';

const CLASS_NAMES: Record<string, IpmgmtIfClass> = { 0: 'ip', 1: 'ipmp', 2: 'loopback', 3: 'vni' };

/** ipadm_enable_if (-t): IF_EXISTS when both families are plumbed already. */
export function ipadmEnableIf(iph: IpadmHandle, ifname: string): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const sp = ifparseIfspec(ifname);
  if (!sp.valid || sp.lunvalid) return 'INVALID_ARG';
  if (ifEnabled(iph, ifname, 'inet') && ifEnabled(iph, ifname, 'inet6')) return 'IF_EXISTS';
  const init = ipmgmtInitIf(iph.files, ifname);
  if (init.err !== 0) return 'NOTFOUND';
  return enableIf(iph, ifname, init.lines);
}

/** i_ipadm_enable_if. */
function enableIf(iph: IpadmHandle, ifname: string, lines: NvList[]): IpadmStatus {
  // i_ipadm_ipmpif_from_nvl: the IPMP interface whose member line names this one.
  const ipmpif = lines.map((l) => (nvGet(l, NVP.UNDERIF) === ifname ? nvGet(l, NVP.IFNAME) : undefined)).find((n) => n !== undefined) ?? '';
  const own = lines.filter((l) => nvGet(l, NVP.IFNAME) === ifname);
  let ret: IpadmStatus = 'SUCCESS';
  for (const l of own.filter((x) => nvGet(x, NVP.FAMILY) !== undefined)) {
    const status = initIfobj(iph, ifname, ipmpif, l);
    if (status !== 'SUCCESS') return status;
  }
  const addrs = own.filter((l) => nvGet(l, NVP.AOBJNAME) !== undefined);
  if (addrs.length > 0) {
    const status = ipadmInitAddrs(iph, ifname, addrs);
    // An address another interface holds is a soft error (IPADM_CANNOT_ASSIGN_ADDR).
    if (status === 'ALL_ADDRS_NOT_ENABLED') ret = status;
    else if (status !== 'SUCCESS') return status;
  }
  const props = own.filter((l) => nvGet(l, NVP.PROTONAME) !== undefined && nvGet(l, NVP.AOBJNAME) === undefined);
  if (props.length > 0) {
    const status = ipadmInitIfProps(iph, ifname, props);
    if (status !== 'SUCCESS') return status;
  }
  if (ipmpif !== '') {
    const status = bringupUnderif(iph, ifname);
    if (status !== 'SUCCESS') return status;
  }
  return ret;
}

/** i_ipadm_init_ifobj: plumb the family (an existing one is fine), then join the IPMP group. */
function initIfobj(iph: IpadmHandle, ifname: string, ipmpif: string, line: NvList): IpadmStatus {
  const af = ifLineFamily(line);
  if (af === undefined) return 'SUCCESS';
  const cls = CLASS_NAMES[nvGet(line, NVP.IFCLASS) ?? '0'] ?? 'ip';
  const plumbed = plumbFamily(iph, ifname, af, cls, false);
  if (plumbed !== 'SUCCESS' && plumbed !== 'IF_EXISTS') return plumbed;
  if (ipmpif === '') return 'SUCCESS';
  if (!FAMILIES.some((f) => ifEnabled(iph, ipmpif, f))) return iph.release === 'solaris11' ? 'IPMPIF_DISABLED' : 'ENXIO';
  let group = '';
  const got = statusOf(() => { group = ioctl(iph.k, 'SIOCGLIFGROUPNAME', { name: ipmpif, af }).group; });
  if (got !== 'SUCCESS') return got;
  return joinGroup(iph, group, ipmpif, ifname, false);
}

/** ipadm_disable_if (-t): both families unplumbed (IPv6 first), address objects forgotten, ipadm.conf kept. */
export function ipadmDisableIf(iph: IpadmHandle, ifname: string): IpadmStatus {
  if (!iph.authorized) return 'EAUTH';
  const sp = ifparseIfspec(ifname);
  if (!sp.valid || sp.lunvalid) return 'INVALID_ARG';
  // S11 keeps the loopback from being disabled.
  if (iph.release === 'solaris11' && isLoopback(ifname)) return 'NOTSUP';
  const one = (af: 'inet' | 'inet6'): IpadmStatus => {
    const s = unplumbIf(iph, ifname, af);
    if (s !== 'SUCCESS') return s;
    ipmgmtResetIf(iph.files, ifname, af, false);
    return 'SUCCESS';
  };
  const v6 = one('inet6');
  const v4 = one('inet');
  return deleteIfStatus(iph, v4, v6);
}
