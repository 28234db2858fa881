// ipmgmtd's interface door commands over its files (S11 ipmgmt_door.c ipmgmt_persist_if,
// ipmgmt_updateipmp_handler, ipmgmt_resetif_handler, ipmgmt_getif_handler,
// ipmgmt_initif_handler; ipmgmt_persist.c ipmgmt_db_getif, ipmgmt_db_resetif, ipmgmt_db_initif).
//
// The lines are S11's, on both releases:
//   `_ifname=net0;_family=2;_class=0;`     one per family (IPMGMT_CMD_SETIF); pairs in the
//                                          order ipmgmt_persist_if adds them to its nvlist,
//                                          which ipadm_nvlist2str writes in insertion order;
//                                          `_class` is the ipadm_if_class_t number (ip 0,
//                                          ipmp 1, loopback 2, vni 3), read back with atoi.
//   `_ifname=ipmp0;_underif=net0;`         one per member (IPMGMT_CMD_UPDATE_IPMP, APPEND).
// New lines go at the end of the file (ipadm_rw_db adds after the last line). The illumos 2021
// ipmgmtd that stores IPMP groups is not available; its ipadm_if.c reads the same facts
// (families, class, members) through IPMGMT_CMD_GETIF, so the lab keeps S11's lines for it too
// (inferred).
import type { HostFiles } from '@ipmplab/core/syscalls';
import { AOBJMAP_PATH, IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile, writeNvFile } from './files';
import { nvGet } from './nvpair';
import type { NvList } from './nvpair';
import { AF_NUMBER } from './family';
import type { IpmgmtFamily } from './family';
import { IPMGMT_ACTIVE, IPMGMT_PERSIST, ipmgmtDelifAobjs } from './aobjmap';

export const NVP = {
  IFNAME: '_ifname',
  FAMILY: '_family',
  IFCLASS: '_class',
  UNDERIF: '_underif',
  IPMPIF: '_ipmpif',
  AOBJNAME: '_aobjname',
  PROTONAME: '_protocol',
  IPV4ADDR: '_ipv4addr',
  IPV6ADDR: '_ipv6addr',
  DHCP: '_dhcp',
  INTFID: '_intfid',
} as const;


/** ipadm_if_class_t: the numbers are committed to disk (libipadm.h). */
export const IF_CLASS = { ip: 0, ipmp: 1, loopback: 2, vni: 3 } as const;
export type IpmgmtIfClass = keyof typeof IF_CLASS;
const CLASS_OF_NUMBER: Record<number, IpmgmtIfClass> = { 0: 'ip', 1: 'ipmp', 2: 'loopback', 3: 'vni' };

const readConf = (files: HostFiles) => readNvFile(files, IPADM_CONF_PATH, IPADM_CONF_HEADER);

/** IPMGMT_CMD_SETIF (ipmgmt_persist_if): one line for the interface's family. */
export function ipmgmtSetIf(files: HostFiles, ifname: string, af: IpmgmtFamily, cls: IpmgmtIfClass): void {
  const conf = readConf(files);
  conf.lines.push([[NVP.IFNAME, ifname], [NVP.FAMILY, String(AF_NUMBER[af])], [NVP.IFCLASS, String(IF_CLASS[cls])]]);
  writeNvFile(files, IPADM_CONF_PATH, conf);
}

/**
 * IPMGMT_CMD_UPDATE_IPMP. Adding writes a member line unless the interface is already some IPMP
 * interface's member (ipmgmt_db_is_underif). Removing deletes the IPMP interface's line naming
 * the member; S11's handler sends ipmgmt_db_resetprop no IPMGMT_REMOVE and so would delete the
 * first `_underif` line of the IPMP interface whichever member it names; the lab deletes the
 * member's own line (a reading of the intent, inferred). ENOENT when there is none.
 */
export function ipmgmtUpdateIpmp(files: HostFiles, ipmpif: string, underif: string, op: 'add' | 'remove'): 0 | 'ENOENT' {
  const conf = readConf(files);
  if (op === 'add') {
    if (conf.lines.some((l) => nvGet(l, NVP.UNDERIF) === underif)) return 0;
    conf.lines.push([[NVP.IFNAME, ipmpif], [NVP.UNDERIF, underif]]);
  } else {
    const i = conf.lines.findIndex((l) => nvGet(l, NVP.IFNAME) === ipmpif && nvGet(l, NVP.UNDERIF) === underif);
    if (i < 0) return 'ENOENT';
    conf.lines.splice(i, 1);
  }
  writeNvFile(files, IPADM_CONF_PATH, conf);
  return 0;
}

const lineFamily = (l: NvList): IpmgmtFamily | undefined => {
  const af = Number.parseInt(nvGet(l, NVP.FAMILY) ?? '', 10);
  return af === AF_NUMBER.inet ? 'inet' : af === AF_NUMBER.inet6 ? 'inet6' : undefined;
};

/**
 * IPMGMT_CMD_RESETIF for one family. With `persist`: the interface must have a family line
 * (else ENOENT), and its lines of that family go (ipmgmt_db_resetif): the family line, its
 * addresses, its protocol properties of that family, and, once no other family is left, the
 * member lines it appears in and its protocol "ip" properties. Always (IPMGMT_ACTIVE): its
 * address objects of that family leave the address-object map (i_ipmgmt_delif_aobjs; a
 * temporary reset keeps the persistent ones as persistent-only).
 */
export function ipmgmtResetIf(files: HostFiles, ifname: string, af: IpmgmtFamily, persist: boolean): 0 | 'ENOENT' {
  let err: 0 | 'ENOENT' = 0;
  if (persist) {
    const conf = readConf(files);
    const families = new Set(conf.lines.filter((l) => nvGet(l, NVP.IFNAME) === ifname).map(lineFamily));
    if (!families.has('inet') && !families.has('inet6')) err = 'ENOENT';
    else {
      const otherExists = families.has(af === 'inet' ? 'inet6' : 'inet');
      const aobjFamilies = aobjmapFamilies(files);
      conf.lines = conf.lines.filter((l) => !resetIfDeletes(l, ifname, af, otherExists, aobjFamilies));
      writeNvFile(files, IPADM_CONF_PATH, conf);
    }
  }
  ipmgmtDelifAobjs(files, ifname, af, persist ? IPMGMT_ACTIVE | IPMGMT_PERSIST : IPMGMT_ACTIVE);
  return err;
}

/** The families of the address objects in the running system's map. */
function aobjmapFamilies(files: HostFiles): Map<string, Set<IpmgmtFamily>> {
  const out = new Map<string, Set<IpmgmtFamily>>();
  for (const l of readNvFile(files, AOBJMAP_PATH).lines) {
    const name = nvGet(l, NVP.AOBJNAME);
    const af = lineFamily(l);
    if (name === undefined || af === undefined) continue;
    out.set(name, (out.get(name) ?? new Set()).add(af));
  }
  return out;
}

/** ipmgmt_db_resetif: whether the line goes. */
function resetIfDeletes(l: NvList, ifname: string, af: IpmgmtFamily, otherExists: boolean, aobjs: Map<string, Set<IpmgmtFamily>>): boolean {
  const dbIfname = nvGet(l, NVP.IFNAME);
  if (dbIfname === undefined) return false;
  const under = nvGet(l, NVP.UNDERIF);
  if (under !== undefined && !otherExists) return dbIfname === ifname || under === ifname;
  if (dbIfname !== ifname) return false;
  if (nvGet(l, NVP.FAMILY) !== undefined) return lineFamily(l) === af;
  const has = (n: string) => nvGet(l, n) !== undefined;
  if (af === 'inet6' && (has(NVP.IPV6ADDR) || has(NVP.INTFID))) return true;
  if (af === 'inet' && (has(NVP.IPV4ADDR) || has(NVP.DHCP))) return true;
  const aobjname = nvGet(l, NVP.AOBJNAME);
  if (aobjname !== undefined) {
    // An address property: its address's family decides; one not running is deleted.
    const fams = aobjs.get(aobjname);
    return fams === undefined || fams.has(af);
  }
  const proto = nvGet(l, NVP.PROTONAME);
  if (proto === 'ipv6') return af === 'inet6';
  if (proto === 'ipv4') return af === 'inet';
  if (proto === 'ip') return !otherExists;
  return false;
}

/** What IPMGMT_CMD_GETIF gathers for one interface (ipmgmt_db_getif, i_ipmgmt_db_getif). */
export interface PersistIf {
  name: string;
  families: IpmgmtFamily[];
  /** '' when the lines carry no class (i_ipadm_persist_if_info asserts there is one). */
  cls: IpmgmtIfClass | '';
  /** `_underif` values of an IPMP interface, in file order. */
  underifs: string[];
  /** The IPMP interface whose member line names this interface ('' for none). */
  ipmpif: string;
  /** The interface property "standby" is on. */
  standby: boolean;
}

/**
 * IPMGMT_CMD_GETIF: every interface with a line (file order of first appearance), or the named
 * one; ENOENT when there is none.
 */
export function ipmgmtGetIf(files: HostFiles, ifname?: string): { err: 0 | 'ENOENT'; ifs: PersistIf[] } {
  const out = new Map<string, PersistIf>();
  const lines = readConf(files).lines;
  for (const l of lines) {
    const name = nvGet(l, NVP.IFNAME);
    if (name === undefined || (ifname !== undefined && name !== ifname) || out.has(name)) continue;
    out.set(name, { name, families: [], cls: '', underifs: [], ipmpif: '', standby: false });
  }
  for (const p of out.values()) {
    for (const l of lines) {
      const db = nvGet(l, NVP.IFNAME);
      const under = nvGet(l, NVP.UNDERIF);
      if (db !== p.name) {
        if (under === p.name && db !== undefined) p.ipmpif = db;
        continue;
      }
      const af = lineFamily(l);
      if (af && !p.families.includes(af)) p.families.push(af);
      const cls = nvGet(l, NVP.IFCLASS);
      if (cls !== undefined) p.cls = CLASS_OF_NUMBER[Number.parseInt(cls, 10) || 0] ?? 'ip';
      if (under !== undefined && under !== '' && !p.underifs.includes(under)) p.underifs.push(under);
      if (nvGet(l, 'standby') === 'on') p.standby = true;
    }
  }
  return { err: out.size === 0 ? 'ENOENT' : 0, ifs: [...out.values()] };
}

/**
 * IPMGMT_CMD_INITIF for one interface (ipmgmt_db_initif): every line of the interface, and the
 * member lines that name it, in file order. ENOENT when there is none.
 */
export function ipmgmtInitIf(files: HostFiles, ifname: string): { err: 0 | 'ENOENT'; lines: NvList[] } {
  const lines = readConf(files).lines.filter((l) => nvGet(l, NVP.IFNAME) === ifname || nvGet(l, NVP.UNDERIF) === ifname);
  return { err: lines.length === 0 ? 'ENOENT' : 0, lines };
}

/** The family of an interface line (`_family`), for the replay. */
export const ifLineFamily = lineFamily;
