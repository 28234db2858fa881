// inet_network(3SOCKET) (libsocket inet/inet_network.c), as nss_files reads the number column
// of /etc/inet/networks with it. Each part must be a whole number here (no trailing white space).
import { digitValue } from './ctype';

/**
 * One part's value: 0x and hex digits, 0 and octal digits, or a decimal number not starting with
 * 0 (the parts inet_network takes); undefined for anything else. Read by hand: the regular
 * expressions this replaced were compiled at their first use, 0.1-0.2 ms of a command that looks
 * up a network name.
 */
function partValue(p: string): number | undefined {
  let base = 10;
  let i = 0;
  if (p[0] === '0') {
    const hex = p[1] === 'x' || p[1] === 'X';
    base = hex ? 16 : 8;
    i = hex ? 2 : 1;
    if (hex && p.length === 2) return undefined;
  } else if (p.length === 0) {
    return undefined;
  }
  let n = 0;
  for (; i < p.length; i++) {
    const d = digitValue(p[i]);
    if (d >= base) return undefined;
    n = n * base + d;
  }
  return n;
}

/** inet_network(3SOCKET): up to four parts (decimal, 0octal, 0xhex), each one byte, as a number. */
export function inetNetwork(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length > 4) return undefined;
  let value = 0;
  for (const p of parts) {
    const n = partValue(p);
    if (n === undefined || n > 0xff) return undefined;
    value = ((value << 8) | n) >>> 0;
  }
  return value;
}
