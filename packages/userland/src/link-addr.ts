// Hardware addresses as libinetutil reads and writes them: _link_aton() (octets of one or two hex
// digits separated by ':', any count) and _link_ntoa(..., IFT_OTHER) (each octet "%x", no
// leading zero), which dladm show-phys -m and show-linkprop, and arp, print.

/** _link_aton: the octets, or undefined for text that is not an address (*addrlen = -1). */
export function linkAton(text: string): number[] | undefined {
  if (text === '') return undefined;
  const octets: number[] = [];
  for (const part of text.split(':')) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(part)) return undefined;
    octets.push(parseInt(part, 16));
  }
  return octets;
}

/** _link_ntoa(addr, NULL, len, IFT_OTHER). */
export function linkNtoa(octets: readonly number[]): string {
  return octets.map((b) => b.toString(16)).join(':');
}

/** The kernel's form of an address (lower-case hex, two digits, ':') as octets. */
export function octetsOf(kernelMac: string): number[] {
  return kernelMac.split(':').map((h) => parseInt(h, 16));
}
