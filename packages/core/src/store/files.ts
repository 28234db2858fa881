// The host's configuration files (/etc/inet/static_routes, ...) live in the state file too, so
// they share its transactions and survive `ipmplab reboot` while the kernel does not.
import type { Db } from './open';
import { stmt } from './statements';

export interface HostFiles {
  read(path: string): string | undefined;
  write(path: string, content: string, mode?: number): void;
  remove(path: string): void;
  list(prefix?: string): string[];
}

export function hostFiles(db: Db): HostFiles {
  return {
    read: (path) => (stmt(db, 'SELECT content FROM files WHERE path = ?').get(path) as { content: string } | undefined)?.content,
    write: (path, content, mode = 0o644) => {
      stmt(db, 'INSERT INTO files (path, content, mode) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET content = excluded.content, mode = excluded.mode')
        .run(path, content, mode);
    },
    remove: (path) => {
      stmt(db, 'DELETE FROM files WHERE path = ?').run(path);
    },
    list: (prefix = '') => (stmt(db, "SELECT path FROM files WHERE path LIKE ? || '%' ORDER BY path").all(prefix) as { path: string }[]).map((r) => r.path),
  };
}
