// `ipmplab link NAME up|down`: plug or pull a datalink's cable (the kernel sees a link-state
// notification: RUNNING follows, DAD restarts on link-up).
import { KernelError } from '@ipmplab/core/syscalls';
import { setLinkState, setLinkMac, mpathdSync, labLink, consoleMark } from '@ipmplab/core/lab';
import type { LabContext } from '../context';
import { LabFailure } from '../messages';
import { logJson, logText } from './console';
import { done } from '../outcome';
import type { Outcome } from '../outcome';

export function linkCommand(ctx: LabContext, name: string, up: boolean): Outcome {
  return ctx.session.run((k) => {
    const link = labLink(k, name);
    if (!link) throw new LabFailure('noSuchLink', { name });
    const changed = link.linkUp !== up;
    const since = consoleMark(k);
    setLinkState(k, name, up);
    mpathdSync(k); // in.mpathd notices at once, so its console lines belong to this command
    k.drainDeferred();
    const log = since();
    const word = up ? 'up' : 'down';
    return done(
      [`ipmplab: link ${name} is ${word}${changed ? '' : ' (unchanged)'}`, ...logText(log, ctx.session.hostName())],
      { link: name, state: word, changed, log: log.map(logJson) },
    );
  });
}

/**
 * `ipmplab mac NAME ADDRESS`: the NIC under a datalink gets another factory address (two links
 * may share one). It is the hardware's, not configuration: a reboot keeps it, and dladm
 * set-linkprop -p mac-address sets another over it (DLDIOC_SETMACPROP), reset-linkprop returns
 * to it.
 */
export function macCommand(ctx: LabContext, name: string, mac: string): Outcome {
  return ctx.session.run((k) => {
    if (!labLink(k, name)) throw new LabFailure('noSuchLink', { name });
    const since = consoleMark(k);
    let set: string;
    try {
      set = setLinkMac(k, name, mac);
    } catch (e) {
      if (e instanceof KernelError) throw new LabFailure('badMac', { text: mac });
      throw e;
    }
    mpathdSync(k);
    k.drainDeferred();
    const log = since();
    return done([`ipmplab: link ${name} has hardware address ${set}`, ...logText(log, ctx.session.hostName())], { link: name, mac: set, log: log.map(logJson) });
  });
}
