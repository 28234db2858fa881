// The shape of a topology file (`ipmplab init --topology`), as a JSON Schema that ajv checks
// before anything else reads the file, and the TypeScript type it guarantees. The schema holds
// only what a shape can say (fields, types, releases, sizes); what needs the whole file (unique
// names, cables that name existing hosts, links and segments) is parse.ts's cross-check.
import { RELEASES } from '@ipmplab/core/syscalls';
import type { Release } from '@ipmplab/core/syscalls';
import { MAX_HOSTS, MAX_SEGMENTS } from '@ipmplab/core/lab';

export interface TopologyHost {
  name: string;
  /** Datalink names; absent, net0..net3 as `host add` gives. */
  links?: string[];
  release?: Release;
  /** Tool command lines as `ipmplab batch` takes them, run on this host in order. */
  boot?: string[];
}

export interface TopologyCable {
  host: string;
  link: string;
  segment: string;
}

export interface Topology {
  hosts: TopologyHost[];
  segments?: string[];
  cables?: TopologyCable[];
}

/** A boot line or a name longer than this is a mistake, not a lab (and keeps errors one line). */
const MAX_TEXT = 1024;
/** Boot lines per host: a generous rehearsal, not a route table load (that is `ipmplab batch`). */
export const MAX_BOOT_LINES = 1000;

const text = { type: 'string', maxLength: MAX_TEXT } as const;

export const TOPOLOGY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['hosts'],
  properties: {
    hosts: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_HOSTS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: text,
          links: { type: 'array', minItems: 1, items: text },
          release: { type: 'string', enum: [...RELEASES] },
          boot: { type: 'array', maxItems: MAX_BOOT_LINES, items: text },
        },
      },
    },
    segments: { type: 'array', maxItems: MAX_SEGMENTS, items: text },
    cables: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['host', 'link', 'segment'],
        properties: { host: text, link: text, segment: text },
      },
    },
  },
} as const;
