// Boot files copied off a host: /etc/hostname.IF and /etc/hostname6.IF (kept whole: the lab's
// boot runs them as network/physical does) and /etc/inet/static_routes (route -p's arguments).
import path from 'node:path';
import type { Capture } from './model';
import { emptyCapture } from './model';

/** The path a file of this name has on the host, if it is a boot file the lab reads. */
export function bootFilePath(fileName: string): string | undefined {
  const base = path.basename(fileName);
  if (/^hostname6?\.[A-Za-z][A-Za-z0-9_.:]*$/.test(base)) return `/etc/${base}`;
  if (base === 'static_routes') return '/etc/inet/static_routes';
  return undefined;
}

export function parseBootFile(fileName: string, text: string): Capture {
  const p = bootFilePath(fileName)!;
  const c = emptyCapture(p.endsWith('static_routes') ? 'static-routes' : 'hostname-file');
  const content = text.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  const bad = content.split('\n').findIndex((l) => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(l));
  if (bad >= 0) c.unparsed.push({ line: bad + 1, text: content.split('\n')[bad], why: 'control characters: not a text file' });
  else c.files.push({ path: p, content: content.endsWith('\n') || content === '' ? content : `${content}\n` });
  return c;
}
