// A host disk in memory, for library tests that run on a kernel without a state file (ipmgmtd's
// files, static_routes).
import type { HostFiles } from '@ipmplab/core/testing';

export function memoryFiles(initial: Record<string, string> = {}): HostFiles & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    read: (path) => map.get(path),
    write: (path, content) => void map.set(path, content),
    remove: (path) => void map.delete(path),
    list: (prefix = '/') => [...map.keys()].filter((p) => p.startsWith(prefix)).sort(),
  };
}
