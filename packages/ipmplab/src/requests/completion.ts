// Completion for people who keep their own shell: `ipmplab completion bash|zsh` prints a script
// that asks `ipmplab complete-line LINE` for the candidates, so bash and zsh complete the lab's
// tools with the same words as the lab's shell (shell/complete.ts): sub-commands, keywords, and
// the lab's interfaces, groups, hosts and segments.
import type { ToolIO } from '@ipmplab/userland';
import { complete, labNames } from '../shell/complete';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

const TOOLS = ['ipmplab', 'ifconfig', 'route', 'netstat', 'ipmpstat', 'if_mpadm', 'ipadm', 'dladm', 'ping', 'arp', 'rtmon'];

const BASH = [
  '# ipmplab completion for bash: eval "$(ipmplab completion bash)"',
  '_ipmplab_complete() {',
  '  local IFS=$\'\\n\'',
  '  COMPREPLY=( $(ipmplab complete-line "${COMP_LINE:0:$COMP_POINT}" 2>/dev/null) )',
  '}',
  `complete -o default -F _ipmplab_complete ${TOOLS.join(' ')}`,
];

export function completionScript(shell: 'bash' | 'zsh'): Outcome {
  const lines = shell === 'bash' ? BASH
    : ['# ipmplab completion for zsh: eval "$(ipmplab completion zsh)"', 'autoload -U +X bashcompinit && bashcompinit', ...BASH.slice(1)];
  return done(lines, { shell, tools: TOOLS });
}

/** The candidates for the last word of `line`, one a line (a unique one without its space: the shell adds it). */
export function completeLine(line: string, state: string | undefined, host: string | undefined, io: ToolIO): Outcome {
  const [hits] = complete(line, () => labNames(state, host, io));
  return done(hits.map((h) => h.trimEnd()), { candidates: hits.map((h) => h.trimEnd()) });
}
