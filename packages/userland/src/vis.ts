// Text from users (group names, file contents, paths, the words of a command line) is printed
// visibly, never as raw control characters that a terminal would obey (ESC sequences, BEL,
// carriage returns, the C1 CSI). The notation is the one illumos itself uses to make untrusted
// text printable, syslogd's (syslogd.c filter_string / putctrlc):
//   - a newline is "\n";
//   - any other ASCII control character is '^' and the character XOR 0100: ESC "^[", BEL "^G",
//     NUL "^@", DEL "^?";
//   - a multibyte control character (C1, U+0080..U+009F) is the octal escapes of its UTF-8
//     bytes: U+009B "\302\233".
// Printable text, backslashes and spaces included, is left exactly as illumos prints it.
// Nothing but with-io.ts: the terminal view's bundle uses this file without the kernel.
import { withIO } from './with-io';

/** C0 controls, DEL and C1 controls: what iswcntrl() is true for in a UTF-8 locale. */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/**
 * Whether the text has one of them that is not in `keep`, asked a character at a time: nearly
 * all text has none, and a regular expression cost 0.07-0.08 ms at its first use in every
 * command that prints.
 */
function hasControl(text: string, keep: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i)) && !keep.includes(text[i])) return true;
  return false;
}

/** putctrlc() for one control character. */
function putctrlc(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (code < 0o200) return `^${String.fromCharCode(code ^ 0o100)}`;
  // U+0080..U+009F are the two UTF-8 bytes 0302 and the code itself.
  return `\\302\\${code.toString(8)}`;
}

/**
 * The text with every control character shown visibly, except those in `keep`: a field inside
 * a layout keeps none (a tab would break the columns), a log line keeps '\t' as syslogd does, a
 * whole message whose layout has tabs and newlines keeps '\t\n'. A name that was not found
 * (undefined) stays undefined.
 */
export function vis(text: string, keep?: string): string;
export function vis(text: string | undefined, keep?: string): string | undefined;
export function vis(text: string | undefined, keep = ''): string | undefined {
  if (text === undefined || !hasControl(text, keep)) return text;
  let out = '';
  for (const c of text) out += isControl(c.charCodeAt(0)) && !keep.includes(c) ? putctrlc(c) : c;
  return out;
}

/** Control characters JSON.stringify leaves raw (it escapes only U+0000..U+001F). */
const JSON_RAW = /[\u007f-\u009f]/g;

/**
 * JSON.stringify, with DEL and the C1 controls written as \u escapes too: the same JSON value,
 * with no byte a terminal would obey.
 */
export function jsonText(value: unknown, replacer?: (key: string, value: unknown) => unknown, space?: number): string {
  return String(JSON.stringify(value, replacer, space)).replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The streams with stderr made terminal-safe: diagnostics echo what was typed (an interface or
 * group name, a file, an option's value), and their layouts have only tabs and newlines.
 */
export function visStderr<T extends Streams>(io: T): T {
  return withIO<Streams>(io, { stderr: (text: string) => io.stderr(vis(text, '\t\n')) }) as T;
}
