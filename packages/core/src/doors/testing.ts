// @ipmplab/core/testing: the door for tests and measurement benches only (*.test.ts, test kits,
// tests/, bench files); shipping code never uses it (.dependency-cruiser.cjs). Everything the
// three doors give, plus the internals a test sets up or asserts on: kernel timings, the
// kernel document, the journal and the lock as the store keeps them.
export * from './syscalls';
export * from './lab';
export * from './store';

export { DAD_MS, DUP_RECOVERY_MS } from '../kernel/if/dad';
export { compareAddr } from '../kernel/addr';
export type { Emitted } from '../kernel/kernel';
export type { Ipif } from '../kernel/model';
// The state document as a whole host keeps it: the kernel's, with in.mpathd's memory typed.
export type { HostState as KernelState, HostKernel } from '../host/host';
// A host built the way every command builds it (host/host.ts), for kernels on in-memory tables.
export { hostKernel, bootHost } from '../host/host';
export { MemoryRouteTable } from '../kernel/route/table';
export { SCHEMA_VERSION, FIRST_HOST } from '../store/schema';
export { saveState } from '../store/transaction';
export { appendJournal } from '../store/journal';
export { holderPath, commandLine, takeWriteLock } from '../store/lock';
export { FULL_CHECK_PAGES } from '../store/integrity';
