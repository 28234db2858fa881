// Shapes shared by the monitor's parts. Type-only: the terminal view imports this file and must
// not pull the kernel (better-sqlite3) into its bundle.
import type { DecodedMessage } from '@ipmplab/core/syscalls';
import type { MatchKey } from './filter';

/** One routing message as the socket delivered it (or as the atomic dump produced it). */
export interface ShownMessage {
  /** Journal sequence number; null for a message of the --dump snapshot. */
  seq: number | null;
  /** Kernel time the message was sent (ms since the epoch). */
  at: number;
  /** The message as read from the socket: bytes.length is the size route monitor prints. */
  bytes: Uint8Array;
  msg: DecodedMessage;
  dump?: boolean;
}

export type SourceEvent =
  | { kind: 'message'; m: ShownMessage }
  /** The socket fell behind the bounded journal (ENOBUFS): `count` messages are gone. */
  | { kind: 'lost'; count: number; at: number }
  /**
   * Something the lab did to the host from outside (a snapshot restored), at its place among
   * the messages: no routing message was sent (userland rt-reader.ts LabEvent).
   */
  | { kind: 'lab'; text: string; at: number };

/** A row of the terminal view's list, ready to draw (the view never decodes anything). */
export type Row =
  | {
      kind: 'message';
      key: number;
      seq: number | null;
      at: number;
      type: number;
      /** RTM_ADD ... */
      typeName: string;
      /** The addresses and the route-monitor kind line, on one line (made when read). */
      readonly summary: string;
      /** The whole route monitor text of the message (made when read). */
      readonly full: string;
      dump: boolean;
      /** What the filters look at. */
      match: MatchKey;
      /** The message (decoded again when read: rows keep only the bytes). */
      readonly source: ShownMessage;
    }
  | { kind: 'lost'; key: number; count: number; at: number }
  | { kind: 'lab'; key: number; text: string; at: number };

export type MemberState = 'active' | 'inactive' | 'failed' | 'offline';

export interface MemberView {
  name: string;
  state: MemberState;
  /** The STANDBY flag (ipmpstat -i FLAGS s). */
  standby: boolean;
  /** RUNNING: link up. */
  running: boolean;
  /** Test addresses (NOFAILOVER) on the member. */
  testAddrs: string[];
}

export interface DataAddrView {
  /** Logical interface on the IPMP interface, e.g. ipmp0:1. */
  lif: string;
  addr: string;
  up: boolean;
  /** Member the address is bound to (SIOCGLIFBINDING): '' when unbound. */
  boundTo: string;
}

export interface GroupView {
  group: string;
  /** The IPMP interface of the group, if plumbed. */
  ipmpIf?: string;
  members: MemberView[];
  data: DataAddrView[];
}

export interface GroupsView {
  groups: GroupView[];
}

/** What the terminal view drives: the socket conversation, filters and the group panel. */
export interface MonitorController {
  /** State file path, or the recording being replayed. */
  readonly label: string;
  readonly mode: 'live' | 'replay';
  /** Rows as they arrive, with the source's last word ("replay finished"); returns an unsubscribe function. */
  subscribe(listener: (rows: Row[], status?: string) => void): () => void;
  /** RT_AWARE is RTAW_UNDER_IPMP. */
  aware(): boolean;
  /** Toggles RTAW_UNDER_IPMP on the socket; returns a complaint when it cannot. */
  toggleAware(): string | undefined;
  filterText(): string;
  /** Applies a filter line; returns a complaint when it does not parse. */
  setFilter(text: string): string | undefined;
  /** Whether the current filter shows this row (lost rows are always shown). */
  shows(row: Row): boolean;
  /** The IPMP group panel; undefined when there is no kernel (replay). */
  groups(): GroupsView | undefined;
  stop(): void;
}
