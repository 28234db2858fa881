// kernel/rtsock/: routing sockets (rts.c, ip_rts.c): socket.ts who receives what, emit.ts the
// messages the kernel originates, write.ts a process writing a request (parsed and dispatched to
// route/).
//
// Routing sockets (rts.c, ip_rts.c rts_queue_input): who receives which message.
import { RTSQ, RTAW_UNDER_IPMP } from '../../wire';

export interface RtSocket {
  /** Identifies the writer of echoes (the journal's `origin`); a process's pid is enough. */
  id: number;
  pid: number;
  /** SO_PROTOTYPE: 0 for every family, else AF_INET or AF_INET6. */
  family: number;
  /** RT_AWARE value (RTAW_DEFAULT or RTAW_UNDER_IPMP). */
  aware: number;
  /** SO_USELOOPBACK (on by default): receive the echoes of one's own writes. */
  useLoopback: boolean;
  /** shutdown(SHUT_RD): receive nothing at all. */
  shutRd: boolean;
}

export function openRtSocket(pid: number, opts: Partial<RtSocket> = {}): RtSocket {
  return { id: pid, pid, family: 0, aware: 0, useLoopback: true, shutRd: false, ...opts };
}

export interface Deliverable {
  rtsq: number;
  family: number;
  origin: number;
}

/** rts_queue_input's test for one socket. */
export function delivers(sock: RtSocket, m: Deliverable): boolean {
  if (sock.shutRd) return false;
  if (m.origin !== 0 && m.origin === sock.id && !sock.useLoopback) return false;
  const aware = (sock.aware & RTAW_UNDER_IPMP) !== 0;
  if (aware ? (m.rtsq & RTSQ.UNDER_IPMP) === 0 : (m.rtsq & RTSQ.NORMAL) === 0) return false;
  if (sock.family !== 0 && m.family !== 0 && m.family !== sock.family) return false;
  return true;
}
