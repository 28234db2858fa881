// `ipmplab demo`: reboots the state as a fresh host and plays the narrated rehearsal, running
// every command through the same entry points as the real tools, in this process.
import { ioctl } from '@ipmplab/core/syscalls';
import { openSession } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { paint } from '../printer/colour';
import { DEMO } from './demo-script';
import { ipadmDemo } from './demo-ipadm-script';
import { TOOLS } from './tools';
import type { ToolMain } from './tools';

/** How a person would type the argv at a shell prompt. */
export function shellLine(argv: string[]): string {
  return argv.map((a) => (a === '' ? '""' : /[\s"'$`\\]/.test(a) ? `'${a}'` : a)).join(' ');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The release the host runs, as uname(2) tells a program. */
function hostRelease(io: ToolIO, statePath: string) {
  const session = openSession(statePath, io);
  try {
    return session.view((k) => ioctl(k, 'UNAME', {}).distribution);
  } finally {
    session.close();
  }
}

/** `lab` is ipmplab's own entry (handed in by main.ts, as to a batch, so demo and lab need not import each other). */
export function runDemo(io: ToolIO, statePath: string, lab: ToolMain, dialect: 'ifconfig' | 'ipadm' = 'ifconfig'): number {
  const c = paint(io);
  const width = Math.min(100, Number(io.env.COLUMNS) || 80) - 2;
  const runArgv = (argv: string[]) => (argv[0] === 'ipmplab' ? lab : TOOLS[argv[0]]())([...argv.slice(1), '--state', statePath], io);
  io.stdout(c.bold(`ipmplab demo: a rehearsal on ${statePath}, rebooted as a fresh host; its clock is back on real time when it ends.\n`));
  if (runArgv(['ipmplab', 'reset']) !== 0) return 1;
  let failures = 0;
  for (const step of dialect === 'ipadm' ? ipadmDemo(hostRelease(io, statePath)) : DEMO) {
    if ('say' in step) {
      io.stdout(`\n${wrap(step.say, width).map((l) => c.cyan(`# ${l}`)).join('\n')}\n`);
      continue;
    }
    io.stdout(`${c.bold(`$ ${shellLine(step.run)}`)}\n`);
    const code = runArgv(step.run);
    // Some steps fail on purpose (to show the error texts); anything else is a broken demo.
    if (code !== 0 && step.run[0] === 'ipmplab') failures++;
  }
  return failures === 0 ? 0 : 1;
}
