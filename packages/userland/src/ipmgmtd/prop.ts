// ipmgmtd's property door commands over ipadm.conf (ipmgmt_door.c ipmgmt_setprop_handler,
// ipmgmt_getprop_handler, ipmgmt_resetprop_handler; ipmgmt_persist.c ipmgmt_db_update,
// ipmgmt_db_getprop, ipmgmt_db_resetprop, ipmgmt_nvlist_match; ipadm_persist.c
// ipadm_process_db_line). Every property is a line of its own whose private pairs name the
// object, in the order ipmgmt_setprop_handler adds them to the nvlist: `_protocol` (the module),
// `_ifname`, `_aobjname`, then the property:
//   _protocol=ipv4;forwarding=on;                  (set-prop)
//   _protocol=ipv4;_ifname=net0;mtu=1400;          (set-ifprop)
//   _ifname=net0;_aobjname=net0/v4;deprecated=on;  (set-addrprop)
// A line of the same object that already holds the property (an address line holds prefixlen)
// is updated in place; otherwise the new line goes at the end of the file.
import type { HostFiles } from '@ipmplab/core/syscalls';
import { IPADM_CONF_HEADER, IPADM_CONF_PATH, readNvFile, writeNvFile } from './files';
import { nvGet, nvSet } from './nvpair';
import type { NvList } from './nvpair';

/** IPADM_NVP_PROTONAME, IPADM_NVP_IFNAME, IPADM_NVP_AOBJNAME (ipadm_ipmgmt.h). */
export const NVP_PROTONAME = '_protocol';
export const NVP_IFNAME = '_ifname';
export const NVP_AOBJNAME = '_aobjname';

/** ipmgmt_prop_arg_t's object: ia_module, ia_ifname, ia_aobjname ('' or absent for none). */
export interface PropObject {
  module?: string;
  ifname?: string;
  aobjname?: string;
}

/** IPMGMT_APPEND / IPMGMT_REMOVE: a value added to or taken from a multi-valued property. */
export interface PropFlags {
  append?: boolean;
  remove?: boolean;
}

/** The door's answer: 0 or an errno name (ENOENT when nothing matched). */
export type DoorErr = 0 | 'ENOENT';

/** ipmgmt_nvlist_match: the line names exactly this protocol, interface and address object. */
export function nvMatches(line: NvList, obj: PropObject): boolean {
  const same = (a: string | undefined, b: string | undefined) => (a || undefined) === (b || undefined);
  return same(nvGet(line, NVP_PROTONAME), obj.module) && same(nvGet(line, NVP_IFNAME), obj.ifname) &&
    same(nvGet(line, NVP_AOBJNAME), obj.aobjname);
}

const conf = (files: HostFiles) => readNvFile(files, IPADM_CONF_PATH, IPADM_CONF_HEADER);

/** IPMGMT_CMD_GETPROP: the persisted value, or ENOENT. */
export function ipmgmtGetProp(files: HostFiles, obj: PropObject, pname: string): { err: DoorErr; value: string } {
  for (const line of conf(files).lines) {
    if (!nvMatches(line, obj)) continue;
    const v = nvGet(line, pname);
    if (v !== undefined) return { err: 0, value: v };
  }
  return { err: 'ENOENT', value: '' };
}

/** IPMGMT_CMD_SETPROP: update the line that holds the property, or add one at the end. */
export function ipmgmtSetProp(files: HostFiles, obj: PropObject, pname: string, pval: string, flags: PropFlags = {}): DoorErr {
  const f = conf(files);
  const i = f.lines.findIndex((l) => nvMatches(l, obj) && nvGet(l, pname) !== undefined);
  if (i >= 0) {
    const old = nvGet(f.lines[i], pname)!;
    // nvlist_add_string of a name already there replaces it at the end of the list.
    const without = f.lines[i].filter(([n]) => n !== pname);
    f.lines[i] = nvSet(without, pname, flags.append ? `${old},${pval}` : pval);
  } else {
    const line: NvList = [];
    if (obj.module) line.push([NVP_PROTONAME, obj.module]);
    if (obj.ifname) line.push([NVP_IFNAME, obj.ifname]);
    if (obj.aobjname) line.push([NVP_AOBJNAME, obj.aobjname]);
    line.push([pname, pval]);
    f.lines.push(line);
  }
  writeNvFile(files, IPADM_CONF_PATH, f);
  return 0;
}

/**
 * IPMGMT_CMD_RESETPROP: the line holding the property goes; with IPMGMT_REMOVE only `pval` is
 * taken out of its comma-separated values (ENOENT when a single value is not it).
 */
export function ipmgmtResetProp(files: HostFiles, obj: PropObject, pname: string, pval = '', flags: PropFlags = {}): DoorErr {
  const f = conf(files);
  const i = f.lines.findIndex((l) => nvMatches(l, obj) && nvGet(l, pname) !== undefined);
  if (i < 0) return 'ENOENT';
  if (flags.remove) {
    const old = nvGet(f.lines[i], pname)!;
    const vals = old.split(',').filter((v) => v !== '');
    if (vals.length === 0) return old === pval ? 0 : 'ENOENT';
    const without = f.lines[i].filter(([n]) => n !== pname);
    f.lines[i] = nvSet(without, pname, vals.filter((v) => v !== pval).join(','));
  } else {
    f.lines.splice(i, 1);
  }
  writeNvFile(files, IPADM_CONF_PATH, f);
  return 0;
}

/** The property lines of an object (what an interface's or ipmgmtd's replay applies), in file order. */
export function ipmgmtPropLines(files: HostFiles, obj: PropObject): NvList[] {
  return conf(files).lines.filter((l) => nvMatches(l, obj) && l.some(([n]) => !n.startsWith('_') || n.startsWith('__')));
}
