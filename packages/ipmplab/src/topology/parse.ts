// A topology file's text to a checked Topology, or one LabFailure naming the first problem and
// where it is ("line 7, hosts[1].name: ..."). It reads no state: the whole file is judged before
// `init --topology` touches the lab, so a refused file changes nothing.
// YAML and JSON go through the same parser (JSON is YAML 1.2), which keeps each node's place in
// the text for the error's line number.
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { validHostName, validSegmentName } from '@ipmplab/core/lab';
import { errorText, LabFailure } from '../messages';
import type { ErrorId } from '../messages';
import { parseLinkList } from '../linknames';
import { refuseToolLine } from '../requests/batch';
import { TOPOLOGY_SCHEMA } from './schema';
import type { Topology } from './schema';

/** A file larger than this is not a lab description (and is refused before it is parsed). */
export const MAX_TOPOLOGY_BYTES = 1024 * 1024;

type Path = (string | number)[];

/** Compiled on first use: ajv's code generation is not paid by every other lab command. */
let validator: ValidateFunction<Topology> | undefined;
const validate = (): ValidateFunction<Topology> => (validator ??= new Ajv({ allErrors: false, verbose: true }).compile<Topology>(TOPOLOGY_SCHEMA));

/** "hosts[1].name" for ['hosts', 1, 'name']. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The problems of one file: each knows its place in the text. */
class Place {
  constructor(readonly file: string, private readonly doc: Document, private readonly lines: LineCounter) {}

  /** The line of the node at `path`, or of the nearest enclosing node the file has. */
  line(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return 1;
  }

  fail(path: Path, id: ErrorId | { text: string }, params: Record<string, string | number> = {}): never {
    const problem = typeof id === 'string' ? errorText(id, params) : id.text;
    const where = path.length ? `line ${this.line(path)}, ${pathText(path)}` : `line ${this.line(path)}`;
    throw new LabFailure('topology', { file: this.file, problem: `${where}: ${problem}` });
  }
}

/** The shape's complaint in the lab's words. */
function shapeFailure(place: Place, e: ErrorObject): never {
  const path: Path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': return place.fail(path, 'topologyMissingField', { field: String(p.missingProperty) });
    case 'additionalProperties': {
      const fields = Object.keys((e.parentSchema as { properties: object }).properties).join(', ');
      return place.fail([...path, String(p.additionalProperty)], 'topologyUnknownField', { field: String(p.additionalProperty), fields });
    }
    case 'type': return place.fail(path, 'topologyType', { type: p.type === 'object' ? 'a mapping' : p.type === 'array' ? 'a list' : `a ${String(p.type)}` });
    case 'enum': return place.fail(path, 'topologyChoice', { given: String(e.data), choices: (p.allowedValues as string[]).join(' or ') });
    case 'maxItems': return place.fail(path, 'topologyTooMany', { max: Number(p.limit) });
    case 'minItems': return place.fail(path, 'topologyEmpty');
    case 'maxLength': return place.fail(path, 'topologyTooLong', { max: Number(p.limit) });
    default: return place.fail(path, { text: e.message ?? e.keyword });
  }
}

/** A name or link list's own refusal (the texts `host add` and `--links` print), placed. */
function checked<T>(place: Place, path: Path, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LabFailure) place.fail(path, { text: e.message });
    throw e;
  }
}

/** What needs the whole file: unique valid names, links, and cables that name what exists. */
function crossCheck(place: Place, t: Topology): void {
  const hosts = new Map<string, { index: number; links: Set<string> }>();
  t.hosts.forEach((h, i) => {
    if (!validHostName(h.name)) place.fail(['hosts', i, 'name'], 'badHostName', { name: h.name || "''" });
    const first = hosts.get(h.name);
    if (first) place.fail(['hosts', i, 'name'], 'topologyHostTwice', { name: h.name, first: place.line(['hosts', first.index]) });
    // One element of the list must stay one link: a ',' inside it is a bad name, not two.
    if (h.links) h.links.forEach((l, j) => { if (l.includes(',')) place.fail(['hosts', i, 'links', j], 'badLinkName', { name: l }); });
    const links = h.links ? checked(place, ['hosts', i, 'links'], () => parseLinkList(h.links!.join(','))) : undefined;
    hosts.set(h.name, { index: i, links: new Set(links ?? ['net0', 'net1', 'net2', 'net3']) });
  });
  // A boot line that could never run is refused now, not halfway through building the lab.
  t.hosts.forEach((h, i) => (h.boot ?? []).forEach((line, j) => {
    const why = refuseToolLine(line);
    if (why !== undefined) place.fail(['hosts', i, 'boot', j], { text: why });
  }));
  const segments = new Map<string, number>();
  (t.segments ?? []).forEach((s, i) => {
    if (!validSegmentName(s)) place.fail(['segments', i], 'badSegmentName', { name: s || "''" });
    const first = segments.get(s);
    if (first !== undefined) place.fail(['segments', i], 'topologySegmentTwice', { name: s, first: place.line(['segments', first]) });
    segments.set(s, i);
  });
  const ports = new Map<string, number>();
  (t.cables ?? []).forEach((c, i) => {
    const host = hosts.get(c.host);
    if (!host) place.fail(['cables', i, 'host'], 'topologyCableHost', { host: c.host });
    if (!host.links.has(c.link)) place.fail(['cables', i, 'link'], 'topologyCableLink', { host: c.host, link: c.link });
    if (!segments.has(c.segment)) place.fail(['cables', i, 'segment'], 'topologyCableSegment', { segment: c.segment });
    const port = `${c.host}:${c.link}`;
    const first = ports.get(port);
    if (first !== undefined) place.fail(['cables', i], 'topologyCableTwice', { host: c.host, link: c.link, first: place.line(['cables', first]) });
    ports.set(port, i);
  });
}

/** `file` is the name shown in complaints: the path as typed, or a built-in's name. */
export function parseTopology(file: string, text: string): Topology {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const place = new Place(file, doc, lines);
  const bad = doc.errors[0];
  if (bad) {
    const line = lines.linePos(bad.pos[0]).line;
    // yaml's message may go on with a quote of the text; the first line says what is wrong.
    throw new LabFailure('topology', { file, problem: `line ${line}: ${errorText('topologySyntax', { detail: bad.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') })}` });
  }
  const data: unknown = doc.toJS();
  const v = validate();
  if (!v(data)) shapeFailure(place, v.errors![0]);
  crossCheck(place, data);
  return data;
}
