// Preloaded into a real tool process (NODE_OPTIONS=--require) by the robustness tests: it pauses
// the process at a chosen point of its work on the state file, so a test can SIGKILL it exactly
// there, or let another process run meanwhile. CRASH_HOOK_AT =
//   before-begin      about to ask for the write lock (BEGIN IMMEDIATE): announced, not paused,
//                     so a test knows the process is queueing behind a lock holder;
//   after-begin       write lock taken (BEGIN IMMEDIATE done), nothing written;
//   mid-write         the first row of the transaction written (a route, the kernel state or a
//                     journal message), the rest not yet;
//   files-write       the first write of the transaction to the host's files (ipmgmtd's
//                     /etc/ipadm/ipadm.conf or address-object map), before the kernel state;
//                     with CRASH_HOOK_NTH=n, the n-th such write (a command may update
//                     several records, one write each);
//   count-files-write announces every such write as "CRASH-HOOK-FILES-WRITE", never pauses,
//                     so that a test learns how many there are;
//   before-commit     kernel state and journal written, COMMIT not yet run;
//   after-commit      committed, connection still open, WAL not checkpointed;
//   after-appid-read  the opener has read PRAGMA application_id, nothing else yet.
// The pause is announced on stderr as "CRASH-HOOK-PAUSED <point>". It lasts 300 s (a guard against a forgotten process), or until the
// file named by CRASH_HOOK_GO exists.
//
// The hook wraps the native addon's Database.prototype.exec and Statement.prototype.get/run, which
// every statement run through better-sqlite3 reaches. It does so wherever the addon is loaded:
// process.dlopen is wrapped, and both the tools (which dlopen the addon themselves) and require()
// of a .node file go through it; each load makes classes of its own, so each is hooked.
'use strict';
const fs = require('node:fs');

const at = process.env.CRASH_HOOK_AT;
const go = process.env.CRASH_HOOK_GO;
const nth = Number(process.env.CRASH_HOOK_NTH || 1);
const cell = new Int32Array(new SharedArrayBuffer(4));
let paused = false;
const pause = () => {
  if (paused) return; // once per process
  paused = true;
  fs.writeSync(2, `CRASH-HOOK-PAUSED ${at}\n`);
  const until = Date.now() + 300000;
  while (Date.now() < until && !(go && fs.existsSync(go))) Atomics.wait(cell, 0, 0, 10);
};
let inWrite = false;
let filesWrites = 0;
const FILES_WRITE = /^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+files\b/i;

/** Wraps one loaded instance of the addon. */
function hookAddon(addon) {
  try {
    const dbProto = addon.Database && addon.Database.prototype;
    const stmtProto = addon.Statement && addon.Statement.prototype;
    if (!dbProto || typeof dbProto.exec !== 'function') throw new Error('the addon has no Database.prototype.exec');
    if (!stmtProto || typeof stmtProto.get !== 'function' || typeof stmtProto.run !== 'function') {
      throw new Error('the addon has no Statement.prototype.get/run');
    }
    const exec = dbProto.exec;
    dbProto.exec = function hooked(sql) {
      if (sql === 'BEGIN IMMEDIATE' && at === 'before-begin') fs.writeSync(2, 'CRASH-HOOK-PAUSED before-begin\n');
      if (sql === 'COMMIT' && at === 'before-commit') pause();
      const result = exec.call(this, sql);
      if (sql === 'BEGIN IMMEDIATE') inWrite = true;
      if (sql === 'COMMIT' || sql === 'ROLLBACK') inWrite = false;
      if (sql === 'BEGIN IMMEDIATE' && at === 'after-begin') pause();
      if (sql === 'COMMIT' && at === 'after-commit') pause();
      return result;
    };
    const get = stmtProto.get;
    stmtProto.get = function hookedGet(...args) {
      const result = get.apply(this, args);
      if (at === 'after-appid-read' && /^PRAGMA application_id$/i.test(String(this.source).trim())) pause();
      return result;
    };
    const run = stmtProto.run;
    stmtProto.run = function hookedRun(...args) {
      const result = run.apply(this, args);
      if (at === 'mid-write' && inWrite && /^\s*(INSERT|UPDATE|DELETE)\b/i.test(String(this.source))) pause();
      if (inWrite && FILES_WRITE.test(String(this.source))) {
        if (at === 'files-write' && ++filesWrites === nth) pause();
        if (at === 'count-files-write') fs.writeSync(2, 'CRASH-HOOK-FILES-WRITE\n');
      }
      return result;
    };
  } catch (e) {
    fs.writeSync(2, `CRASH-HOOK-ERROR ${e && e.message}\n`);
  }
}

if (at) {
  const dlopen = process.dlopen;
  process.dlopen = function hookedDlopen(module, ...rest) {
    const result = dlopen.call(this, module, ...rest);
    if (module && module.exports && module.exports.Database && module.exports.Statement) hookAddon(module.exports);
    return result;
  };
}
