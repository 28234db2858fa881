// What a command hands back to the runner: its exit status, the text for people and the
// object for --json. Commands never print, so they are tested as data.
export interface Outcome {
  code: number;
  /** Lines for stdout (each without its newline). */
  lines: string[];
  json: unknown;
  /** Complaints for stderr (each printed as "ipmplab: <text>"), when code is not 0. */
  errors?: string[];
}

export function done(lines: string[], json: unknown): Outcome {
  return { code: 0, lines, json };
}
