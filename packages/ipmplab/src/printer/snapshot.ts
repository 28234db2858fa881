// `ipmplab snapshot ls`: plain columns a script can cut (names hold no space; the note is last
// and may), the lab time in ISO 8601 as every lab command shows a time.
import type { SnapshotRow } from '@ipmplab/core/lab';
import { vis } from '@ipmplab/userland';
import { columns } from './network';

/** NAME LAB-TIME HOSTS NOTE; one line "no snapshots" when there are none. */
export function snapshotLines(list: SnapshotRow[]): string[] {
  if (list.length === 0) return ['no snapshots'];
  return columns([
    ['SNAPSHOT', 'LAB TIME', 'HOSTS', 'NOTE'],
    ...list.map((s) => [s.name, new Date(s.taken).toISOString(), s.hosts.join(','), vis(s.note) || '-']),
  ]);
}
