// @ipmplab/core/store: the door for the userland library (sessions, the routing-socket reader,
// the name service) and the lab's state-file commands (check, file, boot). The state file as
// a file: where it is placed, opening and checking it, transactions and the lock's holder,
// reading the routing-message journal, and the host's disk inside it. Not for the tools: they
// reach the kernel through a session and the syscalls door.

// Placement, opening, refusals.
export { defaultStatePath } from '../store/paths';
export { openState, integrityCheck, stateRefusal } from '../store/open';
export type { Db, OpenOptions } from '../store/open';
export { StateFileError, REFUSAL } from '../store/errors';
export type { StateRefusal } from '../store/errors';

// Transactions, and who holds the state meanwhile.
export { transact, tryTransact, view, labTransact, labView, commandInOpenTransaction, lookInOpenTransaction } from '../store/transaction';
export type { LabTransaction } from '../store/transaction';
export type { HostKernel } from '../host/host';
export { resolveHost, hostByName, hostById, listHosts, defaultHost } from '../store/hosts';
// The network every transaction gives the kernels it opens (in.mpathd's probes reach the lab's hosts).
export { labNetwork } from '../net/probe';
export type { HostRow } from '../store/hosts';
export type { TransactionOptions, ViewOptions } from '../store/transaction';
export { programName } from '../store/lock';
export type { LockHolder, LockWait } from '../store/lock';

// The journal as a routing socket reads it.
export { readJournal, LAB_EVENT_FAMILY } from '../store/journal';
export type { JournalEntry, JournalRead } from '../store/journal';
export { watchCommits } from '../store/notify';
export type { CommitWatch } from '../store/notify';

// The kernel document as `ipmplab check` judges it.
export { decodeState } from '../store/codec';
export { kernelDocumentProblem } from '../store/kernel-schema';
// The routes as `ipmplab check` judges them (the check every read of a route makes).
export { routeTableProblems } from '../store/sqlite-routes';

// The host's disk: which state's disk the name service reads, and the files the lab edits.
export { useHostDisk, hostDiskMounts, readHostFiles, labReads, LAB_READS } from '../store/files';
export { HOSTS_PATH, NETWORKS_PATH, NETMASKS_PATH, MPATHD_DEFAULTS_PATH, STATIC_ROUTES_PATH, HOSTNAME_FILE } from '../store/files';
