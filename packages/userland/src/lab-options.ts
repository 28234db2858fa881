// Options every tool takes in addition to its illumos grammar (lab additions, spelled with two
// dashes so they can never collide with an illumos word): --state FILE and --json.
export interface LabOptions {
  state?: string;
  json: boolean;
  /** argv with the lab options removed, for the tool's own grammar. */
  rest: string[];
  error?: string;
}

export function takeLabOptions(argv: string[]): LabOptions {
  const rest: string[] = [];
  let state: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--state') {
      if (i + 1 >= argv.length) return { json, rest, error: 'option --state requires a file name' };
      state = argv[++i];
    } else if (a.startsWith('--state=')) state = a.slice('--state='.length);
    else rest.push(a);
  }
  if (state === '') return { json, rest, error: 'option --state requires a file name' };
  return { state, json, rest };
}
