// inet_network(3SOCKET) (libsocket inet/inet_network.c), as nss_files reads the number column
// of /etc/inet/networks with it. Each part must be a whole number here (no trailing white space).

/** inet_network(3SOCKET): up to four parts (decimal, 0octal, 0xhex), each one byte, as a number. */
export function inetNetwork(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length > 4) return undefined;
  let value = 0;
  for (const p of parts) {
    const m = /^(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.exec(p);
    if (!m) return undefined;
    const n = /^0x/i.test(p) ? parseInt(p.slice(2), 16) : p.length > 1 && p[0] === '0' ? parseInt(p, 8) : Number(p);
    if (n > 0xff) return undefined;
    value = ((value << 8) | n) >>> 0;
  }
  return value;
}
