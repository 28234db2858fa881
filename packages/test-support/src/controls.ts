// What a terminal would obey in a tool's output: the bytes of C0 controls, DEL and the C1
// controls (U+0080..U+009F, C2 80..C2 9F in UTF-8), with the characters a layout may keep.
export function rawControls(out: string | Uint8Array, allowed = ''): string[] {
  const text = typeof out === 'string' ? out : Buffer.from(out).toString('utf8');
  return [...text].filter((c) => /[\u0000-\u001f\u007f-\u009f]/.test(c) && !allowed.includes(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
