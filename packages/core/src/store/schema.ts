// The state file's schema. PRAGMA application_id marks the file as ours; user_version is the
// schema version, so a newer file is recognised and refused rather than misread.

/** "IPML" */
export const APPLICATION_ID = 0x49504d4c;
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE kernel (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL);
-- Clustered by destination (WITHOUT ROWID, keyed by family, dst, plen, id): a longest-prefix
-- probe is one key lookup, and a whole-table dump in netstat's order reads the pages in order.
CREATE TABLE routes (
  family INTEGER NOT NULL,
  dst BLOB NOT NULL,
  plen INTEGER NOT NULL,
  id INTEGER NOT NULL,
  dst_text TEXT NOT NULL,
  gateway TEXT NOT NULL,
  ifname TEXT NOT NULL,
  type TEXT NOT NULL,
  flags INTEGER NOT NULL,
  ref INTEGER NOT NULL,
  use INTEGER NOT NULL,
  owner TEXT NOT NULL,
  extra TEXT,
  PRIMARY KEY (family, dst, plen, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX routes_by_id ON routes (id);
CREATE INDEX routes_by_owner ON routes (owner) WHERE owner <> '';
-- The prefix lengths in use, so a longest-prefix match probes only those (a handful) instead of
-- all 33 (IPv4) or 129 (IPv6). Kept by triggers, inside the same transactions as the routes.
CREATE TABLE route_plens (family INTEGER NOT NULL, plen INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (family, plen));
CREATE TRIGGER route_plens_add AFTER INSERT ON routes BEGIN
  INSERT INTO route_plens (family, plen, n) VALUES (new.family, new.plen, 1)
    ON CONFLICT (family, plen) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER route_plens_del AFTER DELETE ON routes BEGIN
  UPDATE route_plens SET n = n - 1 WHERE family = old.family AND plen = old.plen;
END;
-- The gateways of off-link routes, for in.mpathd's choice of probe targets without a scan.
CREATE TABLE route_gateways (family INTEGER NOT NULL, gateway TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (family, gateway));
CREATE TRIGGER route_gateways_add AFTER INSERT ON routes WHEN new.type = 'offlink' BEGIN
  INSERT INTO route_gateways (family, gateway, n) VALUES (new.family, new.gateway, 1)
    ON CONFLICT (family, gateway) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER route_gateways_del AFTER DELETE ON routes WHEN old.type = 'offlink' BEGIN
  UPDATE route_gateways SET n = n - 1 WHERE family = old.family AND gateway = old.gateway;
END;
CREATE TRIGGER route_gateways_upd AFTER UPDATE OF gateway ON routes WHEN old.type = 'offlink' AND old.gateway <> new.gateway BEGIN
  UPDATE route_gateways SET n = n - 1 WHERE family = old.family AND gateway = old.gateway;
  INSERT INTO route_gateways (family, gateway, n) VALUES (new.family, new.gateway, 1)
    ON CONFLICT (family, gateway) DO UPDATE SET n = n + 1;
END;
CREATE TABLE files (path TEXT PRIMARY KEY, content TEXT NOT NULL, mode INTEGER NOT NULL);
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at REAL NOT NULL,
  rtsq INTEGER NOT NULL,
  family INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  msg BLOB NOT NULL
);
`;

/** Tables a valid state file has; checked on every open (cheap), the full integrity check is separate. */
export const REQUIRED_TABLES = ['meta', 'kernel', 'routes', 'journal', 'files', 'route_plens', 'route_gateways'];
