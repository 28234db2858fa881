// What the network refuses, as codes with the names involved: the lab (ipmplab) words them. A
// refusal is thrown inside the command's transaction, so the command changes nothing.
export type NetRefusal =
  | { code: 'host-exists'; host: string }
  | { code: 'too-many-hosts'; host: string; max: number }
  | { code: 'too-many-segments'; segment: string; max: number }
  | { code: 'no-host'; host: string }
  | { code: 'last-host'; host: string }
  | { code: 'default-host'; host: string }
  | { code: 'segment-exists'; segment: string }
  | { code: 'no-segment'; segment: string }
  | { code: 'no-link'; host: string; link: string }
  | { code: 'plugged'; host: string; link: string; segment: string }
  | { code: 'not-plugged'; host: string; link: string };

/**
 * How large a lab may grow: enough for any rehearsal (the figures are measured at 50 hosts and
 * 50 segments), small enough that a runaway script or topology stops with one line.
 */
export const MAX_HOSTS = 256;
export const MAX_SEGMENTS = 256;

export class NetError extends Error {
  constructor(readonly refusal: NetRefusal) {
    super(refusal.code);
  }
}

export const refuse = (r: NetRefusal): never => {
  throw new NetError(r);
};
