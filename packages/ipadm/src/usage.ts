// usage(): "usage:  ipadm <subcommand> <args> ..." and every command's c_usage, on stderr, exit 1.
import type { Release } from '@ipmplab/core/syscalls';
import type { IpadmCommand } from './commands';
import { commandsOf } from './commands';
import { MSG } from './messages';

export function usageText(release: Release, table: readonly IpadmCommand[] = commandsOf(release)): string {
  return MSG.usageHeader + table.map((c) => `${c.usage}\n`).join('');
}
