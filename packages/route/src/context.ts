// The state of one route run: route.c's globals (flags, the family, the persistent file, the
// message sequence number) and the host it talks to (kernel, routing socket, files).
import { AF_INET } from '@ipmplab/core/syscalls';
import type { Kernel, RtSocket, HostFiles } from '@ipmplab/core/syscalls';
import type { GrammarState, ParseCtx } from './grammar';
import type { NameService } from './resolver';

export interface Globals extends GrammarState {
  nflag: boolean;
  qflag: boolean;
  /** -t: the "socket" is /dev/null. */
  tflag: boolean;
  /** -d: build messages but do not send them. */
  debugonly: boolean;
  fflag: boolean;
  permFlag: boolean;
  /** false only with -p and -R: the file alone is changed. */
  updateTable: boolean;
  /** `-f inet6` came before the sub-command (the file line gets a leading -inet6). */
  earlyV6Keyword: boolean;
  /** The global address family (AF_INET unless -f inet6 or a flush/monitor family word). */
  af: number;
  rootDir?: string;
  permFile: string;
  tempFile: string;
  /** rtmsg()'s static sequence number: the first message of a run has 1. */
  seq: number;
  /** --json (a lab addition): records instead of the illumos text. */
  json: boolean;
}

export interface Host {
  k: Kernel;
  /** The routing socket route opened (shutdown for reading except for get). */
  sock: RtSocket;
  files: HostFiles;
  privileged: boolean;
  names: NameService;
  /** time(0) */
  now(): number;
}

export interface RunCtx extends ParseCtx {
  g: Globals;
  host: Host;
  /** --json records collected during the run. */
  records: unknown[];
}

export function defaultGlobals(): Globals {
  return {
    verbose: false, exitOnError: true, nflag: false, qflag: false, tflag: false, debugonly: false, fflag: false,
    permFlag: false, updateTable: true, earlyV6Keyword: false, af: AF_INET, permFile: '', tempFile: '', seq: 0, json: false,
  };
}
