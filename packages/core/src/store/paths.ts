// Where the state file is: --state FILE, else $IPMPLAB_STATE, else $XDG_STATE_HOME/ipmplab/state.db
// (XDG default ~/.local/state).
import os from 'node:os';
import path from 'node:path';

export function defaultStatePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.IPMPLAB_STATE) return path.resolve(env.IPMPLAB_STATE);
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME)
    ? env.XDG_STATE_HOME
    : path.join(env.HOME || os.homedir(), '.local', 'state');
  return path.join(base, 'ipmplab', 'state.db');
}
