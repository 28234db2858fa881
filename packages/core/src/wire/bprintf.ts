/**
 * The bit-name printer of illumos route.c (`bprintf`), used by `route monitor`
 * and `route get` for route flags, metric names, address names and interface
 * flags.
 *
 * route.c describes a table as a string of (bit number, name) pairs where bit
 * number n (1-based) means the value 1 << (n - 1). It prints nothing at all when
 * the value is 0 or when no named bit is set; otherwise `<NAME,NAME,...>` in the
 * table's order (not necessarily bit order: metricnames runs from pksent down to
 * mtu).
 */

/** One entry of a route.c bit-name table: 1-based bit number and its name. */
export type BitName = readonly [bit: number, name: string];

/**
 * Formats `value` (a C `int`; only its low 32 bits count) against `table`
 * exactly as route.c bprintf does.
 */
export function bprintf(value: number, table: readonly BitName[]): string {
  const bits = value >>> 0;
  if (bits === 0) return '';
  const names = table
    .filter(([bit]) => bit >= 1 && bit <= 32 && ((bits >>> (bit - 1)) & 1) === 1)
    .map(([, name]) => name);
  return names.length === 0 ? '' : `<${names.join(',')}>`;
}
