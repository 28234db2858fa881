// The structure rules scripts/check-structure.mjs holds the tree to (it runs before vitest in
// `pnpm test`, so CI fails on a violation). Paths are relative to the repository root; a
// workspace import such as '@ipmplab/core/syscalls' is checked as the file it resolves to
// (packages/core/src/doors/syscalls.ts), so a door is a file and reaching past it is a path.
//
// The doors into core (packages/core/package.json "exports"):
//   syscalls  what a program on the host may use: every tool, userland, ipmplab
//   lab       the lab's world events, boot/reboot and read model: ipmplab only
//   store     the state file, sessions, the journal reader, the host's disk: userland, ipmplab
//   testing   the three doors plus internals tests assert on: test code and benches only
// Test code (*.test.ts, test kits, packages/test-support, tests/, and packages/*/bench)
// may use any door, never core's files behind them.

/** Code that never ships in a tool: tests, their kits, and the measurement benches. */
const TEST_CODE = [
  '\\.test\\.tsx?$',
  '(^|/)[^/]*test-kit[^/]*\\.tsx?$',
  '^packages/test-support/',
  '^tests/',
  '^packages/[^/]+/bench/',
];

const TOOLS = '^packages/(ifconfig|route|netstat|ipmpstat|rtmon|ipadm|dladm|ping)/src/';
const CORE = '^packages/core/';
const door = (...names) => `^packages/core/src/doors/(${names.join('|')})\\.ts$`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle in shipping code, type-only imports included (a type cycle still tangles the design).',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TEST_CODE },
      to: { circular: true },
    },
    {
      name: 'kernel-below-mpathd',
      comment: 'The kernel answers requests and knows nothing above it: its files import only the kernel and wire (in.mpathd, the host wiring and the store sit above it).',
      severity: 'error',
      from: { path: '^packages/core/src/kernel/', pathNot: TEST_CODE },
      to: { path: '^packages/core/src/', pathNot: ['^packages/core/src/kernel/', '^packages/core/src/wire/'] },
    },
    {
      name: 'wire-is-the-bottom',
      comment: 'wire/ (constants and byte layouts) imports nothing else of core.',
      severity: 'error',
      from: { path: '^packages/core/src/wire/', pathNot: TEST_CODE },
      to: { path: '^packages/core/src/', pathNot: '^packages/core/src/wire/' },
    },
    {
      name: 'no-yargs-in-illumos-tools',
      comment: 'yargs is for the lab\'s own tools (ipmplab, rtmon): through userland\'s index or an illumos clone it would go into every bundle (+85 KB, ~8 ms on each start).',
      severity: 'error',
      from: { path: ['^packages/(ifconfig|route|netstat|ipmpstat|ipadm|dladm|ping)/src/', '^packages/userland/src/index\\.ts$'], pathNot: TEST_CODE },
      to: { path: '^packages/userland/src/lab-yargs\\.ts$' },
    },
    {
      name: 'tools-through-syscalls',
      comment: 'A tool reaches the kernel only through @ipmplab/core/syscalls (not lab, store or core\'s files).',
      severity: 'error',
      from: { path: TOOLS, pathNot: TEST_CODE },
      to: { path: CORE, pathNot: door('syscalls') },
    },
    {
      name: 'userland-through-syscalls-and-store',
      comment: 'userland uses @ipmplab/core/syscalls and @ipmplab/core/store only.',
      severity: 'error',
      from: { path: '^packages/userland/src/', pathNot: TEST_CODE },
      to: { path: CORE, pathNot: door('syscalls', 'store') },
    },
    {
      name: 'lab-through-its-doors',
      comment: 'ipmplab uses @ipmplab/core/syscalls, /lab and /store only.',
      severity: 'error',
      from: { path: '^packages/ipmplab/src/', pathNot: TEST_CODE },
      to: { path: CORE, pathNot: door('syscalls', 'lab', 'store') },
    },
    {
      name: 'no-core-internals-from-outside',
      comment: 'Outside core, core is reached through a door (packages/core/src/doors/*.ts), never a file behind it.',
      severity: 'error',
      from: { pathNot: [CORE, ...TEST_CODE] },
      to: { path: CORE, pathNot: '^packages/core/src/doors/' },
    },
    {
      name: 'no-core-internals-from-tests',
      comment: 'Tests outside core use @ipmplab/core/testing (or another door), never a file behind it.',
      severity: 'error',
      from: { path: TEST_CODE, pathNot: CORE },
      to: { path: CORE, pathNot: '^packages/core/src/doors/' },
    },
    {
      name: 'shipping-code-not-testing-door',
      comment: '@ipmplab/core/testing is for test code and benches only.',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: door('testing') },
    },
    {
      name: 'shipping-code-not-test-code',
      comment: 'Shipping code never imports a test, a test kit or test support.',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'no-relative-cross-package',
      comment: 'Another package is imported by its name (@ipmplab/...), never by a relative path into its files.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to no file, e.g. a deep @ipmplab/core/src/... path past the package\'s exports.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // '@ipmplab/...' stays in the graph only when it resolves to no file (no-unresolvable).
    includeOnly: ['^(packages|tests)/', '^@ipmplab/'],
    exclude: { path: '(^|/)(node_modules|dist)/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
