// `ifconfig -a` as ifconfig.c's ifstatus prints it: per logical interface a flags line
// ("NAME: flags=HEX<NAMES> [metric N] mtu N index N"), then indented lines (in_status:
// "inet ADDR [--> DST] netmask HEX [broadcast ADDR]"; in6_status: "inet6 ADDR/PLEN [--> DST]";
// "groupname G", "ether MAC" (print_ifether, as root), "zone Z", "srcof ...", "usesrc ...").
import type { Capture, CapturedLif } from './model';
import { emptyCapture } from './model';
import type { Line } from './lines';
import { indented, words } from './lines';

const FLAGS_LINE = /^([A-Za-z][A-Za-z0-9_.]*(?::\d+)?): flags=([0-9a-fA-F]+)<([A-Za-z0-9_,]*)>((?:\s+metric\s+\d+)?)\s+mtu\s+(\d+)(?:\s+index\s+(\d+))?$/;

/** A hex netmask (ffffff00) as a prefix length; undefined when it is not one. */
function prefixOfHex(hex: string): number | undefined {
  if (!/^(0x)?[0-9a-fA-F]{1,8}$/.test(hex)) return undefined;
  const n = parseInt(hex.replace(/^0x/, ''), 16) >>> 0;
  let plen = 0;
  while (plen < 32 && (n & (0x80000000 >>> plen)) !== 0) plen++;
  return ((n << plen) >>> 0) === 0 ? plen : undefined;
}

/** A dotted quad whose bytes are bytes (captures are anonymised as 10.888.999.1: not an address). */
const isIpv4 = (t: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(t) && t.split('.').every((b) => Number(b) <= 255);
const IPV6 = /^[0-9a-fA-F:.]+(%\w+)?$/;

/** One continuation line into the lif; why it was not understood, or undefined. */
function addLine(l: CapturedLif, w: string[]): string | undefined {
  switch (w[0]) {
    case 'inet': {
      if (l.family !== 'inet' || !isIpv4(w[1] ?? '')) return 'an inet line needs an IPv4 address on an IPv4 interface';
      l.address = w[1];
      for (let i = 2; i < w.length; i += 2) {
        const [key, value] = [w[i], w[i + 1]];
        if (value === undefined) return `${key} without a value (cut off?)`;
        if (key === '-->') l.destination = value;
        else if (key === 'netmask') {
          const p = prefixOfHex(value);
          if (p === undefined) return `netmask ${value} is not a mask`;
          l.prefixlen = p;
        } else if (key === 'broadcast') l.broadcast = value;
        else if (key === 'subnet') continue;
        else return `unknown word ${key}`;
      }
      return l.prefixlen === undefined ? 'an inet line without its netmask (cut off?)' : undefined;
    }
    case 'inet6': {
      const m = /^([^/]+)\/(\d+)$/.exec(w[1] ?? '');
      if (l.family !== 'inet6' || !m || !IPV6.test(m[1])) return 'an inet6 line needs ADDRESS/PREFIX on an IPv6 interface';
      l.address = m[1];
      l.prefixlen = Number(m[2]);
      if (w[2] === '-->' && w[3]) l.destination = w[3];
      else if (w.length > 2) return `unknown words after the address: ${w.slice(2).join(' ')}`;
      return undefined;
    }
    case 'groupname':
      l.group = w.slice(1).join(' ');
      return w.length > 1 ? undefined : 'groupname without a name';
    case 'ether':
      if (!/^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(w[1] ?? '')) return 'ether needs six hexadecimal bytes';
      l.ether = w[1];
      return undefined;
    case 'zone':
      l.zone = w[1];
      return w[1] ? undefined : 'zone without a name';
    case 'srcof':
    case 'usesrc':
      return undefined; // what uses which source: not reproduced, not a configuration line
    default:
      return 'not an ifconfig -a line';
  }
}

export function parseIfconfig(lines: Line[]): Capture {
  const c = emptyCapture('ifconfig-a');
  let cur: CapturedLif | undefined;
  for (const { n, text } of lines) {
    if (text.trim() === '') continue;
    const m = FLAGS_LINE.exec(text);
    if (m) {
      const names = m[3] === '' ? [] : m[3].split(',');
      const family = names.includes('IPv6') ? 'inet6' : 'inet';
      cur = { name: m[1], family, flags: names, flagsHex: m[2], mtu: Number(m[5]), metric: m[4] ? Number(words(m[4])[1]) : 0, index: m[6] ? Number(m[6]) : undefined };
      c.lifs.push(cur);
      continue;
    }
    if (!indented(text) || !cur) {
      c.unparsed.push({ line: n, text, why: /^\S+: flags=/.test(text) ? 'a flags line cut off or malformed' : 'not an ifconfig -a line' });
      continue;
    }
    const why = addLine(cur, words(text));
    if (why) c.unparsed.push({ line: n, text, why });
  }
  return c;
}
