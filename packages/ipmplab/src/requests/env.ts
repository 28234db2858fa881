// `ipmplab env`: for people who keep their own shell, `eval "$(ipmplab env)"` puts the lab's
// tools first on PATH, names the state file (and the host, when one was named), and shadows the
// illumos programs the lab lacks with functions that answer what `ipmplab shell` answers, so a
// rehearsal never reaches the machine's own snoop, pkill or reboot. POSIX sh syntax (bash, zsh,
// ksh). Job control and shells (kill, sh, bash) are not shadowed: the user's shell needs them.
import { ELSEWHERE } from '../shell/commands';
import { MAN_PAGES } from '../shell/man';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

const SHADOWED = ['snoop', 'tcpdump', 'dtrace', 'truss', 'pkill', 'pgrep', 'svcadm', 'svcs', 'routeadm', 'ndd', 'reboot', 'init',
  'shutdown', 'dmesg', 'traceroute'];

/** A word in single quotes for sh (a quote inside closes, escapes and reopens). */
const quote = (s: string) => `'${s.split("'").join("'\\''")}'`;

export function envCommand(binDir: string, state: string, host: string | undefined): Outcome {
  const lines = [
    `PATH=${quote(binDir)}:"$PATH"; export PATH`,
    `IPMPLAB_STATE=${quote(state)}; export IPMPLAB_STATE`,
    ...(host !== undefined ? [`IPMPLAB_HOST=${quote(host)}; export IPMPLAB_HOST`] : []),
    ...SHADOWED.map((name) => `${name}() { echo ${quote(`${name}: not in the lab: ${ELSEWHERE[name]}`)} >&2; return 127; }`),
    // The lab's manual pages for its tools, the machine's for anything else.
    `man() { case "$1" in ${Object.keys(MAN_PAGES).join('|')}) ipmplab man "$@";; *) command man "$@";; esac; }`,
  ];
  return done(lines, { path: binDir, state, host: host ?? null, shadowed: SHADOWED, man: Object.keys(MAN_PAGES) });
}
