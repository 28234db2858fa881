// What the lab shows of its network (`ipmplab status`, `host ls`, `segment ls`): plain data read
// from the state file without decoding any kernel (each host's datalinks and release are picked
// out of its document by SQLite), so a view of a large lab stays cheap.
import type { Db } from '../store/db';
import { stmt } from '../store/statements';
import { defaultHost, listHosts } from '../store/hosts';
import { listSegments } from './segments';
import { DEFAULT_LINKS } from '../kernel/boot';
import type { Release } from '../kernel/model';

export interface NetLinkView {
  name: string;
  /** The NIC (driver instance) the cable plugs into. */
  port: string;
  /** The segment it is plugged into, if any. */
  segment?: string;
}

export interface NetHostView {
  name: string;
  power: 'on' | 'off';
  default: boolean;
  release: Release;
  links: NetLinkView[];
}

export interface NetSegmentView {
  name: string;
  state: 'up' | 'down';
  loss: number;
  /** host:link of every cable plugged in, by host then link. */
  members: string[];
}

export interface NetworkView {
  hosts: NetHostView[];
  segments: NetSegmentView[];
}

interface KernelRow {
  host: number;
  links: string | null;
  release: string | null;
}

export function networkView(db: Db): NetworkView {
  const kernels = new Map((stmt(db, "SELECT host, json_extract(state, '$.links') AS links, json_extract(state, '$.release') AS release FROM kernel")
    .all() as KernelRow[]).map((r) => [r.host, r]));
  const plugs = stmt(db, 'SELECT host, port, segments.name AS segment FROM plugs JOIN segments ON segments.id = plugs.segment').all() as
    { host: number; port: string; segment: string }[];
  const plugged = new Map(plugs.map((p) => [`${p.host}/${p.port}`, p.segment]));
  const dflt = defaultHost(db).id;
  const hosts = listHosts(db).map((h): NetHostView => {
    const k = kernels.get(h.id);
    // A host not booted yet boots net0..net3 at its first command (e1000g0..3).
    const links = k?.links
      ? Object.values(JSON.parse(k.links) as Record<string, { name: string; device?: string }>).map((l) => ({ name: l.name, port: l.device ?? l.name }))
      : DEFAULT_LINKS.map((name, i) => ({ name, port: `e1000g${i}` }));
    return {
      name: h.name,
      power: h.power ? 'on' : 'off',
      default: h.id === dflt,
      release: (k?.release as Release | null) ?? 'illumos',
      links: links.map((l) => {
        const segment = plugged.get(`${h.id}/${l.port}`);
        return segment === undefined ? l : { ...l, segment };
      }),
    };
  });
  const segments = listSegments(db).map((s): NetSegmentView => ({
    name: s.name,
    state: s.up ? 'up' : 'down',
    loss: s.loss,
    members: hosts.flatMap((h) => h.links.filter((l) => l.segment === s.name).map((l) => `${h.name}:${l.name}`)),
  }));
  return { hosts, segments };
}
