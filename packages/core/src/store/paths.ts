// Where the state file is: --state FILE, else $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db
// (XDG default ~/.local/state).
import { createRequire } from 'node:module';
import path from 'node:path';

/** The user's home directory when $HOME does not say it (node:os is loaded only then). */
const homedir = () => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();

/**
 * The place ipmplab chooses by itself: $XDG_STATE_HOME/ipmplab/state.db. Its directory is
 * checked strictly (ours alone); a file the user named elsewhere sits where they chose.
 */
export function placedStatePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME)
    ? env.XDG_STATE_HOME
    : path.join(env.HOME || homedir(), '.local', 'state');
  return path.join(base, 'ipmplab', 'state.db');
}

export function defaultStatePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.IPMPLAB_STATE ? path.resolve(env.IPMPLAB_STATE) : placedStatePath(env);
}
