// `ipmplab help [TOPIC]`: the lab's own concepts, a screen each (the tools' illumos words are
// illumos'; what the lab adds is here and in README.md).
import { done } from '../outcome';
import type { Outcome } from '../outcome';

export const HELP_TOPICS: Record<string, string[]> = {
  clock: [
    'The lab\'s clock: real (time passes as on the machine) or manual (it stands still between commands).',
    '  ipmplab clock                     show it',
    '  ipmplab clock manual [TIME]       freeze it (at TIME, ISO 8601); timers keep their remaining delay',
    '  ipmplab clock advance DURATION    let time pass (5s, 2m, 1h30m): every host\'s timers fire in order',
    '  ipmplab clock real                follow the wall clock again',
    'DAD, in.mpathd\'s probes and failure detection, and neighbour caches all run on it. On a manual',
    'clock ping\'s waits are the lab\'s time passing; the shell\'s prompt shows the time.',
  ],
  faults: [
    'Faults the lab can inject (each undone by its opposite):',
    '  ipmplab link NAME up|down          a cable (the NIC\'s carrier)',
    '  ipmplab unplug HOST:LINK           a cable out of its switch (carrier stays: only probes see it)',
    '  ipmplab segment down|up NAME       a switch that stops forwarding',
    '  ipmplab segment loss NAME PERCENT  a lossy switch (seeded: a replay loses the same frames)',
    '  ipmplab host power NAME off|on     a host that stops answering; on boots it',
    '  ipmplab probe-loss IF on|off       every probe from one interface lost',
    '  ipmplab target ADDR up|down        a probe target outside the lab',
    '  ipmplab dad conflict|clear ADDR    another machine owns an address',
    '  ipmplab mac NAME ADDRESS           a link\'s hardware address (duplicates in a group)',
  ],
  hosts: [
    'A lab is a network: several hosts, each a whole kernel, on segments (switches).',
    '  ipmplab host add NAME [--links a,b] [--release illumos|solaris11]',
    '  ipmplab host ls | rm NAME | rename NAME NEW | default NAME | power NAME on|off',
    '  ipmplab segment add|rm|up|down NAME, segment ls, segment loss NAME PERCENT',
    '  ipmplab plug HOST:LINK SEGMENT, ipmplab unplug HOST:LINK',
    '  ipmplab init --topology FILE|NAME  a whole lab from a YAML or JSON file (docs/topologies.md)',
    'Every tool acts on one host: --host NAME, else $IPMPLAB_HOST, else the lab\'s default host.',
  ],
  shell: [
    'ipmplab shell: every tool at one prompt, in one process; ipmplab shell -f SCRIPT runs a script.',
    'Lines as sh reads them (; && || | $? > >> 2>&1 # NAME=value), pipes into grep, head, sort, ...;',
    'illumos programs the lab lacks answer with what it offers. eval "$(ipmplab env)" sets up your',
    'own shell instead, eval "$(ipmplab completion bash)" completes the tools there.',
  ],
  snapshots: [
    'Snapshots keep the whole lab (every host, segment and cable) inside the state file.',
    '  ipmplab snapshot save NAME [-m NOTE], snapshot ls, snapshot rm NAME',
    '  ipmplab snapshot restore NAME      back to it, in one transaction (rtmon prints one lab line)',
    '  ipmplab snapshot diff NAME [OTHER] what differs from now (or OTHER), per host, as the tools print it',
    '  ipmplab snapshot export NAME FILE, snapshot import FILE [--name NAME]   to share one (- is stdout/stdin)',
    'What builds a host on a real one of its release, and a host rebuilt from a real one\'s captures:',
    '  ipmplab export [--as ifconfig|ipadm|files]',
    '  ipmplab import FILE...           ifconfig -a, netstat -rn, ipadm, ipmpstat, dladm output, /etc files',
  ],
};

export function helpCommand(topic: string | undefined): Outcome {
  if (topic === undefined) return done([`Topics: ${Object.keys(HELP_TOPICS).join(', ')} (ipmplab help TOPIC); ipmplab --help lists the commands.`], { topics: Object.keys(HELP_TOPICS) });
  const text = HELP_TOPICS[topic]; // the grammar takes only these topics
  return done(text, { topic, text });
}
