import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A .yaml file imported by the sources is its text, as scripts/build.mjs bundles it (the
  // lab's built-in topologies).
  plugins: [{
    name: 'yaml-as-text',
    transform: (code: string, id: string) => (id.endsWith('.yaml') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined),
  }],
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
