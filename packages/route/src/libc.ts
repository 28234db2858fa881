// What route.c has of its own beside the C library (which it takes from @ipmplab/userland):
// the prefix-length-to-mask loop of route.c and the printf conversions its printers use.
// Pure functions, no I/O.

/** route.c in_prefixlentomask(): false for a length outside 0..maxlen. `mask` is zeroed by the caller. */
export function inPrefixlenToMask(prefixlen: number, maxlen: number, mask: Uint8Array, offset = 0): boolean {
  if (prefixlen < 0 || prefixlen > maxlen) return false;
  let p = offset;
  while (prefixlen > 0) {
    if (prefixlen >= 8) {
      mask[p++] = 0xff;
      prefixlen -= 8;
      continue;
    }
    mask[p] |= 1 << (8 - prefixlen);
    prefixlen--;
  }
  return true;
}

/** `printf("%d", v)` of a 32-bit value. */
export const pct_d = (v: number) => String(v | 0);

/** `printf("%8d")` of a 32-bit value. */
export const pct_8d = (v: number) => pct_d(v).padStart(8);

/** `printf("%-20.20s")`. */
export const pct_m20_20s = (s: string) => s.slice(0, 20).padEnd(20);
