// The in.mpathd entry points other code uses: the tools (ipmpstat, if_mpadm, ifconfig starting
// the daemon) and the lab (settings, probe targets, probe loss). Implemented in daemon.ts,
// memory.ts, reload.ts, config.ts, query.ts and offline.ts.
export { mpathdStart, mpathdStop, mpathdSync, labHost, labProbeLoss } from './daemon';
export { mpathdState } from './memory';
export { mpathdReload, forgetLearned } from './reload';
export { parseMpathdDefaults, setDefault, MPATHD_SETTINGS, settingText } from './config';
export { ipmpSnapshot, probeEventsSince } from './query';
export { mpathdOffline, mpathdUndoOffline } from './offline';
export * from './types';
