// The shape of the kernel document (kernel/model.ts, mpathd/types.ts), checked on every load:
// a document that parses but is malformed (a phyint set to null, a flags word that is not a
// number) is a damaged file, refused before the kernel reads it, never a kernel failure.
// The schema's type is compared with the host's document (KernelState with in.mpathd's memory)
// below, so a field added to the model and not here (or the reverse) fails the typecheck.
import * as v from 'valibot';
import type { HostState } from '../mpathd/memory';
import { RELEASES } from '../kernel/model';

// Every start builds this schema (about a millisecond, most of it allocation): the leaves are
// made once and shared, which valibot's schemas allow (they are plain immutable objects).
const str = v.string();
const num = v.number();
const bool = v.boolean();
/** An interface's flags word (a bigint; the codec writes it as hexadecimal text). */
const flagWord = v.bigint();
const optStr = v.optional(str);
const optNum = v.optional(num);
const optBool = v.optional(bool);
const strings = v.array(str);

const family = v.picklist(['inet', 'inet6']);
const perFamily = <T extends v.GenericSchema>(value: T) => v.object({ inet: v.optional(value), inet6: v.optional(value) });
const prefix = v.object({ addr: str, prefixlen: num });

const datalink = v.object({
  name: str, mtu: num, mac: str, linkUp: bool,
  device: optStr, factoryMac: optStr,
});

const ipif = v.object({
  id: num,
  flags: flagWord,
  addr: str,
  netmask: str,
  broadcast: str,
  dst: str,
  subnet: v.optional(prefix),
  ready: bool,
});

const ill = v.object({
  family,
  flags: flagWord,
  mtu: num,
  metric: num,
  ipifs: v.array(ipif),
  usesrcIndex: num,
  token: v.optional(prefix),
});

const stats = v.object({ ipackets: num, ierrors: num, opackets: num, oerrors: num });
const phyint = v.object({ name: str, index: num, flags: flagWord, ills: perFamily(ill), group: str, stats: v.optional(stats) });

const timer = v.object({
  at: num,
  kind: v.picklist(['dad', 'dad-recovery', 'mpathd', 'mpathd-probe', 'nce']),
  name: str,
  family,
  id: num,
  addr: str,
  recovery: optBool,
});

const logLine = v.object({
  at: num,
  level: v.picklist(['WARNING', 'NOTICE']),
  text: str,
  source: v.optional(v.literal('in.mpathd')),
});

const group = v.object({
  name: str,
  ifname: str,
  serial: num,
  members: strings,
  active: perFamily(strings),
  nominee: perFamily(str),
  bindings: v.record(str, str),
  txTurn: v.optional(perFamily(num)),
});

const hold = v.object({ id: num, family, dest: str, routeId: num });

const metrics = v.object({
  mtu: optNum,
  hopcount: optNum,
  expire: optNum,
  recvpipe: optNum,
  sendpipe: optNum,
  ssthresh: optNum,
  rtt: optNum,
  rttvar: optNum,
});

const route = v.object({
  id: optNum,
  family,
  dst: str,
  prefixlen: num,
  gateway: str,
  ifname: str,
  type: v.picklist(['local', 'loopback', 'interface', 'broadcast', 'offlink', 'ifroute']),
  flags: num,
  ref: num,
  use: num,
  owner: str,
  setsrc: optStr,
  metrics: v.optional(metrics),
  inits: optNum,
  locks: optNum,
});

const probeFamily = v.object({
  testaddr: str,
  mode: v.picklist(['routes', 'multicast']),
  targets: strings,
  next: num,
  lost: num,
  acked: num,
  quietUntil: num,
  rttavg: optNum,
  rttdev: optNum,
});

const mpathdPhyint = v.object({
  name: str,
  group: str,
  serial: num,
  state: v.picklist(['init', 'running', 'failed', 'offline', 'noTargets']),
  linkUp: bool,
  linkUps: v.array(num),
  dampedUntil: optNum,
  hwdup: bool,
  probes: perFamily(probeFamily),
});

const probeEvent = v.object({
  at: num,
  ifname: str,
  family,
  id: num,
  target: str,
  lost: bool,
  netrtt: optNum,
  rtt: optNum,
  rttavg: optNum,
  rttdev: optNum,
});

const mpathd = v.object({
  running: bool,
  config: v.object({ fdt: num, failback: bool, trackOnlyGroups: bool }),
  serial: num,
  phyints: v.record(str, mpathdPhyint),
  groupStates: v.record(str, v.picklist(['ok', 'degraded', 'failed'])),
  hosts: v.record(str, v.object({ up: bool })),
  probeLoss: strings,
  probeLog: v.array(probeEvent),
  probeId: num,
});

const nce = v.object({
  family,
  ifname: str,
  addr: str,
  mac: str,
  state: v.picklist(['INCOMPLETE', 'REACHABLE', 'STALE', 'DELAY', 'PROBE']),
  last: num,
  probes: num,
  static: optBool,
  nonud: optBool,
  publish: optBool,
  authority: optBool,
  serial: num,
});

export const KERNEL_DOCUMENT = v.object({
  release: v.optional(v.picklist(RELEASES)),
  links: v.record(str, datalink),
  phyints: v.record(str, phyint),
  typeOrder: v.object({ inet: strings, inet6: strings }),
  lastIndex: num,
  clock: v.object({ mode: v.picklist(['real', 'manual']), now: num }),
  timers: v.array(timer),
  conflicts: v.array(v.object({ addr: str, mac: str })),
  log: v.array(logLine),
  holds: v.optional(v.array(hold)),
  groups: v.optional(v.record(str, group)),
  groupSerial: optNum,
  mpathd: v.optional(mpathd),
  condemned: v.optional(v.array(route)),
  tunables: v.optional(v.record(str, str)),
  nces: v.optional(v.array(nce)),
  nceSerial: optNum,
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
