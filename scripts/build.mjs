// Bundles every tool into dist/<tool>.cjs (one file each, better-sqlite3 left external)
// so a tool starts without node_modules resolution. Run by `pnpm install` (prepare) and `pnpm build`.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tools = {
  ifconfig: 'packages/ifconfig/src/main.ts',
  netstat: 'packages/netstat/src/main.ts',
  ipmplab: 'packages/ipmplab/src/main.ts',
};

const entries = Object.entries(tools).filter(([, src]) => existsSync(path.join(root, src)));
await Promise.all(entries.map(([name, src]) => build({
  entryPoints: [path.join(root, src)],
  outfile: path.join(root, 'dist', `${name}.cjs`),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false,
})));
