// The seeded PRNG lives in @ipmplab/test-support; this name stays only for
// packages/core/src/kernel/route-overlay.test.ts until the kernel's tests use that package.
export { Rng } from '@ipmplab/test-support';
