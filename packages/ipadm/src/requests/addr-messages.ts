// The address sub-commands' texts, per release: Solaris 11's from S11 ipadm.c, illumos' from its
// 2017 ipadm.c (do_create_addr, process_static_addrargs, process_addrconf_addrargs,
// process_misc_addrargs, do_delete_addr ... do_show_addr), which mixes "Could not" and "could
// not" as written there. The 2021 illumos ipadm.c is not available; its texts are taken to be
// the 2017 ones (inferred).
import type { Release } from '@ipmplab/core/syscalls';

export interface AddrTexts {
  usage(use: string): string;
  invalidArgs(use: string): string;
  invalidArgsType(t: string, use: string): string;
  invalidType(t: string): string;
  createAobj: string;
  setLocal: string;
  setRemote: string;
  setIntfid: string;
  multiple(which: 'local' | 'remote', what: 'addresses' | 'interface ids'): string;
  invalidProvided(what: 'address' | 'interface id', use: string): string;
  missingLocal(use: string): string;
  duplicateOption: string;
  invalidArgument: string;
  invalidArgsP: string;
  create: string;
  del: string;
  enable: string;
  up: string;
  disable: string;
  down: string;
  /** do_refresh_addr's format has no colon. */
  refresh: string;
  showInvalidName: string;
  showInfo: string;
  showNotFound: string;
}

const SOLARIS11: AddrTexts = {
  usage: (use) => `usage: ${use}`,
  invalidArgs: (use) => `invalid arguments\nusage: ${use}`,
  invalidArgsType: (t, use) => `invalid arguments for type ${t}\nusage: ${use}`,
  invalidType: (t) => `invalid address type ${t}`,
  createAobj: 'cannot create address object',
  setLocal: 'cannot set local address',
  setRemote: 'cannot set remote address',
  setIntfid: 'cannot set interface id',
  multiple: (which, what) => `multiple ${which} ${what} provided`,
  invalidProvided: (what, use) => `invalid ${what} provided\nusage: ${use}`,
  missingLocal: (use) => `missing local address\nusage: ${use}`,
  duplicateOption: 'duplicate option',
  invalidArgument: 'invalid argument',
  invalidArgsP: 'invalid arguments for option -p',
  create: 'cannot create address',
  del: 'cannot delete address',
  enable: 'cannot enable address',
  up: 'cannot mark the address up',
  disable: 'cannot disable address',
  down: 'cannot mark the address down',
  refresh: 'cannot refresh address',
  showInvalidName: 'invalid address object name provided',
  showInfo: 'cannot get address information',
  showNotFound: 'address object not found',
};

const ILLUMOS: AddrTexts = {
  usage: (use) => `Usage: ${use}`,
  invalidArgs: (use) => `Invalid arguments\nusage: ${use}`,
  invalidArgsType: (t, use) => `Invalid arguments for type ${t}\nusage: ${use}`,
  invalidType: (t) => `Invalid address type ${t}`,
  createAobj: 'Error in creating address object',
  setLocal: 'Error in setting local address',
  setRemote: 'Error in setting remote address',
  setIntfid: 'Error in setting interface ID',
  multiple: (which) => `Multiple ${which} addresses provided`,
  invalidProvided: (_what, use) => `Invalid address provided\nusage: ${use}`,
  missingLocal: (use) => `Missing local address\nusage: ${use}`,
  duplicateOption: 'Duplicate option',
  invalidArgument: 'Invalid argument',
  invalidArgsP: 'Invalid arguments for option -p',
  create: 'Could not create address',
  del: 'could not delete address',
  enable: 'could not enable address',
  up: 'Could not mark the address up',
  disable: 'could not disable address',
  down: 'Could not mark the address down',
  refresh: 'could not refresh address',
  showInvalidName: 'Invalid address object name provided',
  showInfo: 'Could not get address',
  showNotFound: 'Address object not found',
};

export const addrTexts = (release: Release): AddrTexts => (release === 'solaris11' ? SOLARIS11 : ILLUMOS);
