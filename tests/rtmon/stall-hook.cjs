// Preloaded into rtmon (NODE_OPTIONS=--require) by tests/rtmon/plain.test.ts: it tells the test,
// on file descriptor 3, when rtmon's writes to stdout have stalled behind a reader that does
// not read. The notice comes on the second EAGAIN in a row, so the writer's stall hook (which
// hands SIGINT back to its default action, packages/rtmon/src/stdout.ts) has already run:
// the test then knows, without a timing guess, that a signal meets the waiting write.
'use strict';
const fs = require('node:fs');

const writeSync = fs.writeSync;
let eagains = 0;
let told = false;
fs.writeSync = function patchedWriteSync(fd, ...rest) {
  try {
    const n = writeSync.call(fs, fd, ...rest);
    if (fd === 1) eagains = 0;
    return n;
  } catch (e) {
    if (fd === 1 && e && e.code === 'EAGAIN' && ++eagains >= 2 && !told) {
      told = true;
      writeSync.call(fs, 3, 'stalled\n');
    }
    throw e;
  }
};
