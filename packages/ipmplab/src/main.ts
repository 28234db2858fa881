// `ipmplab`: the lab's own command (an addition to illumos, so its syntax is yargs', not a
// clone's). Lab options first, then the grammar, then one command against the state file.
// Exit status: 0 done, 1 the operation failed or the state file was refused, 2 bad usage
// (nothing was opened), 70 internal error (guard).
import { guard, jsonText, openSession, statePath, takeLabOptions, vis, visStderr } from '@ipmplab/userland';
import type { LabOptions } from '@ipmplab/userland';
import type { ToolIO } from '@ipmplab/userland';
import { parseLab } from './grammar';
import type { LabRequest } from './grammar';
import { EXIT, LabFailure, USAGE_HINT } from './messages';
import type { Outcome } from './outcome';
import type { LabContext } from './context';
import { bootCommand } from './requests/boot';
import { linkCommand, macCommand } from './requests/link';
import { dadClear, dadConflict, dadList } from './requests/dad';
import { clockAdvance, clockManual, clockReal, clockShow } from './requests/clock';
import { logCommand } from './requests/log';
import { statusCommand } from './requests/status';
import { checkCommand } from './requests/check';
import { envCommand } from './requests/env';
import { completeLine, completionScript } from './requests/completion';
import { helpCommand } from './requests/help';
import { MAN_PAGES } from './shell/man';
import { done } from './outcome';
import path from 'node:path';
import { runDemo } from './requests/demo';
import { runBatch } from './requests/batch';
import { runReboot } from './requests/reboot';
import { runTopologyInit } from './requests/topology';
import { hostAdd, hostDefault, hostList, hostPowerOff, hostRemove, hostRename, plugCommand, runPowerOn, segmentAdd, segmentList, segmentLoss,
  segmentRemove, segmentState, unplugCommand } from './requests/network';
import { fileCommand } from './requests/file';
import { snapshotExport, snapshotImport, snapshotList, snapshotRemove, snapshotRestore, snapshotSave } from './requests/snapshot';
import { snapshotDiff } from './requests/snapshot-diff';
import { exportCommand } from './requests/export';
import { runImport } from './import/run';
import { holdCommand, ioctlCommand, redirectCommand, releaseCommand } from './requests/ioctl';
import { mpathdCommand, probeLossCommand, targetCommand } from './requests/mpathd';

function usage(io: ToolIO, message: string): number {
  io.stderr(`ipmplab: ${message}\n${USAGE_HINT}\n`);
  return EXIT.USAGE;
}

function inSession(io: ToolIO, lab: LabOptions, fn: (ctx: LabContext) => Outcome): Outcome {
  const session = openSession(lab.state, io, lab.host);
  try {
    return fn({ session, io });
  } finally {
    session.close();
  }
}

function execute(req: LabRequest, io: ToolIO, lab: LabOptions): Outcome {
  switch (req.cmd) {
    case 'init': return inSession(io, lab, (c) => bootCommand(c, req.links, Date.now, req.release));
    case 'reset': return inSession(io, lab, (c) => bootCommand(c, 'keep'));
    case 'status': return inSession(io, lab, statusCommand);
    case 'link': return inSession(io, lab, (c) => linkCommand(c, req.name, req.up));
    case 'mac': return inSession(io, lab, (c) => macCommand(c, req.name, req.mac));
    case 'log': return inSession(io, lab, (c) => logCommand(c, req.sinceMs));
    case 'check': return checkCommand(statePath(lab.state, io.env));
    // bin/ipmplab starts this program: the lab's executables are beside it.
    case 'completion': return completionScript(req.shell);
    case 'complete-line': return completeLine(req.line, lab.state, lab.host, io);
    case 'help': return helpCommand(req.topic);
    case 'man': return done(MAN_PAGES[req.page], { page: req.page, text: MAN_PAGES[req.page] });
    case 'env': return envCommand(path.dirname(path.resolve(process.argv[1] ?? 'bin/ipmplab')), path.resolve(statePath(lab.state, io.env)), lab.host);
    case 'dad':
      if (req.action === 'list') return inSession(io, lab, dadList);
      return inSession(io, lab, (c) => (req.action === 'conflict' ? dadConflict(c, req.addr) : dadClear(c, req.addr)));
    case 'clock':
      switch (req.action) {
        case 'show': return inSession(io, lab, clockShow);
        case 'manual': return inSession(io, lab, (c) => clockManual(c, req.at));
        case 'real': return inSession(io, lab, (c) => clockReal(c));
        case 'advance': return inSession(io, lab, (c) => clockAdvance(c, req.ms));
      }
      break;
    case 'mpathd':
      return inSession(io, lab, (c) => (req.action === 'set' ? mpathdCommand(c, 'set', req.key, req.value) : mpathdCommand(c, req.action)));
    case 'target': return inSession(io, lab, (c) => targetCommand(c, req.addr, req.up));
    case 'probe-loss': return inSession(io, lab, (c) => probeLossCommand(c, req.name, req.on));
    case 'ioctl': return inSession(io, lab, (c) => ioctlCommand(c, req.name, req.arg));
    case 'redirect': return inSession(io, lab, (c) => redirectCommand(c, req.dest, req.gateway, req.from));
    case 'hold': return inSession(io, lab, (c) => holdCommand(c, req.dest));
    case 'release': return inSession(io, lab, (c) => releaseCommand(c, req.id));
    case 'file':
      return inSession(io, lab, (c) => (req.action === 'ls' ? fileCommand(c, 'ls') : req.action === 'put'
        ? fileCommand(c, 'put', req.path, req.content) : fileCommand(c, req.action, req.path)));
    case 'host':
      switch (req.action) {
        case 'add': return inSession(io, lab, (c) => hostAdd(c, req.name, req.links, req.release));
        case 'ls': return inSession(io, lab, hostList);
        case 'rm': return inSession(io, lab, (c) => hostRemove(c, req.name));
        case 'rename': return inSession(io, lab, (c) => hostRename(c, req.name, req.to));
        case 'default': return inSession(io, lab, (c) => hostDefault(c, req.name));
        case 'power': if (!req.on) return inSession(io, lab, (c) => hostPowerOff(c, req.name));
      }
      break;
    case 'segment':
      switch (req.action) {
        case 'add': return inSession(io, lab, (c) => segmentAdd(c, req.name));
        case 'rm': return inSession(io, lab, (c) => segmentRemove(c, req.name));
        case 'ls': return inSession(io, lab, segmentList);
        case 'up':
        case 'down': return inSession(io, lab, (c) => segmentState(c, req.name, req.action === 'up'));
        case 'loss': return inSession(io, lab, (c) => segmentLoss(c, req.name, req.percent));
      }
      break;
    case 'snapshot':
      switch (req.action) {
        case 'save': return inSession(io, lab, (c) => snapshotSave(c, req.name, req.note));
        case 'ls': return inSession(io, lab, snapshotList);
        case 'restore': return inSession(io, lab, (c) => snapshotRestore(c, req.name));
        case 'rm': return inSession(io, lab, (c) => snapshotRemove(c, req.name));
        case 'diff': return inSession(io, lab, (c) => snapshotDiff(c, req.name, req.other, labMain));
        case 'export': return inSession(io, lab, (c) => snapshotExport(c, req.name, req.file));
        case 'import': return inSession(io, lab, (c) => snapshotImport(c, req.file, req.name));
      }
      break;
    case 'export': return inSession(io, lab, (c) => exportCommand(c, req.as));
    case 'plug': return inSession(io, lab, (c) => plugCommand(c, req.host, req.link, req.segment));
    case 'unplug': return inSession(io, lab, (c) => unplugCommand(c, req.host, req.link));
    case 'demo':
    case 'import':
    case 'reboot':
    case 'shell':
    case 'batch': break; // handled by labMain: they print for themselves
  }
  throw new Error(`unhandled request ${JSON.stringify(req)}`);
}

function print(io: ToolIO, outcome: Outcome, json: boolean): number {
  if (json) io.stdout(`${jsonText(outcome.json)}\n`);
  else if (outcome.lines.length) io.stdout(`${outcome.lines.join('\n')}\n`);
  for (const e of outcome.errors ?? []) io.stderr(`ipmplab: ${vis(e)}\n`);
  return outcome.code;
}

export function labMain(argv: string[], ioIn: ToolIO): number {
  // Complaints echo the words typed (names, paths, yargs' quotes of the command line): shown
  // visibly. A batch writes its own progress line (\r) and shows the lines it echoes itself.
  const io = visStderr(ioIn);
  return guard('ipmplab', io, () => {
    const opts = takeLabOptions(argv);
    if (opts.error) return usage(io, opts.error);
    const parsed = parseLab(opts.rest);
    if (parsed.kind === 'usage') return usage(io, parsed.message);
    if (parsed.kind === 'help') {
      io.stdout(`${parsed.text}\n`);
      return EXIT.OK;
    }
    const req = parsed.req;
    if (req.cmd === 'demo') return runDemo(io, statePath(opts.state, io.env), labMain, req.dialect);
    if (req.cmd === 'init' && req.topology !== undefined) return runTopologyInit(io, statePath(opts.state, io.env), opts.host, req.topology, labMain);
    if (req.cmd === 'reboot') return runReboot(io, statePath(opts.state, io.env), opts.host);
    if (req.cmd === 'import') return runImport(io, statePath(opts.state, io.env), opts.host, req.files, labMain);
    if (req.cmd === 'host' && req.action === 'power' && req.on) return runPowerOn(io, statePath(opts.state, io.env), req.name);
    // The shell is a process of its own (bin.ts): not a command inside a batch or a shell.
    if (req.cmd === 'shell') {
      io.stderr('ipmplab: the shell runs as a command of its own (ipmplab shell), not inside another\n');
      return EXIT.FAILED;
    }
    if (req.cmd === 'batch') return runBatch(ioIn, statePath(opts.state, io.env), req.file, { ...req, host: opts.host }, labMain);
    try {
      return print(io, execute(req, io, opts), opts.json);
    } catch (e) {
      if (!(e instanceof LabFailure)) throw e;
      // One line, whatever the names in it hold.
      io.stderr(`ipmplab: ${vis(e.message)}\n`);
      return e.exit;
    }
  });
}
