// `ipmplab mpathd`, `ipmplab target`, `ipmplab probe-loss`: the simulated in.mpathd and the world
// its probes see (other hosts answering, lost probes). Its settings are /etc/default/mpathd, which
// it reads when it starts and when it is told to reload (`svcadm refresh network/ipmp` on
// illumos, `ipmplab mpathd reload` here). `mpathd KEY=VALUE` edits that file as an administrator
// would and then reloads the daemon; in.mpathd itself judges the value, in its own words.
import { mpathdStart, KernelError, ERRNO, hostFiles } from '@ipmplab/core/syscalls';
import {
  mpathdState, mpathdStop, mpathdSync, mpathdReload, labHost, labProbeLoss, parseMpathdDefaults,
  setDefault, settingText, MPATHD_SETTINGS, consoleMark,
} from '@ipmplab/core/lab';
import { MPATHD_DEFAULTS_PATH } from '@ipmplab/core/store';
import type { Kernel, HostFiles } from '@ipmplab/core/syscalls';
import type { LabContext } from '../context';
import { LabFailure } from '../messages';
import { logJson, logText } from './console';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

/** What in.mpathd runs with (when it runs), else what it would read from the file. */
function settingsLines(k: Kernel, files: HostFiles): { lines: string[]; json: object } {
  const st = mpathdState(k);
  const inFile = parseMpathdDefaults(files.read(MPATHD_DEFAULTS_PATH)).config;
  const config = st.running ? st.config : inFile;
  const lines = [`in.mpathd is ${st.running ? 'running' : 'not running'}`, ...MPATHD_SETTINGS.map((key) => `${key}=${settingText(config, key)}`)];
  const stale = st.running && MPATHD_SETTINGS.some((key) => settingText(config, key) !== settingText(inFile, key));
  if (stale) lines.push(`ipmplab: ${MPATHD_DEFAULTS_PATH} has changed since in.mpathd read it; 'ipmplab mpathd reload' makes it read the file again`);
  if (!st.running) lines.push(`ipmplab: in.mpathd reads ${MPATHD_DEFAULTS_PATH} when it starts`);
  return { lines, json: { running: st.running, config, file: inFile, stale } };
}

/** Runs a change, lets in.mpathd react at once, and reports its console lines. */
function withDaemon(k: Kernel, host: string, change: () => void): string[] {
  const since = consoleMark(k);
  change();
  mpathdSync(k);
  k.drainDeferred();
  return logText(since(), host);
}

export function mpathdCommand(ctx: LabContext, action: 'show' | 'start' | 'stop' | 'reload' | 'set', key?: string, value?: string): Outcome {
  const files = hostFiles(ctx.session.db, ctx.session.hostId());
  return ctx.session.run((k) => {
    let log: string[] = [];
    if (action === 'start') log = withDaemon(k, ctx.session.hostName(), () => mpathdStart(k));
    if (action === 'stop') mpathdStop(k);
    if (action === 'reload') {
      log = withDaemon(k, ctx.session.hostName(), () => {
        if (!mpathdReload(k)) throw new LabFailure('mpathdNotRunning', { path: MPATHD_DEFAULTS_PATH });
      });
    }
    if (action === 'set') {
      files.write(MPATHD_DEFAULTS_PATH, setDefault(files.read(MPATHD_DEFAULTS_PATH) ?? '', key!, value!));
      log = withDaemon(k, ctx.session.hostName(), () => mpathdReload(k));
    }
    const settings = settingsLines(k, files);
    return done([...settings.lines, ...log], { ...settings.json, log });
  });
}

export function targetCommand(ctx: LabContext, addr: string, up: boolean): Outcome {
  return ctx.session.run((k) => {
    const since = consoleMark(k);
    withDaemon(k, ctx.session.hostName(), () => labHost(k, addr, up));
    const log = since();
    return done([`ipmplab: probe target ${addr} ${up ? 'answers' : 'no longer answers'}`, ...logText(log, ctx.session.hostName())], { target: addr, up, log: log.map(logJson) });
  });
}

export function probeLossCommand(ctx: LabContext, name: string, on: boolean): Outcome {
  return ctx.session.run((k) => {
    try {
      withDaemon(k, ctx.session.hostName(), () => labProbeLoss(k, name, on));
    } catch (e) {
      if (e instanceof KernelError && e.errno === ERRNO.ENXIO) throw new LabFailure('noSuchInterface', { name });
      throw e;
    }
    return done([`ipmplab: probes from ${name} are ${on ? 'lost' : 'answered'}`], { interface: name, loss: on });
  });
}
