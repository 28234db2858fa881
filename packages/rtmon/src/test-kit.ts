// rtmon's fixtures: routing messages built the way the kernel builds them, journal entries with
// chosen delivery masks (RTSQ), a booted state file to write them to, and a fake controller for
// the terminal view.
import { encodeMessage, decodeMessage, lastSeq, openState, transact, FIRST_HOST, RTM, RTF, IFT, ZERO_METRICS, AF_INET, AF_INET6, RTSQ } from '@ipmplab/core/testing';
import { appendEntries, tempState } from '@ipmplab/test-support';
import type { Db, Emitted, RoutingMessage } from '@ipmplab/core/testing';
import type { GroupsView, MonitorController, Row, ShownMessage } from './types';
import { messageRow, lostRow } from './printer/present';

export const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);
export const MAC0 = Uint8Array.from([0x02, 0x08, 0x20, 0x4c, 0x3a, 0x10]);

export const ifp = (name: string, index: number, hw: Uint8Array = MAC0) => ({ family: 'link' as const, index, type: IFT.ETHER, name, hwaddr: hw });
const inet = (addr: string) => (addr.includes(':') ? { family: 'inet6' as const, addr } : { family: 'inet' as const, addr });

/** A route(8)-style request echo: DST, GATEWAY, NETMASK. */
export function rtEcho(type: number, dst: string, gw: string, mask: string, pid = 4242, seq = 1, errno = 0): RoutingMessage {
  return {
    header: 'rt', type, index: 0, flags: RTF.GATEWAY | RTF.STATIC | (errno ? 0 : RTF.DONE), pid, seq, errno, use: 0, inits: 0, metrics: { ...ZERO_METRICS },
    sockaddrs: { DST: inet(dst), GATEWAY: inet(gw), NETMASK: inet(mask) },
  };
}

/** The kernel's RTM_ADD / RTM_DELETE for an address (DST = the address, NETMASK). */
export function addrRoute(type: number, addr: string, mask: string, index: number): RoutingMessage {
  return {
    header: 'rt', type, index, flags: type === RTM.ADD ? RTF.UP | RTF.DONE : RTF.DONE, pid: 0, seq: 0, errno: 0, use: 0, inits: 0,
    metrics: { ...ZERO_METRICS }, sockaddrs: { DST: inet(addr), NETMASK: inet(mask) },
  };
}

export function ifinfo(name: string, index: number, flags: number, hw: Uint8Array = MAC0): RoutingMessage {
  return { header: 'if', type: RTM.IFINFO, index, flags, data: { type: IFT.ETHER, addrlen: 0, hdrlen: 0, mtu: 1500, metric: 0 }, sockaddrs: { IFP: ifp(name, index, hw) } };
}

export function addrMsg(type: number, name: string, index: number, addr: string, mask: string, hw: Uint8Array = MAC0): RoutingMessage {
  return {
    header: 'ifa', type, index, flags: type === RTM.NEWADDR ? RTF.UP : 0, metric: 0,
    sockaddrs: { NETMASK: inet(mask), IFP: ifp(name, index, hw), IFA: inet(addr), BRD: inet(addr.includes(':') ? '::' : '0.0.0.0') },
  };
}

export function shown(msg: RoutingMessage, seq: number | null = 1, at = T0): ShownMessage {
  const bytes = encodeMessage(msg);
  return { seq, at, bytes, msg: decodeMessage(bytes), ...(seq === null ? { dump: true } : {}) };
}

export function familyOf(msg: RoutingMessage): number {
  for (const sa of Object.values(msg.sockaddrs)) {
    if (sa?.family === 'inet') return AF_INET;
    if (sa?.family === 'inet6') return AF_INET6;
  }
  return 0;
}

export interface Entry {
  msg: RoutingMessage;
  rtsq?: number;
  family?: number;
  origin?: number;
  at?: number;
}

export function emitted(e: Entry): Emitted {
  return { msg: e.msg, rtsq: e.rtsq ?? RTSQ.ALL, family: e.family ?? familyOf(e.msg), origin: e.origin ?? 0, at: e.at ?? T0 };
}

/** A state file in a temporary directory, booted, with a way to append journal entries. */
export class TempState {
  readonly dir: string;
  readonly file: string;
  readonly db: Db;

  private readonly removeDir: () => void;

  constructor() {
    ({ dir: this.dir, file: this.file, cleanup: this.removeDir } = tempState('rtmon'));
    this.db = openState(this.file);
    transact(this.db, () => undefined);
  }

  /** Appends entries in one transaction (capacity: the journal bound, to provoke losses). */
  append(entries: Entry[], capacity?: number): void {
    appendEntries(this.db, entries.map(emitted), capacity);
  }

  lastSeq(): number {
    return lastSeq(this.db, FIRST_HOST.id);
  }

  cleanup(): void {
    this.db.close();
    this.removeDir();
  }
}

/** A controller without a kernel: rows are pushed by the test. */
export class FakeController implements MonitorController {
  readonly mode: 'live' | 'replay';
  awareOn = false;
  filter = '';
  stopped = false;
  view: GroupsView | undefined = { groups: [] };
  private listener: ((rows: Row[], status?: string) => void) | undefined;
  private backlog: Row[] = [];

  constructor(readonly label = '/tmp/lab/state.db', mode: 'live' | 'replay' = 'live') {
    this.mode = mode;
  }

  push(rows: Row[], status?: string): void {
    if (this.listener) this.listener(rows, status);
    else this.backlog.push(...rows);
  }

  pushMessages(msgs: ShownMessage[]): void {
    this.push(msgs.map((m) => messageRow(m, { numeric: true })));
  }

  pushLost(count: number, at = T0): void {
    this.push([lostRow(count, at)]);
  }

  subscribe(listener: (rows: Row[], status?: string) => void): () => void {
    this.listener = listener;
    if (this.backlog.length) listener(this.backlog.splice(0));
    return () => {
      this.listener = undefined;
    };
  }

  aware(): boolean {
    return this.awareOn;
  }

  toggleAware(): string | undefined {
    if (this.mode === 'replay') return 'a recording keeps the awareness it was made with';
    this.awareOn = !this.awareOn;
    return undefined;
  }

  filterText(): string {
    return this.filter;
  }

  setFilter(text: string): string | undefined {
    if (text.includes('bogus')) return 'bogus: not a message type, family or interface name';
    this.filter = text.trim();
    return undefined;
  }

  shows(row: Row): boolean {
    if (row.kind !== 'message' || !this.filter) return true;
    return this.filter.split(/\s+/).some((w) => row.typeName === w || row.typeName === `RTM_${w.toUpperCase()}`);
  }

  groups(): GroupsView | undefined {
    return this.view;
  }

  stop(): void {
    this.stopped = true;
  }
}
