// Durations on the command line ("500ms", "10s", "1m30s", "1.5s", a bare number of seconds),
// for `clock advance` and `log --since`.
import { LabFailure } from './messages';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * The longest single step. Advancing fires every due timer one by one (a persistent DAD
 * conflict re-arms its recovery timer every 5 minutes), so an absurd step would hang the command.
 */
export const MAX_DURATION_MS = 366 * UNIT_MS.d;

/** A bare number of seconds. */
const BARE = /^(\d+(?:\.\d+)?|\.\d+)$/;
/** One or more "<number><unit>" parts, e.g. "1h30m". */
const PARTS = /^(?:(?:\d+(?:\.\d+)?|\.\d+)(?:ms|s|m|h|d))+$/;

/**
 * Milliseconds (rounded to whole ms), or a usage failure. `what` names the command or option
 * the duration was given to, for the complaint about a negative one: time does not run back.
 */
export function parseDuration(text: string, what = 'duration'): number {
  const rest = text.slice(1);
  if (text.startsWith('-') && (BARE.test(rest) || PARTS.test(rest))) throw new LabFailure('negativeDuration', { what, text });
  const bare = BARE.exec(text);
  let ms: number;
  if (bare) ms = Number(bare[1]) * 1000;
  else {
    if (!PARTS.test(text)) throw new LabFailure('badDuration', { text });
    ms = 0;
    for (const m of text.matchAll(/(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h|d)/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  }
  if (!Number.isFinite(ms)) throw new LabFailure('badDuration', { text });
  if (ms > MAX_DURATION_MS) throw new LabFailure('durationTooLong', { text, max: formatDuration(MAX_DURATION_MS) });
  return Math.round(ms);
}

/** "1m30s", "1.5s", "250ms": the shortest faithful spelling, for messages. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const parts: string[] = [];
  let rest = ms;
  for (const unit of ['d', 'h', 'm'] as const) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * UNIT_MS[unit];
  }
  if (rest > 0) parts.push(`${rest / 1000}s`);
  return parts.join('');
}
