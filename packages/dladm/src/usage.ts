// dladm.c usage(): the header, then every c_usage that is not NULL, each followed by a newline.
import type { DladmCommand } from './commands';
import { MSG } from './messages';

export function usageText(table: readonly DladmCommand[]): string {
  return MSG.usageHeader + table.filter((c) => c.usage !== undefined).map((c) => `${c.usage}\n`).join('');
}
