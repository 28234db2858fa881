// Creating an address (ipadm_addr.c ipadm_create_addr, i_ipadm_validate_create_addr,
// i_ipadm_create_addr, i_ipadm_do_addif, i_ipadm_addr_persist; S11 and illumos 2017 alike where
// not said). Two callers: ifconfig with IPH_LEGACY (an existing interface or logical interface,
// left down, recorded in ipmgmtd's map under a name the daemon makes up, IF/_a…), and ipadm
// (its own object name, a new logical interface when unit 0 is taken, up unless -d, persistent
// unless -t, a test address on an IPMP member, everything undone on failure).
import { ioctl, IFF, isLinkLocal6, maskFromPrefix } from '@ipmplab/core/syscalls';
import type { Family } from '@ipmplab/core/syscalls';
import { ipmgmtLif2Aobj, ipmgmtLookupaddAobj, ipmgmtResetAddr, ipmgmtResetIf, ipmgmtSetlifnumAobj } from '../ipmgmtd';
import type { IpadmHandle } from './handle';
import { getFlags, ifEnabled, isIpmp, isLoopback, isUnderIpmp, otherFamily, setFlags, statusOf } from './handle';
import { deleteIf } from './delete-if';
import { plumbFamily } from './create-ip';
import { isVni, persistIf } from './persist-if';
import { getNetmask4, mask2plen } from './inetutil';
import { autoAobjname, ipadmCreateAddrobj, lifnameOf } from './addr-obj';
import type { AddrObj } from './addr-obj';
import { createLinklocal } from './addrconf';
import { addrPersist, doAddif } from './addr-common';
import type { CreateAddrFlags } from './addr-common';

export type { CreateAddrFlags } from './addr-common';
import { deleteAddr } from './delete-addr';
import type { IpadmStatus } from './status';

/** A static address as ifconfig hands it over (ipadm_create_addrobj, ipadm_set_addr, ipadm_set_dst_addr). */
export interface StaticAddr {
  /** The interface or logical interface ("net0", "net0:2"). */
  ifname: string;
  af: Family;
  addr: string;
  /** 0 when none was given: libipadm picks the default. */
  prefixlen: number;
  /** The destination of a point-to-point interface. */
  dst?: string;
}

/** ipadm_create_addr for ifconfig (IPH_LEGACY, IPADM_OPT_ACTIVE). */
export function ipadmCreateAddr(iph: IpadmHandle, a: StaticAddr): IpadmStatus {
  const made = ipadmCreateAddrobj('static', a.ifname);
  if (!made.obj) return made.status;
  const obj: AddrObj = { ...made.obj, af: a.af, addr: a.addr, aname: a.addr, prefixlen: a.prefixlen, dst: a.dst, dname: a.dst };
  return ipadmCreateAddrObj(iph, obj, { persist: false, up: false }).status;
}

/** ipadm_create_addr: the object's name comes back (made up when none was given). */
export function ipadmCreateAddrObj(iph: IpadmHandle, obj: AddrObj, flags: CreateAddrFlags): { status: IpadmStatus; aobjname: string } {
  if (!iph.authorized) return { status: 'EAUTH', aobjname: obj.aobjname };
  const status = createAddr(iph, obj, flags);
  return { status, aobjname: obj.aobjname };
}

function createAddr(iph: IpadmHandle, obj: AddrObj, flags: CreateAddrFlags): IpadmStatus {
  const valid = validateCreateAddr(iph, obj, flags);
  if (valid !== 'SUCCESS') return valid;
  const af = obj.af!;
  const legacy = iph.legacy;
  // The legacy caller reuses the object already on that logical interface.
  let aobjfound = false;
  if (legacy) {
    const found = ipmgmtLif2Aobj(iph.files, obj.ifname, obj.lifnum, af);
    if (found) {
      if (found.atype !== 'static') return 'NOTSUP';
      obj.aobjname = found.aobjname;
      aobjfound = true;
    }
  }
  if (!legacy || !aobjfound) {
    if (obj.aobjname === '' && !legacy && iph.release === 'solaris11') obj.aobjname = autoAobjname(iph, obj.ifname, af);
    const r = ipmgmtLookupaddAobj(iph.files, { aobjname: obj.aobjname, ifname: obj.ifname, family: af, atype: obj.atype });
    if (r.err === 'EEXIST') return 'ADDROBJ_EXISTS';
    obj.aobjname = r.aobjname;
  }
  // Plumb what is missing: the family (S11), or both families (illumos passes IPADM_OPT_V46).
  const created: Family[] = [];
  let status: IpadmStatus = 'SUCCESS';
  const wanted = legacy ? [af] : iph.release === 'solaris11' ? [af] : [af, otherFamily(af)];
  for (const f of wanted) {
    if (ifEnabled(iph, obj.ifname, f)) continue;
    const pfams = persistIf(iph, obj.ifname)?.families ?? [];
    status = plumbFamily(iph, obj.ifname, f, ifClass(iph, obj.ifname), flags.persist && pfams.length > 0 && !pfams.includes(f));
    if (status !== 'SUCCESS') break;
    created.push(f);
  }
  if (status === 'SUCCESS') status = checkDestination(iph, obj);
  if (status === 'SUCCESS') {
    if (obj.atype === 'static') status = createStatic(iph, obj, flags);
    else if (obj.atype === 'addrconf') status = createLinklocal(iph, obj, flags);
    // i_ipadm_create_dhcp starts dhcpagent first (dhcp_start_agent); the lab has none.
    else status = 'DHCP_START_ERROR';
  }
  if (status !== 'SUCCESS') {
    if (!legacy && created.length > 0) {
      for (const f of created) {
        deleteIf(iph, obj.ifname, f);
        ipmgmtResetIf(iph.files, obj.ifname, f, false);
      }
    } else if (!legacy || !aobjfound) ipmgmtResetAddr(iph.files, obj.aobjname, { active: true, persist: false });
  }
  return status;
}

/** The class i_ipadm_plumb_if is asked for. */
function ifClass(iph: IpadmHandle, ifname: string) {
  if (isVni(ifname)) return 'vni' as const;
  if (isLoopback(ifname)) return 'loopback' as const;
  return isIpmp(iph, ifname) ? ('ipmp' as const) : ('ip' as const);
}

/**
 * i_ipadm_validate_create_addr. The interface must exist in one family at least (only a
 * missing family is plumbed); one only in ipadm.conf is disabled; a persistent address needs a
 * persistent interface. ifconfig's interface exists already in the family, and the lab keeps
 * IPMP interfaces and their members out of that path, as ifconfig_use_libipadm does.
 */
function validateCreateAddr(iph: IpadmHandle, obj: AddrObj, flags: CreateAddrFlags): IpadmStatus {
  if (obj.af === undefined) return 'BAD_ADDR';
  const ifname = obj.ifname;
  if (!iph.legacy && obj.lifnum !== 0) return 'INVALID_ARG';
  const afExists = ifEnabled(iph, ifname, obj.af);
  if (iph.legacy) {
    if (!afExists) return 'ENXIO';
    if (isIpmp(iph, ifname) || isUnderIpmp(iph, ifname)) return 'NOTSUP';
  }
  const islo = isLoopback(ifname);
  const aExists = afExists || ifEnabled(iph, ifname, otherFamily(obj.af));
  const pExists = (persistIf(iph, ifname)?.families.length ?? 0) > 0;
  if (!aExists) {
    if (pExists) return 'OP_DISABLE_OBJ';
    if (!islo) return 'ENXIO';
  } else if (flags.persist && !pExists) return 'TEMPORARY_OBJ';
  if (obj.atype === 'static') {
    if ((islo || isVni(ifname)) && obj.dst !== undefined) return 'INVALID_ARG';
    if (!iph.legacy && (obj.addr === '0.0.0.0' || obj.addr === '::')) return 'BAD_ADDR';
  } else if (islo || isVni(ifname)) return 'NOTSUP';
  return 'SUCCESS';
}

/** A destination only on a point-to-point interface, and there it is required. */
function checkDestination(iph: IpadmHandle, obj: AddrObj): IpadmStatus {
  if (obj.atype !== 'static') return 'SUCCESS';
  const f = getFlags(iph, obj.ifname, obj.af!);
  if (f.status !== 'SUCCESS') return f.status;
  if ((f.flags & IFF.POINTOPOINT) !== 0n) {
    if (obj.dst === undefined) return 'INVALID_ARG';
    if (!iph.legacy && (obj.dst === '0.0.0.0' || obj.dst === '::')) return 'BAD_ADDR';
  } else if (obj.dst !== undefined) return 'INVALID_ARG';
  return 'SUCCESS';
}

/** i_ipadm_get_default_prefixlen: the netmask database or the class (IPv4), 10 or 64 (IPv6). */
function defaultPrefixlen(af: Family, addr: string): number {
  if (af === 'inet') return mask2plen('inet', getNetmask4(addr));
  return isLinkLocal6(addr) ? 10 : 64;
}

/**
 * i_ipadm_create_addr: the mask, the address and the destination on the chosen logical
 * interface; on an IPMP member a test address (NOFAILOVER|DEPRECATED; unit 0 brought down
 * first so the kernel does not move it to the IPMP interface); up unless -d, a duplicate left
 * as it is (IPADM_DAD_FOUND is a soft error here); then ipmgmtd records it. On failure the
 * address is deleted again (not for the legacy caller).
 */
export function createStatic(iph: IpadmHandle, obj: AddrObj, flags: CreateAddrFlags): IpadmStatus {
  const af = obj.af!;
  const legacy = iph.legacy;
  // i_ipadm_is_under_ipmp: a group name, on an interface that is not the IPMP interface itself.
  const isUnder = !isIpmp(iph, obj.ifname) && isUnderIpmp(iph, obj.ifname);
  const defaultPlen = obj.prefixlen === 0;
  if (defaultPlen) obj.prefixlen = defaultPrefixlen(af, obj.addr!);
  // plen2mask refuses a length longer than the address, and the mask stays unset.
  if (obj.prefixlen > (af === 'inet' ? 32 : 128)) return 'INVALID_ARG';
  const mask = maskFromPrefix(af, obj.prefixlen);
  let bringup = false;
  if (!legacy) {
    for (let force = false; ; force = true) {
      const a = doAddif(iph, obj.ifname, af, force);
      if (a.status !== 'SUCCESS') return a.status;
      obj.lifnum = a.lnum;
      if (obj.lifnum === 0 && isUnder && !bringup) {
        const d = setFlags(iph, obj.ifname, af, 0n, IFF.UP);
        if (d !== 'SUCCESS') return d;
        bringup = true;
      }
      if (flags.init) break;
      const set = ipmgmtSetlifnumAobj(iph.files, obj.aobjname, obj.ifname, af, obj.lifnum);
      if (set === 0) break;
      if (set !== 'EEXIST') return 'NOTFOUND';
    }
  }
  const lifname = lifnameOf(obj.ifname, obj.lifnum);
  let status = statusOf(() => {
    ioctl(iph.k, 'SIOCSLIFNETMASK', { name: lifname, af, addr: mask });
    ioctl(iph.k, 'SIOCSLIFADDR', { name: lifname, af, addr: obj.addr! });
    if (obj.dst !== undefined) ioctl(iph.k, 'SIOCSLIFDSTADDR', { name: lifname, af, addr: obj.dst });
  });
  if (status === 'SUCCESS' && !legacy && isUnder && !(af === 'inet6' && isLinkLocal6(obj.addr!))) {
    status = setFlags(iph, lifname, af, IFF.NOFAILOVER | IFF.DEPRECATED, 0n);
  }
  if (status === 'SUCCESS' && flags.up) {
    status = setFlags(iph, lifname, af, IFF.UP, 0n);
    if (status === 'DAD_FOUND') status = 'SUCCESS';
  }
  if (status === 'SUCCESS') {
    // The legacy caller changing the address of an object already recorded keeps the record.
    if (legacy && (ipmgmtLif2Aobj(iph.files, obj.ifname, obj.lifnum, af)?.lnum ?? -1) >= 0) return status;
    addrPersist(iph, obj, defaultPlen, flags);
    return status;
  }
  if (!legacy) deleteAddr(iph, { ifname: obj.ifname, lnum: obj.lifnum, family: af, atype: 'static', aobjname: obj.aobjname, flags: 1 });
  if (bringup) setFlags(iph, obj.ifname, af, IFF.UP, 0n);
  return status;
}

