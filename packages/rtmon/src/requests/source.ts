// Where messages come from: a live simulated routing socket over the state file's journal, or a
// recording. Both hand out batches of SourceEvents; neither knows how they are printed.
import { dumpRoutes, dumpInterfaces, encodeMessage, decodeMessage, lastSeq, AF_INET, AF_INET6, RTAW_UNDER_IPMP, RTAW_DEFAULT } from '@ipmplab/core/syscalls';
import type { DecodedMessage, Kernel, RoutingMessage } from '@ipmplab/core/syscalls';
import { openRtReader, tryRun, viewCommitted, vis, watchSessionCommits } from '@ipmplab/userland';
import type { CommitWatch, LabEvent, RtReader, Session } from '@ipmplab/userland';
import type { FamilyOption } from '../grammar';
import { MSG, RtmonFailure } from '../messages';
import type { ShownMessage, SourceEvent } from '../types';
import { matchKey } from '../filter';
import { readRecording } from '../record';
import type { Recorded, RecordingHeader } from '../record';

/** A lab event as the monitor shows it: its text made visible (it comes from the state file). */
const labEvent = (e: LabEvent): SourceEvent => ({ kind: 'lab', text: vis(e.text), at: e.at });

export type Sink = (events: SourceEvent[]) => void;
export type Done = (error?: unknown) => void;

export interface Source {
  /** The state file, or the recording. */
  readonly label: string;
  readonly mode: 'live' | 'replay';
  start(sink: Sink, done: Done): void;
  stop(): void;
  aware(): boolean;
  /** setsockopt(RT_AWARE); false when the source has no socket (a replay). */
  setAware(on: boolean): boolean;
  family(): FamilyOption | undefined;
  /** SO_PROTOTYPE; false when the source has no socket. */
  setFamily(f: FamilyOption | undefined): boolean;
  /** Runs fn on a consistent read-only snapshot of the kernel (undefined for a replay). */
  inspect<T>(fn: (k: Kernel) => T): T | undefined;
  /** Changes whenever the journal moved (for refreshing the group panel). */
  position(): number;
}

export const AF_OF: Record<FamilyOption, number> = { inet: AF_INET, inet6: AF_INET6 };

export const awarenessName = (aware: boolean) => (aware ? 'RTAW_UNDER_IPMP' : 'RTAW_DEFAULT');

export interface LiveOptions {
  aware: boolean;
  family?: FamilyOption;
  /** Start after this journal sequence number (--since). */
  since?: number;
  dump: boolean;
  pollMs: number;
  /** How often due kernel timers are fired (ms). */
  tickMs?: number;
  /** Journal entries read per poll at most. */
  limit?: number;
  /**
   * Wake when a writer commits (commit-watch.ts), besides polling. Default true; false polls
   * only (the behaviour to compare against).
   */
  wake?: boolean;
  /**
   * Poll every pollMs (default true). A test turns it off so that only the commit wake-up can
   * deliver: polling is the fallback that makes a lost wake-up cost latency, not messages.
   */
  poll?: boolean;
}

/**
 * The atomic dump (BSD sysctl NET_RT_DUMP + NET_RT_IFLIST, seed 004): the forwarding table, then
 * the interface list, from ONE transaction, with the journal position it corresponds to. When
 * the state is free, timers that are due fire first (their messages are journalled in the same
 * transaction, their effects are in the dump, and the live part starts right after them). When
 * another command holds the state, rtmon does not wait for it: the dump is the state as last
 * committed, at the journal position of that commit, and what the due timers do arrives live.
 */
export function takeDump(session: Session, opts: { aware: boolean; family?: FamilyOption }): { messages: ShownMessage[]; after: number } {
  const dump = (k: Kernel) => {
    const d = { underIpmp: opts.aware, family: opts.family };
    const all: RoutingMessage[] = [...dumpRoutes(k, d), ...dumpInterfaces(k, d)];
    const at = k.now;
    const messages = all.map((msg) => {
      const bytes = encodeMessage(msg);
      return { seq: null, at, bytes, msg: decodeMessage(bytes), dump: true } as ShownMessage;
    });
    return { messages, after: lastSeq(session.db, session.hostId()) + k.emitted.length };
  };
  return tryRun(session, dump)?.value ?? viewCommitted(session, dump);
}

/** The next step of a source (a timeout or an immediate) and whether it was stopped. */
abstract class Scheduled {
  protected timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  protected stopped = false;

  stop(): void {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
    }
    this.timer = undefined;
  }
}

export class LiveSource extends Scheduled implements Source {
  readonly mode = 'live' as const;
  private reader: RtReader | undefined;
  private watch: CommitWatch | undefined;
  private awareOn: boolean;
  private fam: FamilyOption | undefined;

  constructor(
    private readonly session: Session,
    private readonly opts: LiveOptions,
  ) {
    super();
    // Past the end of the journal nothing would ever be shown (sequence numbers only grow as
    // messages come): refused before anything is drawn, not waited on in silence.
    const last = lastSeq(session.db, session.hostId());
    if (opts.since !== undefined && opts.since > last) throw new RtmonFailure(MSG.sincePastEnd(opts.since, last));
    this.awareOn = opts.aware;
    this.fam = opts.family;
  }

  get label(): string {
    return this.session.path;
  }

  start(sink: Sink, done: Done): void {
    try {
      let since = this.opts.since;
      if (this.opts.dump) {
        const d = takeDump(this.session, { aware: this.awareOn, family: this.fam });
        since = d.after;
        if (d.messages.length) sink(d.messages.map((m) => ({ kind: 'message', m })));
      }
      this.reader = openRtReader(this.session, {
        since,
        socket: { aware: this.awareOn ? RTAW_UNDER_IPMP : RTAW_DEFAULT, family: this.fam ? AF_OF[this.fam] : 0 },
      });
    } catch (e) {
      done(e);
      return;
    }
    const limit = this.opts.limit ?? 256;
    const tickMs = this.opts.tickMs ?? 10;
    const polling = this.opts.poll !== false;
    let lastTick = 0;
    let pending = false;
    const loop = () => {
      this.timer = undefined;
      pending = false;
      if (this.stopped) return;
      const reader = this.reader!;
      try {
        // What was committed is shown first; firing due timers (a transaction of its own when
        // some are due) comes after, off the path from a writer's commit to the printed line.
        // What the timers send wakes this loop again.
        const before = reader.position;
        const r = reader.poll(limit);
        const events: SourceEvent[] = [];
        if (r.lost) events.push({ kind: 'lost', count: r.lost, at: r.messages[0]?.at ?? Date.now() });
        // Messages and the lab's events, in journal order (each list is in it already).
        let l = 0;
        for (const m of r.messages) {
          for (; l < r.events.length && r.events[l].seq < m.seq; l++) events.push(labEvent(r.events[l]));
          events.push({ kind: 'message', m }); // a ReadMessage is a ShownMessage
        }
        for (; l < r.events.length; l++) events.push(labEvent(r.events[l]));
        if (events.length) sink(events);
        if (this.stopped) return;
        const now = Date.now();
        if (now - lastTick >= tickMs) {
          reader.tick(now);
          lastTick = now;
        }
        if (reader.position - before >= limit) {
          pending = true;
          this.timer = setImmediate(loop);
        } else if (polling) {
          this.timer = setTimeout(loop, this.opts.pollMs);
        }
      } catch (e) {
        this.stop();
        done(e);
      }
    };
    // A commit wakes the loop now instead of at its next poll; wake-ups that come while a read
    // is already scheduled to run next are one read.
    const wake = () => {
      if (this.stopped || pending) return;
      if (this.timer) clearTimeout(this.timer as NodeJS.Timeout);
      pending = true;
      this.timer = setImmediate(loop);
    };
    if (this.opts.wake !== false) this.watch = watchSessionCommits(this.session, wake);
    pending = true;
    this.timer = setImmediate(loop);
  }

  override stop(): void {
    super.stop();
    this.watch?.close();
    this.watch = undefined;
  }


  aware(): boolean {
    return this.awareOn;
  }

  setAware(on: boolean): boolean {
    this.awareOn = on;
    if (this.reader) this.reader.sock.aware = on ? RTAW_UNDER_IPMP : RTAW_DEFAULT;
    return true;
  }

  family(): FamilyOption | undefined {
    return this.fam;
  }

  setFamily(f: FamilyOption | undefined): boolean {
    this.fam = f;
    if (this.reader) this.reader.sock.family = f ? AF_OF[f] : 0;
    return true;
  }

  inspect<T>(fn: (k: Kernel) => T): T {
    return this.session.view(fn);
  }

  position(): number {
    return this.reader?.position ?? 0;
  }
}

/**
 * The family a message would be filtered by (SO_PROTOTYPE) when it has to be worked out from the
 * bytes (a replay): that of its first IPv4/IPv6 address, or for RTM_IFINFO the IPv4/IPv6 flag.
 */
export function messageFamily(msg: DecodedMessage): FamilyOption | undefined {
  return matchKey(msg).family;
}

export interface ReplayOptions {
  fast: boolean;
  /** Family filter (-f), applied to the recorded messages. */
  family?: FamilyOption;
  /** Messages handed out per batch at most in --fast mode. */
  batch?: number;
}

export class ReplaySource extends Scheduled implements Source {
  readonly mode = 'replay' as const;
  readonly header: RecordingHeader;
  private readonly records: Generator<Recorded>;
  private fam: FamilyOption | undefined;
  private count = 0;

  constructor(
    readonly label: string,
    private readonly opts: ReplayOptions,
  ) {
    super();
    const r = readRecording(label);
    this.header = r.header;
    this.records = r.records;
    this.fam = opts.family;
  }

  start(sink: Sink, done: Done): void {
    const t0 = performance.now();
    const batch = this.opts.batch ?? 2000;
    let next: Recorded | undefined;
    const pull = () => {
      const r = this.records.next();
      next = r.done ? undefined : r.value;
    };
    const step = () => {
      this.timer = undefined;
      if (this.stopped) return;
      try {
        if (!next) pull();
        const events: SourceEvent[] = [];
        const elapsed = performance.now() - t0;
        while (next && (this.opts.fast ? events.length < batch : next.t <= elapsed)) {
          const e = next.event;
          if (e.kind !== 'message' || !this.fam || messageFamily(e.m.msg) === this.fam) events.push(e);
          pull();
        }
        this.count += events.length;
        if (events.length) sink(events);
        if (this.stopped) return;
        if (!next) {
          this.stopped = true;
          done();
          return;
        }
        this.timer = this.opts.fast ? setImmediate(step) : setTimeout(step, Math.max(0, next.t - (performance.now() - t0)));
      } catch (e) {
        this.stop();
        done(e);
      }
    };
    this.timer = setImmediate(step);
  }


  aware(): boolean {
    return this.header.aware === 'RTAW_UNDER_IPMP';
  }

  setAware(): boolean {
    return false;
  }

  family(): FamilyOption | undefined {
    return this.fam;
  }

  setFamily(f: FamilyOption | undefined): boolean {
    this.fam = f;
    return true;
  }

  inspect(): undefined {
    return undefined;
  }

  position(): number {
    return this.count;
  }
}

