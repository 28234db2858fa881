// The shape of the kernel document (kernel/model.ts, mpathd/types.ts), checked on every load:
// a document that parses but is malformed (a phyint set to null, a flags word that is not a
// number) is a damaged file, refused before the kernel reads it, never a kernel failure.
// The schema's type is compared with the host's document (KernelState with in.mpathd's memory)
// below, so a field added to the model and not here (or the reverse) fails the typecheck.
import * as v from 'valibot';
import type { HostState } from '../mpathd/memory';
import { RELEASES } from '../kernel/model';

const family = v.picklist(['inet', 'inet6']);
const perFamily = <T extends v.GenericSchema>(value: T) => v.object({ inet: v.optional(value), inet6: v.optional(value) });
const prefix = v.object({ addr: v.string(), prefixlen: v.number() });

const datalink = v.object({
  name: v.string(), mtu: v.number(), mac: v.string(), linkUp: v.boolean(),
  device: v.optional(v.string()), factoryMac: v.optional(v.string()),
});

const ipif = v.object({
  id: v.number(),
  flags: v.bigint(),
  addr: v.string(),
  netmask: v.string(),
  broadcast: v.string(),
  dst: v.string(),
  subnet: v.optional(prefix),
  ready: v.boolean(),
});

const ill = v.object({
  family,
  flags: v.bigint(),
  mtu: v.number(),
  metric: v.number(),
  ipifs: v.array(ipif),
  usesrcIndex: v.number(),
  token: v.optional(prefix),
});

const stats = v.object({ ipackets: v.number(), ierrors: v.number(), opackets: v.number(), oerrors: v.number() });
const phyint = v.object({ name: v.string(), index: v.number(), flags: v.bigint(), ills: perFamily(ill), group: v.string(), stats: v.optional(stats) });

const timer = v.object({
  at: v.number(),
  kind: v.picklist(['dad', 'dad-recovery', 'mpathd', 'mpathd-probe', 'nce']),
  name: v.string(),
  family,
  id: v.number(),
  addr: v.string(),
  recovery: v.optional(v.boolean()),
});

const logLine = v.object({
  at: v.number(),
  level: v.picklist(['WARNING', 'NOTICE']),
  text: v.string(),
  source: v.optional(v.literal('in.mpathd')),
});

const group = v.object({
  name: v.string(),
  ifname: v.string(),
  serial: v.number(),
  members: v.array(v.string()),
  active: perFamily(v.array(v.string())),
  nominee: perFamily(v.string()),
  bindings: v.record(v.string(), v.string()),
  txTurn: v.optional(perFamily(v.number())),
});

const hold = v.object({ id: v.number(), family, dest: v.string(), routeId: v.number() });

const metrics = v.object({
  mtu: v.optional(v.number()),
  hopcount: v.optional(v.number()),
  expire: v.optional(v.number()),
  recvpipe: v.optional(v.number()),
  sendpipe: v.optional(v.number()),
  ssthresh: v.optional(v.number()),
  rtt: v.optional(v.number()),
  rttvar: v.optional(v.number()),
});

const route = v.object({
  id: v.optional(v.number()),
  family,
  dst: v.string(),
  prefixlen: v.number(),
  gateway: v.string(),
  ifname: v.string(),
  type: v.picklist(['local', 'loopback', 'interface', 'broadcast', 'offlink', 'ifroute']),
  flags: v.number(),
  ref: v.number(),
  use: v.number(),
  owner: v.string(),
  setsrc: v.optional(v.string()),
  metrics: v.optional(metrics),
  inits: v.optional(v.number()),
  locks: v.optional(v.number()),
});

const probeFamily = v.object({
  testaddr: v.string(),
  mode: v.picklist(['routes', 'multicast']),
  targets: v.array(v.string()),
  next: v.number(),
  lost: v.number(),
  acked: v.number(),
  quietUntil: v.number(),
  rttavg: v.optional(v.number()),
  rttdev: v.optional(v.number()),
});

const mpathdPhyint = v.object({
  name: v.string(),
  group: v.string(),
  serial: v.number(),
  state: v.picklist(['init', 'running', 'failed', 'offline', 'noTargets']),
  linkUp: v.boolean(),
  linkUps: v.array(v.number()),
  dampedUntil: v.optional(v.number()),
  hwdup: v.boolean(),
  probes: perFamily(probeFamily),
});

const probeEvent = v.object({
  at: v.number(),
  ifname: v.string(),
  family,
  id: v.number(),
  target: v.string(),
  lost: v.boolean(),
  netrtt: v.optional(v.number()),
  rtt: v.optional(v.number()),
  rttavg: v.optional(v.number()),
  rttdev: v.optional(v.number()),
});

const mpathd = v.object({
  running: v.boolean(),
  config: v.object({ fdt: v.number(), failback: v.boolean(), trackOnlyGroups: v.boolean() }),
  serial: v.number(),
  phyints: v.record(v.string(), mpathdPhyint),
  groupStates: v.record(v.string(), v.picklist(['ok', 'degraded', 'failed'])),
  hosts: v.record(v.string(), v.object({ up: v.boolean() })),
  probeLoss: v.array(v.string()),
  probeLog: v.array(probeEvent),
  probeId: v.number(),
});

const nce = v.object({
  family,
  ifname: v.string(),
  addr: v.string(),
  mac: v.string(),
  state: v.picklist(['INCOMPLETE', 'REACHABLE', 'STALE', 'DELAY', 'PROBE']),
  last: v.number(),
  probes: v.number(),
  static: v.optional(v.boolean()),
  nonud: v.optional(v.boolean()),
  publish: v.optional(v.boolean()),
  authority: v.optional(v.boolean()),
  serial: v.number(),
});

export const KERNEL_DOCUMENT = v.object({
  release: v.optional(v.picklist(RELEASES)),
  links: v.record(v.string(), datalink),
  phyints: v.record(v.string(), phyint),
  typeOrder: v.object({ inet: v.array(v.string()), inet6: v.array(v.string()) }),
  lastIndex: v.number(),
  clock: v.object({ mode: v.picklist(['real', 'manual']), now: v.number() }),
  timers: v.array(timer),
  conflicts: v.array(v.object({ addr: v.string(), mac: v.string() })),
  log: v.array(logLine),
  holds: v.optional(v.array(hold)),
  groups: v.optional(v.record(v.string(), group)),
  groupSerial: v.optional(v.number()),
  mpathd: v.optional(mpathd),
  condemned: v.optional(v.array(route)),
  tunables: v.optional(v.record(v.string(), v.string())),
  nces: v.optional(v.array(nce)),
  nceSerial: v.optional(v.number()),
});

// The schema describes exactly the model: each type must accept the other.
type Document = v.InferOutput<typeof KERNEL_DOCUMENT>;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const sameShape: Same<Document, HostState> = true;
void sameShape;

/** Where a decoded document departs from the model ("phyints.net0", ...), or undefined. */
export function kernelDocumentProblem(doc: unknown): string | undefined {
  // The common case costs one pass that stops at nothing; the path is worked out only on failure.
  if (v.is(KERNEL_DOCUMENT, doc)) return undefined;
  const result = v.safeParse(KERNEL_DOCUMENT, doc, { abortEarly: true });
  const issue = result.issues?.[0];
  const where = issue ? v.getDotPath(issue) : null;
  return where ? `at ${where}` : 'at the top level';
}
