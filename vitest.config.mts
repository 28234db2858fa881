import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Timeouts only catch a hang: a test's result never depends on how fast the machine is, and
    // the process-heavy suites take minutes on a loaded two-core machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Process-heavy suites (transcripts, concurrency, crashes) share two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
