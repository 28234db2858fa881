// in.mpathd's configuration: /etc/default/mpathd, read when the daemon starts (mpd_main.c main,
// through getdefault and libc's defread) and so again when it is told to reload (SIGHUP makes it
// exec itself). A value it cannot use gets its own complaint and the default or minimum.
import type { MpathdConfig } from './types';
import { DEFAULT_CONFIG } from './types';

/** mpd_defs.h */
export const MIN_FAILURE_DETECTION_TIME = 100;

/** libc deflt.c BUFFERSIZE: fgets reads at most this many characters less one. */
const DEFREAD_BUFFER = 1024;

/**
 * The index of the line defread(3C) answers for `NAME=` with case ignored (in.mpathd turns
 * DC_CASE off): the first line that starts with it after leading spaces. A line with no newline
 * (too long for the buffer, or the last one of a file that does not end with a newline) ends
 * the search, as fgets gives defread no newline to strip.
 */
function defreadLine(lines: string[], name: string): number | undefined {
  const pattern = `${name}=`.toLowerCase();
  for (let i = 0; i < lines.length; i++) {
    const terminated = i < lines.length - 1;
    if (!terminated || lines[i].length + 1 > DEFREAD_BUFFER - 1) return undefined;
    if (lines[i].replace(/^ +/, '').toLowerCase().startsWith(pattern)) return i;
  }
  return undefined;
}

/** defread: the rest of the matching line after `NAME=`, or undefined. */
export function defread(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  const i = defreadLine(lines, name);
  return i === undefined ? undefined : lines[i].replace(/^ +/, '').slice(name.length + 1);
}

/**
 * The file with `NAME=VALUE` on the line defread would answer for NAME, or added at the end:
 * what an administrator's edit of the file does.
 */
export function setDefault(text: string, name: string, value: string): string {
  const lines = text.split('\n');
  const i = defreadLine(lines, name);
  if (i !== undefined) {
    lines[i] = `${name}=${value}`;
    return lines.join('\n');
  }
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${name}=${value}\n`;
}

/** strtol(s, NULL, 0) of a 32-bit program: white space, a sign, 0x or 0, digits; 0 for none. */
export function strtol0(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F])[0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)?/.exec(s)!;
  if (!m[2]) return 0;
  const digits = m[2];
  const base = /^0[xX]/.test(digits) ? 16 : digits.length > 1 && digits[0] === '0' ? 8 : 10;
  const magnitude = base === 16 ? BigInt(digits) : base === 8 ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  const value = m[1] === '-' ? -magnitude : magnitude;
  const clamped = value > 2147483647n ? 2147483647n : value < -2147483648n ? -2147483648n : value;
  return Number(clamped);
}

export interface ParsedConfig {
  config: MpathdConfig;
  /** in.mpathd's complaints, in the order main() makes them. */
  complaints: string[];
}

/** yes or no, case ignored (strcasecmp); anything else is complained about and the default kept. */
function yesNo(value: string): boolean | undefined {
  const v = value.toLowerCase();
  return v === 'yes' ? true : v === 'no' ? false : undefined;
}

/** What in.mpathd makes of its defaults file (absent: every default, no complaint). */
export function parseMpathdDefaults(text: string | undefined): ParsedConfig {
  const config: MpathdConfig = { ...DEFAULT_CONFIG };
  const complaints: string[] = [];
  const fdt = defread(text, 'FAILURE_DETECTION_TIME');
  if (fdt !== undefined) {
    const n = strtol0(fdt);
    if (n <= 0) {
      complaints.push(`Invalid failure detection time ${fdt}, assuming default of ${DEFAULT_CONFIG.fdt} ms`);
    } else if (n < MIN_FAILURE_DETECTION_TIME) {
      config.fdt = MIN_FAILURE_DETECTION_TIME;
      complaints.push(`Too small failure detection time of ${fdt}, assuming minimum of ${MIN_FAILURE_DETECTION_TIME} ms`);
    } else {
      config.fdt = n;
    }
  }
  const failback = defread(text, 'FAILBACK');
  if (failback !== undefined) {
    const b = yesNo(failback);
    if (b === undefined) complaints.push(`Invalid value for FAILBACK ${failback}`);
    else config.failback = b;
  }
  const track = defread(text, 'TRACK_INTERFACES_ONLY_WITH_GROUPS');
  if (track !== undefined) {
    const b = yesNo(track);
    if (b === undefined) complaints.push(`Invalid value for TRACK_INTERFACES_ONLY_WITH_GROUPS ${track}`);
    else config.trackOnlyGroups = b;
  }
  return { config, complaints };
}

/** The settings in.mpathd reads, as a file line gives them. */
export const MPATHD_SETTINGS = ['FAILURE_DETECTION_TIME', 'FAILBACK', 'TRACK_INTERFACES_ONLY_WITH_GROUPS'] as const;

/** A setting as the defaults file would spell it. */
export function settingText(config: MpathdConfig, key: (typeof MPATHD_SETTINGS)[number]): string {
  if (key === 'FAILURE_DETECTION_TIME') return String(config.fdt);
  return (key === 'FAILBACK' ? config.failback : config.trackOnlyGroups) ? 'yes' : 'no';
}
