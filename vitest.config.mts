import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Process-heavy suites (transcripts, concurrency, crashes) share two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
