// Bundles every tool into dist/ (one file each, better-sqlite3 left external) so a tool starts
// without node_modules resolution, and writes the bin/ scripts that start them. Run by
// `pnpm install` (prepare) and `pnpm build`.
// The ink terminal views are a separate ESM bundle (ink uses top-level await), loaded only
// when a person is looking at a terminal, so the plain paths never pay for ink and react.
import { build } from 'esbuild';
import { existsSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { trainCodeCache } from './train-code-cache.mjs';
import { writeBinScripts } from './bin-scripts.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cjs = (name, src) => ({ name, src, format: 'cjs', out: `${name}.cjs` });
const esm = (name, src) => ({ name, src, format: 'esm', out: `${name}.mjs` });

const bundles = [
  cjs('ifconfig', 'packages/ifconfig/src/bin.ts'),
  cjs('netstat', 'packages/netstat/src/bin.ts'),
  cjs('route', 'packages/route/src/bin.ts'),
  cjs('rtmon', 'packages/rtmon/src/bin.ts'),
  esm('rtmon-tui', 'packages/rtmon/src/tui/entry.tsx'),
  cjs('ipmpstat', 'packages/ipmpstat/src/bin.ts'),
  cjs('if_mpadm', 'packages/ipmpstat/src/if-mpadm/bin.ts'),
  cjs('ipadm', 'packages/ipadm/src/bin.ts'),
  cjs('dladm', 'packages/dladm/src/bin.ts'),
  cjs('ping', 'packages/ping/src/bin.ts'),
  cjs('arp', 'packages/arp/src/bin.ts'),
  cjs('ipmplab', 'packages/ipmplab/src/bin.ts'),
];

const stub = path.join(root, 'dist', 'devtools-stub.mjs');
mkdirSync(path.dirname(stub), { recursive: true });
writeFileSync(stub, 'export default undefined;\n');

// Caches of older bundles go, and the launcher older builds kept in dist/ (it is now copied into
// each bin/ script, below).
rmSync(path.join(root, 'dist', 'launch.cjs'), { force: true });
rmSync(path.join(root, 'dist', '.v8-cache'), { recursive: true, force: true });

/**
 * esbuild imports a Node built-in into a CommonJS bundle as `__toESM(require("node:fs"), 1)`:
 * a new object with a getter copied for every export of the module, once per importing file
 * (fs alone, a hundred names, eight times in ifconfig). That is about a millisecond of every
 * command's start. The same object made as one whose prototype is the module reads the same
 * names, default included, at no cost. Only calls of the helper esbuild emitted (found by its
 * body) are replaced; a bundle where it is not found is left as it was.
 */
function builtinImports(text) {
  const helper = /var ([\w$]+)=\(([\w$]+),([\w$]+),([\w$]+)\)=>\(\4=\2!=null\?/.exec(text);
  if (!helper) return text;
  const call = new RegExp(`(?<![\\w$.])${helper[1].replace(/\$/g, '\\$')}\\(require\\("(node:[a-z_/]+)"\\),1\\)`, 'g');
  return text.replace(call, (_, id) => `(m=>({__proto__:m,default:m}))(require("${id}"))`);
}

/**
 * `node:module` is not loaded by node before the first script: requiring it loads the ES module
 * loader too (0.4-0.6 ms and 15 page faults of every start, measured). The tools take only
 * createRequire from it, for the builtins they load when first used (node:crypto, node:os,
 * node:tty) and, when the addon is not beside the bundle, to resolve its path. In a bundle the
 * import is this module instead: builtins come from process.getBuiltinModule (Node 20.16 on),
 * and node:module is loaded only for anything else, or on an older Node.
 */
const CREATE_REQUIRE = `
export function createRequire(url) {
  const builtin = process.getBuiltinModule;
  let real;
  const load = () => (real ??= require("node:module").createRequire(url));
  const req = (id) => (builtin && builtin(id)) ?? load()(id);
  req.resolve = (id, options) => load().resolve(id, options);
  return req;
}
`;

const lazyNodeModule = {
  name: 'lazy-node-module',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (args) => (args.namespace === 'lazy-node-module'
      ? { path: 'node:module', external: true }
      : { path: args.path, namespace: 'lazy-node-module' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-node-module' }, () => ({ contents: CREATE_REQUIRE, loader: 'js' }));
  },
};

const present = bundles.filter((b) => existsSync(path.join(root, b.src)));
const results = await Promise.all(present.map((b) => build({
  entryPoints: [path.join(root, b.src)],
  outfile: path.join(root, 'dist', b.out),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: b.format,
  // better-sqlite3's JavaScript is bundled too; only its compiled addon stays outside, and the
  // store names that file directly (no module resolution at start-up).
  external: [],
  minify: true,
  // Non-ASCII characters escaped: launch.cjs reads a bundle as latin1, without UTF-8 decoding.
  charset: 'ascii',
  // Node 20 has regular expressions with \p{...}: without saying so, esbuild writes such a
  // literal as new RegExp(...), which it cannot drop when unused. valibot's EMOJI_REGEX was
  // kept that way in every bundle and compiled at every start (about 0.25 ms).
  supported: { 'regexp-unicode-property-escapes': true },
  legalComments: 'none',
  logLevel: 'warning',
  define: b.format === 'cjs'
    ? { 'import.meta.url': '__importMeta.url' }
    : { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: b.format === 'cjs'
      // import.meta.url made only when asked (a lazy require, the addon's fallback path): the
      // URL conversion is left out of every start.
      ? "const __importMeta={get url(){return require('node:url').pathToFileURL(__filename).href}};"
      : "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);",
  },
  alias: b.format === 'esm' ? { 'react-devtools-core': stub } : {},
  jsx: 'automatic',
  plugins: b.format === 'cjs' ? [lazyNodeModule] : [],
  // The lab's built-in topologies (packages/ipmplab/topologies) are imported as their text.
  loader: { '.yaml': 'text' },
  write: false,
})));
for (const [i, result] of results.entries()) {
  for (const file of result.outputFiles) writeFileSync(file.path, present[i].format === 'cjs' ? builtinImports(file.text) : file.contents);
}

// bin/<tool>, naming the node that ran this build and its flag (bin-scripts.mjs).
writeBinScripts(root, present.filter((b) => b.format === 'cjs').map((b) => b.name));

// Each tool's code cache, made from the commands used most (train-code-cache.mjs).
if (!trainCodeCache(root)) process.exit(1);
