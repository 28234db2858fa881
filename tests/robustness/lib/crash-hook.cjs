// Preloaded into a real tool process (NODE_OPTIONS=--require) by the crash test: it pauses the
// process at a chosen point of its write transaction so the test can SIGKILL it exactly there.
// CRASH_HOOK_AT = after-begin (write lock taken, nothing written), before-commit (kernel state
// and journal written, not committed), after-commit (committed, connection still open, WAL not
// checkpointed). The pause is announced on stderr as "CRASH-HOOK-PAUSED <point>".
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const at = process.env.CRASH_HOOK_AT;
const root = process.env.CRASH_HOOK_ROOT;
if (at && root) {
  // The same module instance the bundle loads (dist/*.cjs keeps better-sqlite3 external).
  const Database = require(require.resolve('better-sqlite3', { paths: [path.join(root, 'dist')] }));
  const exec = Database.prototype.exec;
  const pause = () => {
    fs.writeSync(2, `CRASH-HOOK-PAUSED ${at}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);
  };
  Database.prototype.exec = function hooked(sql) {
    if (sql === 'COMMIT' && at === 'before-commit') pause();
    const result = exec.call(this, sql);
    if (sql === 'BEGIN IMMEDIATE' && at === 'after-begin') pause();
    if (sql === 'COMMIT' && at === 'after-commit') pause();
    return result;
  };
}
