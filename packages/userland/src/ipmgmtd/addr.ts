// ipmgmtd's address door commands over ipadm.conf (S11 ipmgmt_door.c ipmgmt_setaddr_handler,
// ipmgmt_setprop_handler, ipmgmt_resetaddr_handler, ipmgmt_getaddr_handler; ipmgmt_persist.c
// ipmgmt_db_add, ipmgmt_db_update, ipmgmt_db_resetaddr, ipmgmt_db_getaddr).
//
// The address line is the nvlist libipadm's i_ipadm_addr_persist builds, in its insertion
// order, less `_lifnum`, which the daemon removes before writing ("it takes different value
// on reboot", i_ipmgmt_nvl2aobjnode):
//   `_ifname=net0;_aobjname=net0/v4;_ipv4addr=192.168.1.10,;up=yes;`
// `_ipv4addr`/`_ipv6addr` hold the local name or literal as given, a comma, then the remote
// (i_ipadm_ip_addhostname2dbline). An explicit prefix length is an address property and gets a
// line of its own after it (i_ipadm_persist_propval -> ipmgmt_db_update, which adds a line when
// no line of the object has the property):
//   `_ifname=net0;_aobjname=net0/v4;prefixlen=24;`
// A default prefix length is not written; the address is re-created with the default again.
// `up=` is rewritten in place by up-addr and down-addr.
import type { HostFiles } from '@ipmplab/core/syscalls';
import { IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile, writeNvFile } from './files';
import { nvGet, nvSet } from './nvpair';
import type { NvList } from './nvpair';
import { ipmgmtAddAobj, ipmgmtDeleteAobj, IPMGMT_ACTIVE, IPMGMT_PERSIST } from './aobjmap';
import type { AobjNode } from './aobjmap';

const readConf = (files: HostFiles) => readNvFile(files, IPADM_CONF_PATH, IPADM_CONF_HEADER);

export interface SetAddrFlags {
  active: boolean;
  persist: boolean;
  /** IPMGMT_MODIFY: the node becomes active and persistent (enable-if, enable-addr). */
  modify?: boolean;
}

/**
 * IPMGMT_CMD_SETADDR: the node into the map (active or modify), the line to the end of
 * ipadm.conf (persist).
 */
export function ipmgmtSetAddr(files: HostFiles, node: AobjNode, line: NvList, f: SetAddrFlags): void {
  if (f.active || f.modify) {
    const flags = f.modify ? IPMGMT_ACTIVE | IPMGMT_PERSIST : (f.active ? IPMGMT_ACTIVE : 0) | (f.persist ? IPMGMT_PERSIST : 0);
    ipmgmtAddAobj(files, { ...node, flags });
  }
  if (f.persist) {
    const conf = readConf(files);
    conf.lines.push(line.filter(([n]) => n !== '_lifnum'));
    writeNvFile(files, IPADM_CONF_PATH, conf);
  }
}

/** The line's private pairs match (ipmgmt_nvlist_match with no protocol). */
const sameObject = (l: NvList, ifname: string, aobjname: string) =>
  nvGet(l, '_protocol') === undefined && nvGet(l, '_ifname') === ifname && nvGet(l, '_aobjname') === aobjname;

/**
 * IPMGMT_CMD_SETPROP for an address property (ipmgmt_db_update): the first line of the object
 * that has the property is updated in place, else a line is added.
 */
export function ipmgmtSetAddrProp(files: HostFiles, ifname: string, aobjname: string, pname: string, pval: string): void {
  const conf = readConf(files);
  const i = conf.lines.findIndex((l) => sameObject(l, ifname, aobjname) && nvGet(l, pname) !== undefined);
  if (i >= 0) conf.lines[i] = nvSet(conf.lines[i], pname, pval);
  else conf.lines.push([['_ifname', ifname], ['_aobjname', aobjname], [pname, pval]]);
  writeNvFile(files, IPADM_CONF_PATH, conf);
}

/**
 * IPMGMT_CMD_RESETADDR: with persist, every line of the object goes (ENOENT when there was
 * none); with active, its node leaves the map (or becomes persistent-only).
 */
export function ipmgmtResetAddr(files: HostFiles, aobjname: string, f: { active: boolean; persist: boolean }): 0 | 'ENOENT' {
  let err: 0 | 'ENOENT' = 0;
  if (f.persist) {
    const conf = readConf(files);
    const kept = conf.lines.filter((l) => nvGet(l, '_aobjname') !== aobjname);
    if (kept.length === conf.lines.length) err = 'ENOENT';
    else writeNvFile(files, IPADM_CONF_PATH, { ...conf, lines: kept });
  }
  if (f.active) ipmgmtDeleteAobj(files, aobjname, (f.active ? IPMGMT_ACTIVE : 0) | (f.persist ? IPMGMT_PERSIST : 0));
  return err;
}

/**
 * IPMGMT_CMD_GETADDR (ipmgmt_db_getaddr): the lines with an address object, of the named object,
 * else of the named interface, else all; ENOENT when there is none.
 */
export function ipmgmtGetAddr(files: HostFiles, q: { aobjname?: string; ifname?: string }): { err: 0 | 'ENOENT'; lines: NvList[] } {
  const lines = readConf(files).lines.filter((l) => {
    const a = nvGet(l, '_aobjname');
    if (a === undefined) return false;
    if (q.aobjname) return a === q.aobjname;
    if (q.ifname) return nvGet(l, '_ifname') === q.ifname;
    return true;
  });
  return { err: lines.length === 0 ? 'ENOENT' : 0, lines };
}
