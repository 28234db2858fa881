// The state of one ifconfig run against one interface: which logical interface the words apply
// to, the address waiting to be created, and where output goes.
import type { Family, Kernel } from '@ipmplab/core/syscalls';
import type { IpadmHandle, StaticAddr } from '@ipmplab/userland';
import type { ParsedAddr } from './grammar/addr-parse';

export interface RunCtx {
  k: Kernel;
  /** ifconfig's libipadm handle (ipadm_open with IPH_LEGACY). */
  iph: IpadmHandle;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The logical interface the words apply to (addif moves it to the new unit). */
  name: string;
  /** The name given on the command line (ifconfig.c origname). */
  given: string;
  af: Family;
  privileged: boolean;
  /** setifaddr records the address for libipadm; it is created when the next word is read or at the end. */
  pending?: StaticAddr;
  /** libipadm created an address in this command (ifconfig.c setaddr_done). */
  addressDone?: boolean;
  /** The last `netmask` word's value, pre-scanned for the address (inet only); '+' = from the database. */
  netmask?: ParsedAddr | '+';
  verbose: boolean;
}
