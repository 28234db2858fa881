// Starts a bundled tool with V8's code cache: the compiled bundle is kept beside it in
// dist/.v8-cache/, so later starts skip most of the parsing and compiling (measured: about
// 6 ms of a 38 ms start). The cache is only an optimisation: a missing, stale or unwritable one
// falls back to a normal compile, and a rejected one is written anew.
//
// A cache holds what the run that wrote it compiled. The build makes each tool's cache from a
// set of common commands (train-code-cache.mjs), through IPMPLAB_CODE_CACHE: "refresh" writes
// the cache again at exit, with what this run compiled added to what it read; "off" neither
// reads nor writes one. A cache made by whatever command ran first after an installation
// (often the one that creates the state file) lacks what the others print with, which they
// then compile at every start.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// The CommonJS loader's Module class, as this file's own module was made by it:
// require('node:module') would load the ES module loader as well (about half a millisecond of
// every start).
const Module = module.constructor;

/** Reads an open file whole into buf at offset (buf is large enough); the bytes read. */
function readInto(fd, buf, offset, size) {
  let n = 0;
  while (n < size) {
    const got = fs.readSync(fd, buf, offset + n, size - n, n);
    if (got === 0) break;
    n += got;
  }
  return n;
}

// The bundle is run as a CommonJS module's body, wrapped as Module.wrap() does. The wrapper is
// written around the bytes in the buffer: a string joined from three parts would be copied once
// more when V8 flattens it to compile.
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n});';

function openIfAny(file) {
  try {
    return fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
}

/**
 * Runs <dist>/<tool>.cjs, `dist` being the directory of the bundles (bin/../dist: build.mjs copies
 * this text into each bin/ script, which names it).
 */
exports.run = function run(tool, dist) {
  const file = path.join(dist, `${tool}.cjs`);
  const fd = fs.openSync(file, 'r');
  const stat = fs.fstatSync(fd);
  // The bundle's size and time are in the name, so a rebuilt bundle never meets an old cache.
  // So is the V8 flag of the bin/ scripts' #! line (bin-scripts.mjs NODE_FLAG): V8 takes a cache
  // only under the flags it was made with, and `node bin/<tool>`, which runs without it, must
  // neither refuse nor overwrite the cache of the runs that have it.
  const cacheDir = path.join(dist, '.v8-cache');
  const flagged = process.execArgv.includes('--no-rehash-snapshot') ? '-norehash' : '';
  const cacheFile = path.join(cacheDir, `${tool}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}${flagged}.bin`);
  const mode = process.env.IPMPLAB_CODE_CACHE;
  const cacheFd = mode === 'off' ? undefined : openIfAny(cacheFile);
  const cacheSize = cacheFd === undefined ? 0 : fs.fstatSync(cacheFd).size;
  // One buffer holds the bundle and then the cache: every fresh page costs a fault (about 10 µs
  // on a virtual machine), and the bundle's bytes are copied into a string before the cache is
  // read. The bundles are ASCII (build.mjs: charset ascii), which latin1 reads without decoding.
  const buf = Buffer.allocUnsafeSlow(Math.max(HEAD.length + stat.size + TAIL.length, cacheSize));
  let source;
  let cachedData;
  try {
    buf.latin1Write(HEAD, 0);
    const end = HEAD.length + readInto(fd, buf, HEAD.length, stat.size);
    buf.latin1Write(TAIL, end);
    source = buf.latin1Slice(0, end + TAIL.length);
  } finally {
    fs.closeSync(fd);
  }
  if (cacheFd !== undefined) {
    try {
      cachedData = buf.subarray(0, readInto(cacheFd, buf, 0, cacheSize));
    } catch {
      cachedData = undefined;
    } finally {
      fs.closeSync(cacheFd);
    }
  }
  // No dynamic import() in launched bundles: vm scripts cannot resolve it quietly on Node 20, so
  // rtmon (which loads its ink view that way) is started without the launcher.
  const script = new vm.Script(source, { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dist);
  mod.loaded = true;
  if (mode === 'refresh' || (mode !== 'off' && (!cachedData || script.cachedDataRejected))) {
    process.once('exit', () => {
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only installation simply runs without the cache
      }
    });
  }
  // Node's own modules come straight from process.getBuiltinModule (Node 20.16 on), which answers
  // undefined for anything else: a bundle asks for some twenty of them as it starts, and the
  // CommonJS loader's path for each took 0.33-0.40 ms in all against 0.09 ms.
  const builtin = process.getBuiltinModule;
  const req = builtin ? (id) => builtin(id) ?? mod.require(id) : (id) => mod.require(id);
  const body = script.runInThisContext();
  body.call(mod.exports, mod.exports, req, mod, file, dist);
};
