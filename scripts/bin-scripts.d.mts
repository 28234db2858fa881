// Types of bin-scripts.mjs, for the tests that import it.
export const NODE_FLAG: string;
export function nodeForShebang(execPath: string): string | undefined;
export function takesNodeFlag(execPath: string): boolean;
export function shebang(node: string | undefined, flag: string | null): string;
export function launcherScript(tool: string, node: string | undefined, launcher: string, flag: string | null): string;
export function rtmonScript(node: string | undefined): string;
export function writeBinScripts(root: string, tools: string[], execPath?: string, flag?: string | null): void;
export function shebangArgs(script: string): string[];
