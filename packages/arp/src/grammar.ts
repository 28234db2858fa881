// arp's argv (arp.c main): getopt(3C) over "nadfs"; at most one of -a, -d, -f, -s (a second
// one, even the same letter again, is a usage error); -n only with -a; then the operand count
// picks the mode.
import { getopt } from '@ipmplab/userland';
import { TOOL } from './messages';

export type ArpMode =
  | { kind: 'all'; numeric: boolean }
  | { kind: 'set'; args: string[] }
  | { kind: 'delete'; host: string }
  | { kind: 'file'; name: string }
  | { kind: 'get'; host: string };

/** The mode, or usage (after getopt's own complaint, if any). */
export function parseArp(argv: string[]): { mode: ArpMode } | { usage: true; complaint?: string } {
  let n = false;
  let picked: 'a' | 'd' | 'f' | 's' | undefined;
  const state = { optind: 0 };
  for (const item of getopt(TOOL, argv, 'nadfs', state)) {
    if (item.opt === '?') return { usage: true, complaint: item.error };
    if (item.opt === 'n') n = true;
    else {
      if (picked) return { usage: true };
      picked = item.opt as 'a' | 'd' | 'f' | 's';
    }
  }
  if (n && picked !== 'a') return { usage: true };
  const rest = argv.slice(state.optind);
  if (picked === 'a' && rest.length === 0) return { mode: { kind: 'all', numeric: n } };
  if (picked === 's' && rest.length >= 2) return { mode: { kind: 'set', args: rest } };
  if (picked === 'd' && rest.length === 1) return { mode: { kind: 'delete', host: rest[0] } };
  if (picked === 'f' && rest.length === 1) return { mode: { kind: 'file', name: rest[0] } };
  if (!picked && rest.length === 1) return { mode: { kind: 'get', host: rest[0] } };
  return { usage: true };
}
