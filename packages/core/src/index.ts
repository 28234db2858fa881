// @ipmplab/core: the simulated kernel (no terminal I/O) and its state file.
export * from './wire';
export * from './kernel/model';
// Outside core the state document is a whole host's: the kernel's, with in.mpathd's memory typed.
export type { HostState as KernelState } from './host/host';
export * from './kernel/addr';
export * from './kernel/if/names';
export * from './kernel/route/table';
export * from './kernel/ioctl-types';
export { Kernel } from './kernel/kernel';
export { hostKernel, bootHost } from './host/host';
export type { HostKernel } from './host/host';
export type { Caller, Emitted, Lif } from './kernel/kernel';
export { ioctl, IOCTL_NAMES } from './kernel/ioctl';
export { boot, emptyState, DEFAULT_LINKS, macFor } from './kernel/boot';
export { setLinkState, setLinkMac } from './kernel/if/link';
export { addConflict, removeConflict, CONFLICT_MAC } from './kernel/if/conflict';
export { walkFamily } from './kernel/if/lifconf';
export { mibRoutes, mibRoutesPaged, mibAddrs } from './kernel/route/mib';
export type { MibAddr } from './kernel/route/mib';
export { nextTimerAt } from './kernel/timers';
export { setManualClock, setRealClock, advanceClock, MAX_CLOCK } from './kernel/clock';
export type { ClockRefusal } from './kernel/clock';
export { DAD_MS, DUP_RECOVERY_MS } from './kernel/if/dad';
export * from './store/schema';
export * from './store/errors';
export * from './store/paths';
export { openState, integrityCheck, stateRefusal } from './store/open';
export type { Db } from './store/open';
export { transact, tryTransact, view, bootInto, kernelNow, saveState, wellFormed, loadState } from './store/transaction';
export type { TransactionOptions, ViewOptions } from './store/transaction';
export { readHolder, holderPath, programName, StateBusyError, DEFAULT_WAIT } from './store/lock';
export type { LockHolder, LockWait } from './store/lock';
export { appendJournal, readJournal, lastSeq, JOURNAL_CAPACITY } from './store/journal';
export type { JournalEntry, JournalRead } from './store/journal';
export { SqliteRouteTable } from './store/sqlite-routes';
export { encodeState, decodeState } from './store/codec';
export { kernelDocumentProblem } from './store/kernel-schema';
export {
  hostFiles, newDisk, useHostDisk, hostDiskMounts, readHostFiles, filePath, labReads, LAB_READS, STOCK_FILES, HOSTNAME_FILE,
  MPATHD_DEFAULTS_PATH, HOSTS_PATH, NETWORKS_PATH, NETMASKS_PATH, STATIC_ROUTES_PATH,
} from './store/files';
export type { HostFiles } from './store/files';
export { rtsWrite } from './kernel/rtsock/write';
export type { RtWriteResult } from './kernel/rtsock/write';
export { openRtSocket, delivers } from './kernel/rtsock/socket';
export type { RtSocket, Deliverable } from './kernel/rtsock/socket';
export { holdRoute, releaseHold } from './kernel/route/refs';
export { dumpRoutes, dumpInterfaces } from './kernel/route/dump';
export type { DumpOptions } from './kernel/route/dump';
export * from './mpathd/api';
export { icmpRedirect } from './kernel/route/redirect';
export type { RedirectResult, RedirectIgnored } from './kernel/route/redirect';
