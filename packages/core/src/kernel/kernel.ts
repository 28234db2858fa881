// The simulated kernel for one transaction: the interface state, the forwarding table, the
// time, and the routing-socket messages the transaction caused. Requests come in as ioctls
// (ioctl.ts); everything else here is the machinery they share. What runs above the kernel
// (in.mpathd) is plugged in through KernelHooks by the host that boots it (host/host.ts).
import type { Family, Ill, Ipif, KernelState, Phyint, Timer, TimerKind } from './model';
import type { RouteTable } from './route/table';
import type { RoutingMessage } from '../wire';
import { KernelError, ERRNO } from '../wire';
import { parseLifName, lifName } from './if/names';
import { takeDueTimer } from './timers';

/** A routing-socket message as queued by the kernel, with its delivery constraints (ip_rts.h). */
export interface Emitted {
  msg: RoutingMessage;
  /** The exact bytes, when the message is an echo of what a process wrote. */
  bytes?: Uint8Array;
  /** RTSQ_* delivery mask, already resolved against IPMP membership. */
  rtsq: number;
  /** Address family of the message for SO_PROTOTYPE filtering: 0 = every socket. */
  family: number;
  /** Kernel time the message was sent. */
  at: number;
  /** Writer socket for echoes (SO_USELOOPBACK), 0 for kernel-originated messages. */
  origin: number;
}

export interface Caller {
  privileged: boolean;
  pid: number;
}

export interface Lif {
  phyint: Phyint;
  ill: Ill;
  ipif: Ipif;
  name: string;
}

/** What a timer of one kind does when it fires. */
export type TimerHandler = (k: Kernel, t: Timer) => void;

/** Watches one advance of the clock; after each timer fired it may move time and timers ahead. */
export interface AdvanceWatcher {
  afterFire(): void;
}

/**
 * What the host plugs into its kernel (host/host.ts): the handler of every timer kind, and the
 * points where the user-level daemon it runs (in.mpathd) reacts. The kernel calls them and
 * knows nothing of what they do.
 */
export interface KernelHooks {
  /** One handler per timer kind: the kernel's own (DAD) and in.mpathd's. */
  readonly timers: Readonly<Record<TimerKind, TimerHandler>>;
  /** A watcher for one advance to `to` that may skip ahead (in.mpathd's steady probing). */
  readonly watchAdvance: (k: Kernel, to: number) => AdvanceWatcher | undefined;
  /** A command's requests are done: in.mpathd reacts within the same transaction. */
  readonly afterRequests: (k: Kernel) => void;
  /** The clock was set to another date, moved by `by` ms: in.mpathd's own times move with it. */
  readonly onRebase: (k: Kernel, by: number) => void;
}

/**
 * The network a host's NICs are plugged into, as the host's programs reach it (the lab gives it
 * to every kernel a command opens; core net/probe.ts). Its answers are undefined for a NIC that
 * is not plugged into the lab's network: the host then stands alone, and in.mpathd's probes go to
 * the world outside (the targets the lab declares).
 */
export interface KernelNetwork {
  /** An ICMP echo from `src` sent on `ifname` to `dst`: whether its reply came back. */
  probe(req: { family: Family; src: string; dst: string; ifname: string }): boolean | undefined;
  /** The addresses of `addr`/`mask` that other hosts have on the segment `ifname` is plugged into. */
  neighbours(family: Family, ifname: string, addr: string, mask: string): string[] | undefined;
  /**
   * DAD's probe for `addr` sent on `ifname`: the hardware address of another host's NIC on the
   * segment that answers for it (in use there), as the console prints it; undefined: none.
   */
  defender(family: Family, ifname: string, addr: string): string | undefined;
  /** The NIC `ifname` announces `addr` as its own (gratuitous ARP, unsolicited advertisement). */
  announce(family: Family, ifname: string, addr: string): void;
  /**
   * An ARP request (neighbour solicitation) for `addr` from the NIC `link`, as `src`: broadcast,
   * or unicast to `mac` (unreachability detection). The hardware address that answered, if any.
   */
  solicit(req: Solicitation): string | undefined;
}

export interface Solicitation {
  family: Family;
  link: string;
  addr: string;
  /** The requester's address ('' when it has none on the link: nobody learns it). */
  src: string;
  mac?: string;
}

/**
 * Messages held in memory before they are handed on to the journal (see Kernel.spill). Few: a
 * message held across a young-generation collection is copied and then promoted, and held ones
 * were most of what survived the collections of an atomic batch (100,000 route adds: 2.75–2.85 s
 * and 140 MB peak RSS at 256 or 64, against 3.17–3.26 s and 217–226 MB at 4,096).
 */
export const SPILL_AT = 256;

export class Kernel<S extends KernelState = KernelState> {
  /** Messages sent in this transaction and not yet handed to the journal. */
  readonly emitted: Emitted[] = [];
  /** Messages already handed to the journal during this transaction. */
  spilled = 0;
  /**
   * Where messages go once many have piled up (the store appends them to the journal inside
   * the same transaction), so a command that sends a great many (a flush of 200,000 routes)
   * does not hold them all in memory. Unset, they all stay in `emitted`.
   */
  spill?: (messages: Emitted[]) => void;
  /** Set whenever the interface state changed, so the store knows to write it back. */
  dirty = false;
  /** The network around the host, when the lab has given it one (see KernelNetwork). */
  network?: KernelNetwork;
  /**
   * Work queued to run after the current request completes (as illumos queues DL_NOTIFY_IND
   * link-up/down of an IPMP interface as a new operation behind the running ioctl).
   */
  readonly deferred: (() => void)[] = [];
  /**
   * Fire every timer one by one, never letting the advance watcher jump (over in.mpathd's
   * steady probing, mpathd/steady.ts): the reference the jumps are tested against.
   */
  stepTimers = false;
  /** Timers fired one by one, and probes jumped over as part of steady cycles. */
  readonly timerStats = { fired: 0, skipped: 0 };

  /** Runs deferred work until none is left. */
  drainDeferred(): void {
    while (this.deferred.length) this.deferred.shift()!();
  }

  constructor(
    readonly hooks: KernelHooks,
    readonly state: S,
    readonly routes: RouteTable,
    public now: number,
    readonly caller: Caller = { privileged: true, pid: 0 },
  ) {}

  /**
   * Fires every timer due at or before `to`, in time order, each at its own time (so a manual
   * clock gives the same result as a real one), then sets the kernel time.
   */
  advance(to: number): void {
    const watcher = this.stepTimers ? undefined : this.hooks.watchAdvance(this, to);
    for (let t = takeDueTimer(this, to); t; t = takeDueTimer(this, to)) {
      if (t.at > this.now) this.now = t.at;
      this.hooks.timers[t.kind](this, t);
      this.drainDeferred();
      this.timerStats.fired++;
      watcher?.afterFire();
    }
    if (to > this.now) this.now = to;
  }

  /** The command's requests are done: the host's daemons react, then deferred work runs. */
  requestsDone(): void {
    this.hooks.afterRequests(this);
    this.drainDeferred();
  }

  emit(msg: RoutingMessage, rtsq: number, family: number, origin = 0, bytes?: Uint8Array): void {
    this.emitted.push({ msg, rtsq, family, at: this.now, origin, bytes });
    if (this.spill && this.emitted.length >= SPILL_AT) {
      this.spill(this.emitted);
      this.spilled += this.emitted.length;
      this.emitted.length = 0;
    }
  }

  /** Messages sent in this transaction so far. */
  get sent(): number {
    return this.spilled + this.emitted.length;
  }

  log(level: 'WARNING' | 'NOTICE', text: string, source?: 'in.mpathd'): void {
    this.state.log.push(source ? { at: this.now, level, text, source } : { at: this.now, level, text });
    if (this.state.log.length > 1000) this.state.log.splice(0, this.state.log.length - 1000);
    this.dirty = true;
  }

  /** Runs fn with a privileged caller (in.mpathd runs as root). */
  asRoot<T>(fn: () => T): T {
    const saved = this.caller;
    (this as { caller: Caller }).caller = { privileged: true, pid: saved.pid };
    try {
      return fn();
    } finally {
      (this as { caller: Caller }).caller = saved;
    }
  }

  requirePrivilege(): void {
    if (!this.caller.privileged) throw new KernelError(ERRNO.EPERM);
  }

  phyintByIndex(index: number): Phyint | undefined {
    return Object.values(this.state.phyints).find((p) => p.index === index);
  }

  /** The ill of a name in a family, or ENXIO (ipif_lookup_on_name). */
  ill(name: string, family: Family): { phyint: Phyint; ill: Ill } {
    const parsed = parseLifName(name);
    if (typeof parsed === 'string') throw new KernelError(ERRNO[parsed]);
    const phyint = this.state.phyints[parsed.phys];
    const ill = phyint?.ills[family];
    if (!phyint || !ill) throw new KernelError(ERRNO.ENXIO);
    return { phyint, ill };
  }

  /** A logical interface by name ("net0:2") in a family, or ENXIO / ERANGE / ENAMETOOLONG. */
  lif(name: string, family: Family): Lif {
    const parsed = parseLifName(name);
    if (typeof parsed === 'string') throw new KernelError(ERRNO[parsed]);
    const phyint = this.state.phyints[parsed.phys];
    const ill = phyint?.ills[family];
    const ipif = ill?.ipifs.find((i) => i.id === parsed.id);
    if (!phyint || !ill || !ipif) throw new KernelError(ERRNO.ENXIO);
    return { phyint, ill, ipif, name: lifName(phyint.name, ipif.id) };
  }

  /** SIOCGLIFFLAGS: ipif | ill | phyint flags. */
  flagsOf(l: { phyint: Phyint; ill: Ill; ipif: Ipif }): bigint {
    return l.phyint.flags | l.ill.flags | l.ipif.flags;
  }
}
