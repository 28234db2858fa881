// Interface names: "net0" is logical unit 0 of phyint net0, "net0:3" is unit 3
// (ip_if.c ipif_lookup_on_name, is_lifname_valid, ill_get_ppa_ptr).

export const LIFNAMSIZ = 32;
/** if.h: a group name is at most 31 bytes and its NUL. */
export const LIFGRNAMSIZ = 32;
/** ip_addrs_per_if: logical interface ids 0..255. */
export const MAX_LOGICAL_ID = 255;

export interface LifName {
  /** Physical name, "net0". */
  phys: string;
  /** Logical unit, 0 for the bare name. */
  id: number;
  /** Type prefix ("net") and PPA (0) of the physical name. */
  type: string;
  ppa: number;
}

export type LifNameError = 'ENXIO' | 'ERANGE' | 'ENAMETOOLONG';

/**
 * Parses a logical interface name; returns the errno the kernel answers for a bad one. The
 * name is a letter, then letters, digits, '_' or '.', ending in a unit number without leading
 * zeros (the type is the shortest start that leaves one: "net00" is unit 0 of type "net0"),
 * optionally ":" and a logical id. Read a character at a time: every tool names interfaces at
 * start, and the regular expression this was written as cost 0.1-0.15 ms at its first use.
 */
export function parseLifName(name: string): LifName | LifNameError {
  if (name.length > LIFNAMSIZ - 1) return 'ENAMETOOLONG';
  const colon = name.indexOf(':');
  const end = colon < 0 ? name.length : colon;
  if (end === 0 || !isLetter(name.charCodeAt(0))) return 'ENXIO';
  for (let i = 1; i < end; i++) if (!isNameChar(name.charCodeAt(i))) return 'ENXIO';
  // The trailing digits; the unit is the longest tail of them without a leading zero, or the
  // last "0" when they are all zeros.
  let digits = end;
  while (digits > 0 && isDigit(name.charCodeAt(digits - 1))) digits--;
  if (digits === end) return 'ENXIO';
  let unit = digits;
  while (unit < end - 1 && name.charCodeAt(unit) === 48) unit++;
  let id = 0;
  if (colon >= 0) {
    const logical = name.slice(colon + 1);
    if (logical === '') return 'ENXIO';
    for (let i = 0; i < logical.length; i++) if (!isDigit(logical.charCodeAt(i))) return 'ENXIO';
    if (logical.length > 1 && logical.charCodeAt(0) === 48) return 'ENXIO';
    id = Number(logical);
  }
  if (id > MAX_LOGICAL_ID) return 'ERANGE';
  return { phys: name.slice(0, end), id, type: name.slice(0, unit), ppa: Number(name.slice(unit, end)) };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || isDigit(c) || c === 46 || c === 95;

export function lifName(phys: string, id: number): string {
  return id === 0 ? phys : `${phys}:${id}`;
}

/**
 * A char[size] field of a request as the kernel reads it: up to the first NUL, and never more
 * than size - 1 bytes, whatever the caller put there (ip_if.c ip_sioctl_groupname and
 * ip_sioctl_groupinfo terminate the group name at lifr_groupname[LIFGRNAMSIZ - 1]; ifconfig
 * strlcpy()s it into the field first). Bytes, not characters: a UTF-8 character cut by the
 * limit is dropped whole, as a string cannot hold half of one. Any other byte is accepted:
 * the kernel does not look at the characters of a group name.
 */
export function cString(text: string, size: number): string {
  const nul = text.indexOf('\0');
  const s = nul < 0 ? text : text.slice(0, nul);
  if (Buffer.byteLength(s) < size) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    bytes += Buffer.byteLength(ch);
    if (bytes > size - 1) break;
    out += ch;
  }
  return out;
}
