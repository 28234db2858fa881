// ipmgmtd's address-object map, `aobjmap` (S11 ipmgmt_door.c ipmgmt_aobjop_handler,
// ipmgmt_resetaddr_handler, i_ipmgmt_delif_aobjs; ipmgmt_persist.c ipmgmt_aobjmap_op,
// i_ipmgmt_lookupadd_amnode, i_ipmgmt_node2nvl, i_ipmgmt_num2priv_aobjname). The daemon keeps
// the map in memory and mirrors it in /etc/svc/volatile/ipadm/aobjmap.conf; the lab has no
// daemon between commands, so the file is the map. One line per node, as i_ipmgmt_node2nvl
// writes it:
//   `_aobjname=net0/v4;_ifname=net0;_lifnum=0;_family=2;_flags=3;_atype=0;_addr=;`
// `_flags` is IPMGMT_ACTIVE (1) | IPMGMT_PERSIST (2); `_atype` the ipadm_addr_type_t number
// (static 0, dhcp 1, addrconf 2); `_addr` the addrconf interface id ("default" when none).
// A LOOKUPADD stub (`_lifnum=-1`) lives only in the daemon's memory until the library's SETADDR;
// here it is a line from the start, which the same command turns into the node or removes.
// New nodes go to the end of the file (ipadm_rw_db appends), updates are made in place.
//
// Names the daemon makes (an empty name asked for: ifconfig's addresses, in.ndpd's) are
// `IF/_a`, `IF/_b`, … `IF/_z`, `IF/_aa` (base 26). Each node carries `am_nextnum`, the
// counter of its interface when it was added; the daemon takes the counter from the newest
// node of the interface. The file does not carry it (the daemon rebuilds it from the `_` names
// when it restarts, ipmgmt_aobjmap_init); the lab rebuilds it the same way on every read.
import type { HostFiles } from '@ipmplab/core/syscalls';
import { AOBJMAP_PATH, readNvFile, writeNvFile } from './files';
import { nvGet } from './nvpair';
import type { NvList } from './nvpair';
import { AF_NUMBER } from './family';
import type { IpmgmtFamily } from './family';

export const IPMGMT_ACTIVE = 1;
export const IPMGMT_PERSIST = 2;

/** ipadm_addr_type_t as ipmgmtd writes it. */
export const ATYPE_NUMBER = { none: -1, static: 0, dhcp: 1, addrconf: 2 } as const;
export type AobjType = keyof typeof ATYPE_NUMBER;

/** ipmgmt_aobjmap_t. */
export interface AobjNode {
  aobjname: string;
  ifname: string;
  /** -1 while a stub, or while only persistent (disabled). */
  lnum: number;
  family: IpmgmtFamily;
  atype: AobjType;
  /** IPMGMT_ACTIVE | IPMGMT_PERSIST. */
  flags: number;
  /** addrconf: the interface id as written ("default", or "::1/64"). */
  ifid?: string;
}

const FAMILY_OF_NUMBER: Record<string, IpmgmtFamily> = { 2: 'inet', 26: 'inet6' };
const ATYPE_OF_NUMBER: Record<string, AobjType> = { '-1': 'none', 0: 'static', 1: 'dhcp', 2: 'addrconf' };

function toNode(l: NvList): AobjNode | undefined {
  const aobjname = nvGet(l, '_aobjname');
  const ifname = nvGet(l, '_ifname');
  const family = FAMILY_OF_NUMBER[nvGet(l, '_family') ?? ''];
  if (aobjname === undefined || ifname === undefined || family === undefined) return undefined;
  const atype = ATYPE_OF_NUMBER[nvGet(l, '_atype') ?? '0'] ?? 'static';
  const ifid = nvGet(l, '_addr');
  return {
    aobjname, ifname, family, atype,
    lnum: Number.parseInt(nvGet(l, '_lifnum') ?? '-1', 10),
    flags: Number.parseInt(nvGet(l, '_flags') ?? '1', 10),
    ...(atype === 'addrconf' && ifid ? { ifid } : {}),
  };
}

/** i_ipmgmt_node2nvl. */
function toLine(n: AobjNode): NvList {
  return [
    ['_aobjname', n.aobjname], ['_ifname', n.ifname], ['_lifnum', String(n.lnum)],
    ['_family', String(AF_NUMBER[n.family])], ['_flags', String(n.flags)], ['_atype', String(ATYPE_NUMBER[n.atype])],
    ['_addr', n.atype === 'addrconf' ? n.ifid ?? 'default' : ''],
  ];
}

/** The map, oldest node first. */
export function aobjmapRead(files: HostFiles): AobjNode[] {
  return readNvFile(files, AOBJMAP_PATH).lines.map(toNode).filter((n): n is AobjNode => n !== undefined);
}

function write(files: HostFiles, nodes: AobjNode[]): void {
  if (nodes.length === 0) {
    if (files.read(AOBJMAP_PATH) !== undefined) files.remove(AOBJMAP_PATH);
    return;
  }
  writeNvFile(files, AOBJMAP_PATH, { header: '', lines: nodes.map(toLine) });
}

/** i_ipmgmt_priv_aobjname2num: "a".."z" are 0..25, "aa" 26, and so on. */
function privToNum(s: string): number | undefined {
  if (!/^[a-z]+$/.test(s)) return undefined;
  let num = 0;
  for (let i = 0; i < s.length - 1; i++) num += 26 * (s.charCodeAt(i) - 97 + 1);
  return num + s.charCodeAt(s.length - 1) - 97;
}

/** i_ipmgmt_num2priv_aobjname. */
function numToPriv(num: number): string {
  return (num >= 26 ? numToPriv(Math.floor(num / 26) - 1) : '') + String.fromCharCode(97 + (num % 26));
}

/**
 * Each node's am_nextnum as ipmgmt_aobjmap_init rebuilds it: a `_` name counts from its own
 * number, any other name inherits the newest earlier node's counter of its interface.
 */
function nextnums(nodes: AobjNode[]): number[] {
  const last = new Map<string, number>();
  return nodes.map((n) => {
    const user = n.aobjname.slice(n.aobjname.lastIndexOf('/') + 1);
    const prev = last.get(n.ifname) ?? 0;
    const own = user.startsWith('_') ? privToNum(user.slice(1)) : undefined;
    const next = own === undefined ? prev : Math.max(own + 1, prev);
    last.set(n.ifname, next);
    return next;
  });
}

/**
 * IPMGMT_CMD_ADDROBJ_LOOKUPADD: a stub node (lnum -1, active, not persistent) under the given
 * name, or under the next `IF/_x` name when none is given. EEXIST when the name is taken.
 */
export function ipmgmtLookupaddAobj(files: HostFiles, n: { aobjname: string; ifname: string; family: IpmgmtFamily; atype: AobjType }): { err: 0 | 'EEXIST' | 'EINVAL'; aobjname: string } {
  const nodes = aobjmapRead(files);
  let aobjname = n.aobjname;
  if (aobjname === '') {
    const nums = nextnums(nodes);
    let idx = -1;
    for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].ifname === n.ifname) { idx = i; break; }
    aobjname = `${n.ifname}/_${numToPriv(idx < 0 ? 0 : nums[idx])}`;
  } else if (nodes.some((x) => x.aobjname === aobjname)) {
    return { err: 'EEXIST', aobjname };
  }
  nodes.push({ aobjname, ifname: n.ifname, family: n.family, atype: n.atype, lnum: -1, flags: IPMGMT_ACTIVE });
  write(files, nodes);
  return { err: 0, aobjname };
}

/**
 * IPMGMT_CMD_ADDROBJ_SETLIFNUM: EEXIST when another node of the interface and family holds the
 * logical interface (the library then adds another one), ENOENT when the name is unknown.
 */
export function ipmgmtSetlifnumAobj(files: HostFiles, aobjname: string, ifname: string, family: IpmgmtFamily, lnum: number): 0 | 'EEXIST' | 'ENOENT' {
  const nodes = aobjmapRead(files);
  if (nodes.some((x) => x.ifname === ifname && x.family === family && x.lnum === lnum)) return 'EEXIST';
  const m = nodes.find((x) => x.aobjname === aobjname);
  if (!m) return 'ENOENT';
  m.lnum = lnum;
  write(files, nodes);
  return 0;
}

/** ADDROBJ_ADD (SETADDR with IPMGMT_ACTIVE or MODIFY, ADDROBJ_ADD): update the node of that name or add one. */
export function ipmgmtAddAobj(files: HostFiles, n: AobjNode): void {
  const nodes = aobjmapRead(files);
  const i = nodes.findIndex((x) => x.aobjname === n.aobjname && (x.atype !== 'addrconf' || n.atype === 'addrconf'));
  if (i >= 0) nodes[i] = { ...n };
  else nodes.push({ ...n });
  write(files, nodes);
}

/**
 * ADDROBJ_DELETE (IPMGMT_CMD_RESETADDR with IPMGMT_ACTIVE): a node that is also persistent and
 * is removed from the active configuration only stays, marked persistent-only with no logical
 * interface (the name cannot be reused until it is deleted for good). ENOENT when unknown.
 */
export function ipmgmtDeleteAobj(files: HostFiles, aobjname: string, flags: number): 0 | 'ENOENT' {
  const nodes = aobjmapRead(files);
  const i = nodes.findIndex((x) => x.aobjname === aobjname);
  if (i < 0) return 'ENOENT';
  if (nodes[i].flags === (IPMGMT_ACTIVE | IPMGMT_PERSIST) && flags === IPMGMT_ACTIVE) {
    nodes[i] = { ...nodes[i], flags: IPMGMT_PERSIST, lnum: -1 };
  } else nodes.splice(i, 1);
  write(files, nodes);
  return 0;
}

/**
 * i_ipmgmt_delif_aobjs: the interface's nodes of a family go, except that a temporary removal
 * (IPMGMT_ACTIVE alone) keeps the persistent ones as persistent-only.
 */
export function ipmgmtDelifAobjs(files: HostFiles, ifname: string, family: IpmgmtFamily, flags: number): void {
  const nodes = aobjmapRead(files);
  const out: AobjNode[] = [];
  for (const n of nodes) {
    if (n.ifname !== ifname || n.family !== family) out.push(n);
    else if (n.flags === (IPMGMT_ACTIVE | IPMGMT_PERSIST) && flags === IPMGMT_ACTIVE) out.push({ ...n, flags: IPMGMT_PERSIST, lnum: -1 });
  }
  if (out.length !== nodes.length || out.some((n, i) => n !== nodes[i])) write(files, out);
}

/** IPMGMT_CMD_LIF2ADDROBJ: the node on a logical interface. */
export function ipmgmtLif2Aobj(files: HostFiles, ifname: string, lnum: number, family: IpmgmtFamily): AobjNode | undefined {
  return aobjmapRead(files).find((n) => n.ifname === ifname && n.lnum === lnum && n.family === family);
}

/** IPMGMT_CMD_AOBJNAME2ADDROBJ: an addrconf name answers with its link-local node. */
export function ipmgmtAobjname2Addrobj(files: HostFiles, aobjname: string): AobjNode | undefined {
  return aobjmapRead(files).find((n) => n.aobjname === aobjname);
}
