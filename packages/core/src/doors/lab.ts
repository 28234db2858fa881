// @ipmplab/core/lab: the door for the lab (packages/ipmplab), which stands outside the host and
// changes its world: cables and hardware addresses, other hosts' addresses (DAD conflicts),
// the clock, in.mpathd's probe targets, lost probes and settings, ICMP redirects, route holds,
// and boot/reboot. What the lab shows of the machine comes from the read model (plain data),
// never from the kernel's state.

// The world around the host.
export { setLinkState, setLinkMac } from '../kernel/if/link';
export { addConflict, removeConflict, CONFLICT_MAC } from '../kernel/if/conflict';
export { setManualClock, setRealClock, advanceClock, advanceRefusal, MAX_CLOCK } from '../kernel/clock';
export type { ClockRefusal } from '../kernel/clock';
export { icmpRedirect } from '../kernel/route/redirect';
export type { RedirectResult, RedirectIgnored } from '../kernel/route/redirect';
export { holdRoute, releaseHold } from '../kernel/route/refs';

// in.mpathd as the lab drives it: its life, its settings (/etc/default/mpathd), probe targets
// and lost probes.
export { mpathdState, mpathdStop, mpathdSync, mpathdReload, labHost, labProbeLoss } from '../mpathd/api';
export { parseMpathdDefaults, setDefault, settingText, MPATHD_SETTINGS } from '../mpathd/api';

// Boot and reboot.
export { DEFAULT_LINKS } from '../kernel/boot';
export { reboot } from '../lab/reboot';
export type { Rebooted, RebootOptions } from '../lab/reboot';

// The read model (ipmplab status, log, dad list, link, clock).
export { labLinks, labLink, labClock, labTimers, labConflicts, routeCount, consoleLog, consoleMark } from '../lab/read-model';
export type { LinkView, ClockView, TimerView } from '../lab/read-model';
export type { ClockState, DadConflict, KernelLogLine } from '../kernel/model';

// The network: the lab's hosts, its segments and the cables between them.
export { addHost, removeHost, renameHost, makeDefaultHost, powerOff, powerOn } from '../net/hosts';
export { addSegment, removeSegment, setSegmentUp, setSegmentLoss, plug, unplug } from '../net/segments';
export { validHostName, validSegmentName } from '../net/names';
export { NetError, MAX_HOSTS, MAX_SEGMENTS } from '../net/refusals';
export type { NetRefusal } from '../net/refusals';
export { networkView } from '../net/view';
export { advanceLab } from '../net/clock';
export type { NetworkView, NetHostView, NetSegmentView, NetLinkView } from '../net/view';
export { labClockBesides, renewHost } from '../lab/reboot';

// Snapshots of the whole lab, kept in the state file, and as files of their own.
export { saveSnapshot, restoreSnapshot, removeSnapshot, snapshots, snapshot, exportSnapshot, importSnapshot, validSnapshotName, SnapshotError,
  MAX_SNAPSHOTS, MAX_NOTE } from '../lab/snapshot';
export type { SnapshotRow, SnapshotRefusal, Restored } from '../lab/snapshot';
export { SnapshotFileError, SNAPSHOT_FILE_VERSION } from '../store/snapshot-file';
export type { SnapshotFileProblem } from '../store/snapshot-file';
