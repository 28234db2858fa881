// The state of one ifconfig run against one interface: which logical interface the words apply
// to, the address waiting to be created, and where output goes.
import type { Family, Kernel } from '@ipmplab/core';
import type { ParsedAddr } from './addr-parse';

export interface RunCtx {
  k: Kernel;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The logical interface the words apply to (addif moves it to the new unit). */
  name: string;
  /** The name given on the command line. */
  given: string;
  af: Family;
  privileged: boolean;
  /** setifaddr records the address; it is created when the next keyword runs or at the end. */
  pending?: { addr: string; prefix?: number; dest?: string };
  /** A logical interface `addif` created in this command (removed again if its address fails). */
  addifCreated?: string;
  netmask?: ParsedAddr | '+';
  verbose: boolean;
}
