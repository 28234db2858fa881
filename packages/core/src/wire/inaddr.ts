/**
 * Text <-> bytes for IPv4 and IPv6 addresses (network byte order), with no
 * name lookups.
 *
 * Output follows inet_ntop(3C): dotted quad for IPv4, and for IPv6 the
 * RFC 5952 canonical form (lower case, leading zeros dropped, the longest run of
 * two or more zero groups — the first one on a tie — replaced by `::`), with
 * IPv4-mapped addresses written as `::ffff:a.b.c.d` (RFC 5952 §5).
 */

/** One to four hex digits (a group of IPv6 text), read by hand like scanQuad below. */
function isHexGroup(text: string): boolean {
  if (text.length < 1 || text.length > 4) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Reads four decimal parts of one to three digits, each at most 255, separated by dots, a
 * character at a time and without allocating (addresses are read several times a route, and a
 * regular expression costs most of a millisecond at its first use): 'canonical' when no part has
 * a leading zero (inet_pton's and the kernel's form), 'decimal' when one has, undefined for any
 * other text. The parts go into `out` when it is given.
 */
export function scanQuad(text: string, out?: { [i: number]: number }): 'canonical' | 'decimal' | undefined {
  const n = text.length;
  if (n < 7 || n > 15) return undefined;
  let part = 0;
  let value = 0;
  let digits = 0;
  let leadingZero = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255 || part === 4) return undefined;
      if (out) out[part] = value;
      part++;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      if (digits > 0 && value === 0) leadingZero = true;
      value = value * 10 + (c - 48);
      digits++;
    } else {
      return undefined;
    }
  }
  if (part !== 4) return undefined;
  return leadingZero ? 'decimal' : 'canonical';
}

/** Parses a dotted quad ("192.168.1.10"); null if it is not one. */
export function parseIPv4(text: string): Uint8Array | null {
  const out = new Uint8Array(4);
  return scanQuad(text, out) === 'canonical' ? out : null;
}

/** Formats 4 bytes as a dotted quad. */
export function formatIPv4(bytes: ArrayLike<number>): string {
  if (bytes.length !== 4) throw new RangeError(`IPv4 address needs 4 bytes, got ${bytes.length}`);
  return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
}

/**
 * Parses IPv6 text, including `::` compression and a trailing dotted quad
 * ("::ffff:10.0.0.1"); null if malformed. Zone suffixes ("%net0") are not
 * accepted: a scope belongs in sin6_scope_id, not in the address.
 */
export function parseIPv6(text: string): Uint8Array | null {
  let head = text;
  const tail: number[] = [];
  if (text.includes('.')) {
    const lastColon = text.lastIndexOf(':');
    const v4 = lastColon < 0 ? null : parseIPv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    tail.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    // "::ffff:1.2.3.4" -> "::ffff", but "::1.2.3.4" -> "::" (keep the compression).
    const prefix = text.slice(0, lastColon + 1);
    head = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }

  const halves = head.split('::');
  if (halves.length > 2) return null;
  const toGroups = (s: string): number[] | null => {
    if (s === '') return [];
    const groups = s.split(':');
    return groups.every(isHexGroup) ? groups.map((g) => parseInt(g, 16)) : null;
  };
  const left = toGroups(halves[0]);
  const right = halves.length === 2 ? toGroups(halves[1]) : [];
  if (left === null || right === null) return null;

  const explicit = left.length + right.length + tail.length;
  let groups: number[];
  if (halves.length === 2) {
    if (explicit > 7) return null;
    groups = [...left, ...new Array<number>(8 - explicit).fill(0), ...right, ...tail];
  } else {
    if (explicit !== 8) return null;
    groups = [...left, ...tail];
  }

  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** Formats 16 bytes the way inet_ntop(AF_INET6) does (see the file comment). */
export function formatIPv6(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`IPv6 address needs 16 bytes, got ${bytes.length}`);
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);

  const isV4Mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isV4Mapped) return `::ffff:${formatIPv4(bytes.subarray(12))}`;

  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }

  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestLength < 2) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}
