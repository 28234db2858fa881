// `netstat -rn` as netstat.c's ire_report prints it: "Routing Table: IPv4" then its header and
// dashes, one row a route (Destination Gateway Flags Ref Use Interface: the destination without
// its mask), and the same for IPv6 with "Destination/Mask". Releases differ in column widths
// only, so a row is read as words.
import type { Capture } from './model';
import { emptyCapture } from './model';
import type { Line } from './lines';
import { words } from './lines';

const FLAGS = /^[UGHDMSLbRBIACZ]+$/;

export function parseNetstat(lines: Line[]): Capture {
  const c = emptyCapture('netstat-rn');
  let family: 'inet' | 'inet6' | undefined;
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '') continue;
    if (/^Routing Table: IPv4$/.test(t)) family = 'inet';
    else if (/^Routing Table: IPv6$/.test(t)) family = 'inet6';
    else if (/^Destination/.test(t) || /^-+( -+)*$/.test(t)) continue;
    else {
      const w = words(t);
      if (!family) {
        c.unparsed.push({ line: n, text, why: 'a route before any "Routing Table:" line' });
        continue;
      }
      if (w.length < 5 || w.length > 6 || !FLAGS.test(w[2]) || !/^\d+$/.test(w[3]) || !/^\d+$/.test(w[4])) {
        c.unparsed.push({ line: n, text, why: w.length < 5 ? 'a route row cut off' : 'not a netstat -rn row' });
        continue;
      }
      let destination = w[0];
      let prefixlen: number | undefined;
      if (family === 'inet6' && destination.includes('/')) {
        prefixlen = Number(destination.slice(destination.indexOf('/') + 1));
        destination = destination.slice(0, destination.indexOf('/'));
      } else if (family === 'inet6' && destination !== 'default') prefixlen = 128;
      c.routes.push({ family, destination, prefixlen, gateway: w[1], flags: w[2], interface: w[5] });
    }
  }
  return c;
}
