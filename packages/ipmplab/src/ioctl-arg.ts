// The JSON argument of `ipmplab ioctl`: an object; 64-bit flag words may be given as "0x..."
// strings or numbers and become bigints for the requests that carry lifr_flags.
import { LabFailure } from './messages';

/** Keys whose value is a 64-bit lifr_flags word. */
const BIGINT_KEYS = new Set(['flags']);
const BIGINT_CMDS = new Set(['SIOCSLIFFLAGS']);

export function parseIoctlArg(cmd: string, text: string): unknown {
  let arg: unknown;
  try {
    arg = JSON.parse(text);
  } catch {
    throw new LabFailure('badJson', { text });
  }
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) throw new LabFailure('badJson', { text });
  if (BIGINT_CMDS.has(cmd)) {
    for (const [key, v] of Object.entries(arg as Record<string, unknown>)) {
      if (!BIGINT_KEYS.has(key)) continue;
      try {
        (arg as Record<string, unknown>)[key] = BigInt(v as string | number);
      } catch {
        throw new LabFailure('badJson', { text });
      }
    }
  }
  return arg;
}

