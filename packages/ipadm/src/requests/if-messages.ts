// The interface sub-commands' texts, per release. Solaris 11's are S11 ipadm.c's. illumos' are
// its 2017 ipadm.c's (do_create_if, do_delete_if, do_enable_if, do_disable_if, do_show_if,
// "Usage: %s"); the IPMP sub-commands' texts of the 2021 port are not available and follow the
// 2017 wording (inferred): "Could not add %s to %s", "Could not remove %s from %s".
import type { Release } from '@ipmplab/core/syscalls';

export interface IfTexts {
  usage(use: string): string;
  create(ifname: string): string;
  /** The separator between a die() context and the status (illumos create/enable put a space before it). */
  createSep: string;
  delete(ifname: string): string;
  deleteIpmp(ifname: string): string;
  enable(ifname: string): string;
  enableSep: string;
  disable(ifname: string): string;
  showIf: string;
  ifInfo(ifname: string): string;
  add(under: string, ipmpif: string): string;
  addAny(ipmpif: string): string;
  addDown(under: string, ipmpif: string): string;
  remove(under: string, ipmpif: string): string;
  removeAny(ipmpif: string): string;
  markTest(under: string): string;
  clearTest(under: string): string;
  upAll(under: string): string;
  enableUnder(under: string, status: string): string;
  disableUnder(under: string, status: string): string;
  persistentOp(cmd: string): string;
  temporaryDelete: string;
}

const SOLARIS11: IfTexts = {
  usage: (use) => `usage: ${use}`,
  create: (n) => `cannot create interface ${n}`,
  createSep: ': ',
  delete: (n) => `cannot delete interface ${n}`,
  deleteIpmp: (n) => `cannot delete IPMP interface ${n}`,
  enable: (n) => `cannot enable interface ${n}`,
  enableSep: ': ',
  disable: (n) => `cannot disable interface ${n}`,
  showIf: 'cannot get information for interface(s)',
  ifInfo: (n) => `cannot get information for interface ${n}`,
  add: (u, i) => `cannot add ${u} to ${i}`,
  addAny: (i) => `cannot add any of the interfaces to ${i}`,
  addDown: (u, i) => `cannot add ${u} to ${i}: failed to bring down addresses on ${u}`,
  remove: (u, i) => `cannot remove ${u} from ${i}`,
  removeAny: (i) => `cannot remove any of the interfaces from ${i}`,
  markTest: (u) => `cannot convert all data addresses on ${u} to test addresses`,
  clearTest: (u) => `cannot convert all test addresses on ${u} to data addresses`,
  upAll: (u) => `cannot bring up all addresses on ${u}`,
  // do_enable_if's format ends in a space.
  enableUnder: (u, s) => `failed to enable underlying interface ${u}: ${s} `,
  disableUnder: (u, s) => `failed to disable underlying interface ${u}: ${s}`,
  persistentOp: (cmd) => `persistent operation not supported for ${cmd}`,
  temporaryDelete: 'use disable-if to temporarily remove an interface object',
};

const ILLUMOS: IfTexts = {
  ...SOLARIS11,
  usage: (use) => `Usage: ${use}`,
  create: (n) => `Could not create ${n}`,
  createSep: ' : ',
  delete: (n) => `Could not delete ${n}`,
  deleteIpmp: (n) => `Could not delete ${n}`,
  enable: (n) => `Could not enable ${n}`,
  enableSep: ' : ',
  disable: (n) => `Could not disable ${n}`,
  showIf: 'Could not get interface(s)',
  ifInfo: (n) => `Could not get interface ${n}`,
  add: (u, i) => `Could not add ${u} to ${i}`,
  addAny: (i) => `Could not add any of the interfaces to ${i}`,
  remove: (u, i) => `Could not remove ${u} from ${i}`,
  removeAny: (i) => `Could not remove any of the interfaces from ${i}`,
  enableUnder: (u, s) => `Could not enable underlying interface ${u}: ${s}`,
};

export const ifTexts = (release: Release): IfTexts => (release === 'solaris11' ? SOLARIS11 : ILLUMOS);
