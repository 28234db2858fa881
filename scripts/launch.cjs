// Starts a bundled tool with V8's code cache: the compiled bundle is kept beside it in
// dist/.v8-cache/, so later starts skip most of the parsing and compiling (measured: about
// 6 ms of a 38 ms start). The cache is only an optimisation: a missing, stale or unwritable one
// falls back to a normal compile, and a rejected one is written anew.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

exports.run = function run(tool) {
  const file = path.join(__dirname, `${tool}.cjs`);
  // The bundles are ASCII (build.mjs: charset ascii), which latin1 reads without UTF-8 decoding.
  const source = fs.readFileSync(file, 'latin1');
  const stat = fs.statSync(file);
  // The bundle's size and time are in the name, so a rebuilt bundle never meets an old cache.
  const cacheDir = path.join(__dirname, '.v8-cache');
  const cacheFile = path.join(cacheDir, `${tool}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // No dynamic import() in launched bundles: vm scripts cannot resolve it quietly on Node 20, so
  // rtmon (which loads its ink view that way) is started without the launcher.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(__dirname);
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
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
  script.runInThisContext().call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, __dirname);
};
