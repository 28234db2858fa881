// `ipmplab mpathd`, `ipmplab target`, `ipmplab probe-loss`: the simulated in.mpathd's settings
// (/etc/default/mpathd) and the world its probes see (other hosts answering, lost probes).
import { mpathdState, mpathdSetConfig, mpathdStart, mpathdStop, mpathdSync, labHost, labProbeLoss, KernelError, ERRNO } from '@ipmplab/core';
import type { Kernel } from '@ipmplab/core';
import type { LabContext } from './context';
import { LabFailure } from './messages';
import { markLog, logJson, logText } from './console';
import { done } from './outcome';
import type { Outcome } from './outcome';

function settingsLines(k: Kernel): string[] {
  const st = mpathdState(k);
  return [
    `in.mpathd is ${st.running ? 'running' : 'not running'}`,
    `FAILURE_DETECTION_TIME=${st.config.fdt}`,
    `FAILBACK=${st.config.failback ? 'yes' : 'no'}`,
    `TRACK_INTERFACES_ONLY_WITH_GROUPS=${st.config.trackOnlyGroups ? 'yes' : 'no'}`,
  ];
}

/** Runs a change, lets in.mpathd react at once, and reports its console lines. */
function withDaemon(k: Kernel, change: () => void): string[] {
  const since = markLog(k);
  change();
  mpathdSync(k);
  k.drainDeferred();
  return logText(since());
}

export function mpathdCommand(ctx: LabContext, action: 'show' | 'start' | 'stop' | 'set', key?: string, value?: string): Outcome {
  return ctx.session.run((k) => {
    const st = mpathdState(k);
    let log: string[] = [];
    if (action === 'start') log = withDaemon(k, () => mpathdStart(k));
    if (action === 'stop') mpathdStop(k);
    if (action === 'set') {
      const err = mpathdSetConfig(k, key!, value!);
      if (err) throw new LabFailure('badSetting', { text: err });
      log = withDaemon(k, () => undefined);
    }
    return done([...settingsLines(k), ...log], { running: st.running, config: st.config });
  });
}

export function targetCommand(ctx: LabContext, addr: string, up: boolean): Outcome {
  return ctx.session.run((k) => {
    const since = markLog(k);
    withDaemon(k, () => labHost(k, addr, up));
    const log = since();
    return done([`ipmplab: probe target ${addr} ${up ? 'answers' : 'no longer answers'}`, ...logText(log)], { target: addr, up, log: log.map(logJson) });
  });
}

export function probeLossCommand(ctx: LabContext, name: string, on: boolean): Outcome {
  return ctx.session.run((k) => {
    try {
      withDaemon(k, () => labProbeLoss(k, name, on));
    } catch (e) {
      if (e instanceof KernelError && e.errno === ERRNO.ENXIO) throw new LabFailure('noSuchInterface', { name });
      throw e;
    }
    return done([`ipmplab: probes from ${name} are ${on ? 'lost' : 'answered'}`], { interface: name, loss: on });
  });
}
