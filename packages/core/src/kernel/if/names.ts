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

/** Parses a logical interface name; returns the errno the kernel answers for a bad one. */
export function parseLifName(name: string): LifName | LifNameError {
  if (name.length > LIFNAMSIZ - 1) return 'ENAMETOOLONG';
  const m = /^([a-zA-Z][a-zA-Z0-9._]*?)(0|[1-9][0-9]*)(?::([0-9]+))?$/.exec(name);
  if (!m) return 'ENXIO';
  const id = m[3] === undefined ? 0 : Number(m[3]);
  if (m[3] !== undefined && (m[3].length > 1 && m[3].startsWith('0'))) return 'ENXIO';
  if (id > MAX_LOGICAL_ID) return 'ERANGE';
  return { phys: `${m[1]}${m[2]}`, id, type: m[1], ppa: Number(m[2]) };
}

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
