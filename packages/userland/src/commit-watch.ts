// The wake-up of a routing-socket reader: called soon after a writer commits routing messages
// to this session's state file (core's store/notify.ts), so a reader that sleeps between polls
// reads at once, as a process asleep in read(2) on a PF_ROUTE socket is woken. Only a hint: the
// reader keeps polling, and undefined means no wake-up could be arranged (polling only).
import { watchCommits } from '@ipmplab/core/store';
import type { CommitWatch } from '@ipmplab/core/store';
import type { Session } from './session';

export type { CommitWatch };

export function watchSessionCommits(session: Session, onCommit: () => void): CommitWatch | undefined {
  return watchCommits(session.db.name, onCommit);
}
