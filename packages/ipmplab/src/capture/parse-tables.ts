// ipadm's and dladm's reports (libofmt columns, read as words: no field holds a blank):
// ipadm show-addr (ADDROBJ TYPE STATE ADDR), ipadm show-if (illumos: IFNAME STATE CURRENT
// PERSISTENT; Solaris 11.4: IFNAME CLASS STATE ACTIVE OVER), dladm show-link (illumos: LINK
// CLASS MTU STATE BRIDGE OVER; Solaris 11: LINK CLASS MTU STATE OVER), dladm show-phys
// (LINK MEDIA STATE SPEED DUPLEX DEVICE), and Solaris 11.4's bare ipadm (NAME CLASS/TYPE STATE
// UNDER ADDR: an interface at the margin, its address objects indented under it).
import type { Capture, CaptureKind } from './model';
import { emptyCapture } from './model';
import type { Line } from './lines';
import { words } from './lines';

export const TABLE_HEADERS: [RegExp, CaptureKind][] = [
  [/^ADDROBJ\s+TYPE\s+STATE\s+ADDR$/, 'ipadm-show-addr'],
  [/^IFNAME\s+(CLASS\s+)?STATE\s+(CURRENT\s+PERSISTENT|ACTIVE\s+OVER)$/, 'ipadm-show-if'],
  [/^LINK\s+CLASS\s+MTU\s+STATE\s+(BRIDGE\s+)?OVER$/, 'dladm-show-link'],
  [/^LINK\s+MEDIA\s+STATE\s+SPEED\s+DUPLEX\s+DEVICE$/, 'dladm-show-phys'],
  [/^NAME\s+CLASS\/TYPE\s+STATE\s+UNDER\s+ADDR$/, 'ipadm-overview'],
];

export function parseTable(lines: Line[], kind: CaptureKind): Capture {
  const c = emptyCapture(kind);
  let columns: string[] | undefined;
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '') continue;
    if (!columns) {
      if (TABLE_HEADERS.some(([re, k]) => k === kind && re.test(t))) columns = words(t);
      else c.unparsed.push({ line: n, text, why: 'before the report\'s header' });
      continue;
    }
    const w = words(t);
    if (kind === 'ipadm-overview') {
      if (w.length !== 5) c.unparsed.push({ line: n, text, why: w.length < 5 ? 'a row cut off' : 'not a row of ipadm' });
      else if (/^\s/.test(text)) c.addrobjs.push({ addrobj: w[0], type: w[1], state: w[2], address: w[4] });
      else if (w[1] === 'ipmp') c.groups.push({ name: w[0], interface: w[0], state: w[2], members: [] });
      else if (w[3] !== '--') c.members.push({ name: w[0], group: w[3], standby: false, state: w[2], link: '' });
      continue;
    }
    if (w.length < columns.length) {
      c.unparsed.push({ line: n, text, why: 'a row cut off' });
      continue;
    }
    // The last column may hold several words (OVER of an aggregation: "net0 net1").
    const row = Object.fromEntries(columns.map((col, i) => [col, i === columns!.length - 1 ? w.slice(i).join(' ') : w[i]]));
    switch (kind) {
      case 'ipadm-show-addr':
        c.addrobjs.push({ addrobj: row.ADDROBJ, type: row.TYPE, state: row.STATE, address: row.ADDR });
        break;
      case 'dladm-show-link':
        c.links.push({ name: row.LINK, class: row.CLASS, mtu: Number(row.MTU) || undefined, state: row.STATE, over: row.OVER });
        break;
      case 'dladm-show-phys':
        c.links.push({ name: row.LINK, class: 'phys', media: row.MEDIA, state: row.STATE, device: row.DEVICE });
        break;
      default:
        break; // show-if: the interfaces show-addr and ifconfig -a name already
    }
  }
  return c;
}
