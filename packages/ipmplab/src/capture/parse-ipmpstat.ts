// ipmpstat's human-readable reports (ipmpstat.c's ofmt field tables): -g (GROUP GROUPNAME STATE
// FDT INTERFACES, a standby member in parentheses, a failed one in brackets), -i (INTERFACE
// ACTIVE GROUP FLAGS LINK PROBE STATE; FLAGS s is standby), -t (INTERFACE MODE TESTADDR
// TARGETS), -a and -p (read to know them; nothing in them configures a host).
import type { Capture, CaptureKind } from './model';
import { emptyCapture } from './model';
import type { Line } from './lines';
import { words } from './lines';

export const IPMPSTAT_HEADERS: [RegExp, CaptureKind][] = [
  [/^GROUP\s+GROUPNAME\s+STATE\s+FDT\s+INTERFACES$/, 'ipmpstat-g'],
  [/^INTERFACE\s+ACTIVE\s+GROUP\s+FLAGS\s+LINK\s+PROBE\s+STATE$/, 'ipmpstat-i'],
  [/^INTERFACE\s+MODE\s+TESTADDR\s+TARGETS$/, 'ipmpstat-t'],
  [/^ADDRESS\s+STATE\s+GROUP\s+INBOUND\s+OUTBOUND$/, 'ipmpstat-a'],
  [/^TIME\s+INTERFACE\s+PROBE\s+NETRTT\s+RTT\s+RTTAVG\s+TARGET$/, 'ipmpstat-p'],
];

/** Each mode's fields in the order -o all gives them (ipmpstat.c's field tables). */
const ALL_FIELDS: Record<string, string[]> = {
  g: ['group', 'groupname', 'state', 'fdt', 'interfaces'],
  i: ['interface', 'active', 'group', 'flags', 'link', 'probe', 'state'],
  t: ['interface', 'mode', 'testaddr', 'targets'],
  a: ['address', 'state', 'group', 'inbound', 'outbound'],
};

/** A -P line's fields: split at ':' not escaped by '\' (ipmpstat's parsable format). */
function parsableFields(text: string): string[] {
  const out = [''];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) out[out.length - 1] += text[++i];
    else if (text[i] === ':') out.push('');
    else out[out.length - 1] += text[i];
  }
  return out;
}

/**
 * `ipmpstat -gP -o FIELDS` and the like: no header, so only a session's prompt line says what
 * the columns are (the mode's letter and -o's list).
 */
export function parseIpmpstatParsable(lines: Line[], command: string): Capture {
  const c = emptyCapture('ipmpstat-parsable');
  const mode = /\s-\w*([gita])/.exec(command)?.[1];
  const o = /-o\s*(\S+)/.exec(command)?.[1];
  const fields = o === undefined || !mode ? undefined : o.toLowerCase() === 'all' ? ALL_FIELDS[mode] : o.toLowerCase().split(',');
  for (const { n, text } of lines) {
    if (text.trim() === '') continue;
    if (!fields || !mode) {
      c.unparsed.push({ line: n, text, why: 'parsable output without the -o fields its command named' });
      continue;
    }
    const v = parsableFields(text);
    if (v.length !== fields.length) {
      c.unparsed.push({ line: n, text, why: `${v.length} fields where -o names ${fields.length}` });
      continue;
    }
    const f = Object.fromEntries(fields.map((k, i) => [k, v[i]]));
    if (mode === 'g' && f.group !== undefined) {
      const members = (f.interfaces ?? '').split(' ').filter((m) => m !== '').map((m) => ({ name: m.replace(/[()[\]]/g, ''), standby: m.startsWith('('), active: !/^[([]/.test(m) }));
      c.groups.push({ interface: f.group, name: f.groupname ?? f.group, state: f.state, fdt: f.fdt, members });
    } else if (mode === 'i' && f.interface !== undefined) {
      c.members.push({ name: f.interface, group: f.group ?? '', standby: (f.flags ?? '')[1] === 's', state: f.state ?? '', link: f.link ?? '' });
    } else if (mode === 't' && f.interface !== undefined) {
      c.probeTargets.push({ interface: f.interface, targets: (f.targets ?? '').split(' ').filter((x) => x !== '') });
    }
  }
  return c;
}

export function parseIpmpstat(lines: Line[], kind: CaptureKind): Capture {
  const c = emptyCapture(kind);
  let header = false;
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '') continue;
    if (!header) {
      if (IPMPSTAT_HEADERS.some(([re, k]) => k === kind && re.test(t))) {
        header = true;
        continue;
      }
      c.unparsed.push({ line: n, text, why: 'before the report\'s header' });
      continue;
    }
    const w = words(t);
    switch (kind) {
      case 'ipmpstat-g': {
        if (w.length < 4) {
          c.unparsed.push({ line: n, text, why: 'a group row cut off' });
          break;
        }
        // "fops0 fops3 (fops2) [fops1]": active, then inactive in parentheses, then unusable in
        // brackets; a bracket or parenthesis may hold several ("[hme0 hme1]").
        const members: { name: string; standby: boolean; active: boolean; state?: string }[] = [];
        let within = '';
        for (const m of w.slice(4)) {
          if (m.startsWith('(') || m.startsWith('[')) within = m[0];
          members.push({ name: m.replace(/[()[\]]/g, ''), standby: within === '(', active: within === '', state: within === '[' ? 'failed' : undefined });
          if (m.endsWith(')') || m.endsWith(']')) within = '';
        }
        c.groups.push({ interface: w[0], name: w[1], state: w[2], fdt: w[3], members });
        break;
      }
      case 'ipmpstat-i':
        if (w.length !== 7 || !/^[-a-zA-Z]{7}$/.test(w[3])) c.unparsed.push({ line: n, text, why: w.length < 7 ? 'an interface row cut off' : 'not an ipmpstat -i row' });
        else c.members.push({ name: w[0], group: w[2], standby: w[3][1] === 's', state: w[6], link: w[4] });
        break;
      case 'ipmpstat-t':
        if (w.length < 3) c.unparsed.push({ line: n, text, why: 'a target row cut off' });
        else c.probeTargets.push({ interface: w[0], targets: w.slice(3).filter((x) => x !== '--') });
        break;
      default:
        if (w.length < 4) c.unparsed.push({ line: n, text, why: 'a row cut off' });
    }
  }
  return c;
}
