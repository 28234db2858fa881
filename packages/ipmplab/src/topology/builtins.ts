// The topologies shipped with the lab (packages/ipmplab/topologies/*.yaml), by name. The files
// are imported as text, so the bundle carries them (scripts/build.mjs loads .yaml as text, and
// vitest.config.mts does the same for the tests): `init --topology active-active` needs nothing
// beside the bundle.
import activeActive from '../../topologies/active-active.yaml';
import activeStandby from '../../topologies/active-standby.yaml';
import probeBased from '../../topologies/probe-based.yaml';

export const BUILTIN_TOPOLOGIES: Readonly<Record<string, string>> = {
  'active-active': activeActive,
  'active-standby': activeStandby,
  'probe-based': probeBased,
};

/**
 * How `--topology` reads its value: a path when it has a '/' or ends in .yaml, .yml or .json
 * (./lab.yaml, /tmp/x.json), else the name of a built-in.
 */
export function isTopologyPath(value: string): boolean {
  return value.includes('/') || /\.(ya?ml|json)$/i.test(value);
}
