// in.mpathd reading its defaults file: when it starts, and when it is told to reload. On illumos
// `svcadm refresh network/ipmp` sends it SIGHUP, and in_signal logs that, cleans up and execs
// itself (mpd_main.c): the new process reads /etc/default/mpathd again and learns the
// interfaces, groups and probe targets afresh from the kernel. Like any user-level daemon it
// reads the host's disk; the kernel never does.
import type { Kernel } from '../kernel/kernel';
import { cancelTimers } from '../kernel/timers';
import { nameMap } from './kernel-view';
import { mpathdMemory } from './memory';
import { readHostFiles, MPATHD_DEFAULTS_PATH } from '../store/files';
import type { MpathdState } from './types';
import { parseMpathdDefaults } from './config';
import { log } from './members';

/**
 * main()'s getdefault calls. in.mpathd makes its complaints before it has opened syslog (on the
 * terminal of whoever started it); the lab shows them where its other messages go, the console.
 */
export function readDefaults(k: Kernel, st: MpathdState): void {
  const { config, complaints } = parseMpathdDefaults(readHostFiles(MPATHD_DEFAULTS_PATH)[0]);
  st.config = config;
  for (const c of complaints) log(k, c);
  k.dirty = true;
}

/** SIGHUP: false when in.mpathd is not running (there is nothing to signal). */
export function mpathdReload(k: Kernel): boolean {
  const st = mpathdMemory(k);
  if (!st?.running) return false;
  log(k, 'SIGHUP: restart and reread config file');
  cancelTimers(k, (t) => t.kind === 'mpathd' || t.kind === 'mpathd-probe');
  forgetLearned(st);
  readDefaults(k, st);
  return true;
}

/**
 * What only a running in.mpathd process knows, which a new one (after a reload or a reboot)
 * learns afresh; the world it probes (other hosts, lost probes) and the kernel's flags stay.
 */
export function forgetLearned(st: MpathdState): void {
  st.phyints = {};
  st.groupStates = nameMap();
  st.serial = 0;
  st.probeLog = [];
}
