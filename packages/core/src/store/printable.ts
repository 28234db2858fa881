// Text from the file system or the file (path names, SQLite's findings, keys of a damaged
// document) on its way into a refusal line: control characters are shown as \ooo octal, as
// vis(3C) does, so that nothing from outside reaches a terminal as a raw control character.
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
}
