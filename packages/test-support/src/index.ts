// @ipmplab/test-support: the plumbing every package's tests and the suites under tests/ share
// (temporary state files, a kernel with interfaces configured through ioctls, the tools run in
// this process or as processes, output capture, waiting, a seeded PRNG). Only tests and test
// kits import it; a package's own test-kit.ts keeps that package's fixtures.
export * from './state';
export * from './transaction';
export * from './journal';
export * from './kernel';
export * from './emitted';
export * from './capture';
export * from './controls';
export * from './run-in-process';
export * from './run-process';
export * from './wait';
export * from './prng';
export * from './rt-request';
export * from './files';
export * from './tmux';
