// Types of bin-scripts.mjs, for the tests that import it.
export function nodeForShebang(execPath: string): string | undefined;
export function launcherScript(tool: string, node: string | undefined, launcher: string): string;
export function rtmonScript(node: string | undefined): string;
export function writeBinScripts(root: string, tools: string[], execPath?: string): void;
