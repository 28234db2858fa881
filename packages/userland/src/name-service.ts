// The lab host's name service: the stock illumos /etc/inet/hosts and /etc/inet/networks.
// The tools resolve names through it exactly where the real ones call getipnodebyname,
// getnetbyname, getnameinfo or getnetbyaddr, so `netstat -r` without -n shows `localhost`.

/** /etc/inet/hosts as shipped. */
export const HOSTS: readonly { addr: string; names: string[] }[] = [
  { addr: '::1', names: ['localhost'] },
  { addr: '127.0.0.1', names: ['localhost', 'loghost'] },
];

/** /etc/inet/networks as shipped (network numbers as written there, not shifted). */
export const NETWORKS: readonly { name: string; number: number }[] = [
  { name: 'arpanet', number: 10 },
  { name: 'loopback', number: 127 },
];

/** getipnodebyname for a host name (numeric text is the caller's business). */
export function hostByName(name: string, family: 'inet' | 'inet6'): string | undefined {
  const want = family === 'inet' ? (a: string) => !a.includes(':') : (a: string) => a.includes(':');
  return HOSTS.find((h) => h.names.includes(name) && want(h.addr))?.addr;
}

/** getnameinfo / gethostbyaddr: the first name of the address, if any. */
export function hostByAddr(addr: string): string | undefined {
  return HOSTS.find((h) => h.addr === addr)?.names[0];
}

/** getnetbyname: the network number as an IPv4 address ("loopback" -> 127.0.0.0). */
export function netByName(name: string): string | undefined {
  const n = NETWORKS.find((x) => x.name === name);
  if (!n) return undefined;
  // inet_makeaddr-style placement: a class A number occupies the first byte.
  return n.number < 256 ? `${n.number}.0.0.0` : undefined;
}

/** getnetbyaddr: the name of a network number (already shifted right, as netstat passes it). */
export function netByNumber(number: number): string | undefined {
  return NETWORKS.find((x) => x.number === number)?.name;
}
