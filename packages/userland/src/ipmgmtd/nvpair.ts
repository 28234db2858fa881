// The line format of ipmgmtd's files (illumos ipadm_persist.c ipadm_nvlist2str /
// ipadm_str2nvlist): one object per line, `name=value;` pairs in nvlist insertion order, no
// spaces; several values of one name are joined by ','. Pair order is kept as written, so a
// line read and written back is unchanged.

/** IPADM_NVPAIR_SEP and the name/value separator. */
export const NVPAIR_SEP = ';';
export const NAME_SEP = ',';

/** One line: its pairs in order. */
export type NvList = Array<[name: string, value: string]>;

/** ipadm_str2nvlist: pairs split at ';', each at its first '='; empty pieces skipped. */
export function parseNvLine(line: string): NvList {
  const out: NvList = [];
  for (const piece of line.split(NVPAIR_SEP)) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    out.push(eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)]);
  }
  return out;
}

/** ipadm_nvlist2str: every pair followed by ';'. */
export function formatNvLine(nvl: NvList): string {
  return nvl.map(([n, v]) => `${n}=${v}${NVPAIR_SEP}`).join('');
}

/** The value of `name` in the line, undefined when absent. */
export function nvGet(nvl: NvList, name: string): string | undefined {
  return nvl.find(([n]) => n === name)?.[1];
}

/** Sets `name` (in place when present, appended otherwise, as nvlist_add does). */
export function nvSet(nvl: NvList, name: string, value: string): NvList {
  const i = nvl.findIndex(([n]) => n === name);
  if (i < 0) return [...nvl, [name, value]];
  const out = [...nvl];
  out[i] = [name, value];
  return out;
}

/** Removes `name`. */
export function nvRemove(nvl: NvList, name: string): NvList {
  return nvl.filter(([n]) => n !== name);
}
