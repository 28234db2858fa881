// The structure check: dependency-cruiser holds packages/ and tests/ to the rules in
// .dependency-cruiser.cjs (no import cycle, each package through its doors into core, no test
// code in shipping code, no relative path into another package). Exit 0 when clean, 1 with one
// line per violation. scripts/test.mjs runs it before vitest.
//
// It calls dependency-cruiser's API rather than its CLI: the CLI refuses Node 20 (its engines
// say ^22), which this repository supports; the API it is built on runs there.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

const started = performance.now();
const { options = {}, ...ruleSet } = await extractDepcruiseConfig('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig(options.tsConfig.fileName);
const result = await cruise(
  ['packages', 'tests'],
  { ...options, ruleSet, validate: true, outputType: 'err' },
  {},
  { tsConfig },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.exitCode === 0) {
  console.log(`structure check: ${result.output.trim() || 'no dependency violations'} (${seconds} s)`);
} else {
  process.stdout.write(result.output);
  console.log(`structure check FAILED: ${result.exitCode} violation${result.exitCode === 1 ? '' : 's'} of .dependency-cruiser.cjs (${seconds} s)`);
}
process.exit(result.exitCode === 0 ? 0 : 1);
