// Interface names: "net0" is logical unit 0 of phyint net0, "net0:3" is unit 3
// (ip_if.c ipif_lookup_on_name, is_lifname_valid, ill_get_ppa_ptr).

export const LIFNAMSIZ = 32;
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
