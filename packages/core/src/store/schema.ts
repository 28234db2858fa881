// The state file's schema. PRAGMA application_id marks the file as ours; user_version is the
// schema version, so a newer file is recognised and refused rather than misread.

/** "IPML" */
export const APPLICATION_ID = 0x49504d4c;
export const SCHEMA_VERSION = 3;

/** The host a new lab (and a file of schema 1, which held one host) starts with. */
export const FIRST_HOST = { id: 1, name: 'host0' } as const;

/** A route's columns after its host (the routes table and a snapshot's copy of it). */
const ROUTE_COLUMNS = `  family INTEGER NOT NULL,
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
  extra TEXT,`;

/** The tables that hold one host's kernel, disk and routing socket, each keyed by the host first. */
export const PER_HOST_SQL = `
CREATE TABLE kernel (host INTEGER PRIMARY KEY, state TEXT NOT NULL);
-- Clustered by host and destination (WITHOUT ROWID, keyed by host, family, dst, plen, id): a
-- longest-prefix probe is one key lookup, and a whole-table dump in netstat's order reads the
-- host's pages in order. Route ids are the host's own.
CREATE TABLE routes (
  host INTEGER NOT NULL,
${ROUTE_COLUMNS}
  PRIMARY KEY (host, family, dst, plen, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX routes_by_id ON routes (host, id);
CREATE INDEX routes_by_owner ON routes (host, owner) WHERE owner <> '';
-- The prefix lengths in use, so a longest-prefix match probes only those (a handful) instead of
-- all 33 (IPv4) or 129 (IPv6). Kept by triggers, inside the same transactions as the routes.
CREATE TABLE route_plens (host INTEGER NOT NULL, family INTEGER NOT NULL, plen INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (host, family, plen));
CREATE TRIGGER route_plens_add AFTER INSERT ON routes BEGIN
  INSERT INTO route_plens (host, family, plen, n) VALUES (new.host, new.family, new.plen, 1)
    ON CONFLICT (host, family, plen) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER route_plens_del AFTER DELETE ON routes BEGIN
  UPDATE route_plens SET n = n - 1 WHERE host = old.host AND family = old.family AND plen = old.plen;
END;
-- The gateways of off-link routes, for in.mpathd's choice of probe targets without a scan.
CREATE TABLE route_gateways (host INTEGER NOT NULL, family INTEGER NOT NULL, gateway TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (host, family, gateway));
CREATE TRIGGER route_gateways_add AFTER INSERT ON routes WHEN new.type = 'offlink' BEGIN
  INSERT INTO route_gateways (host, family, gateway, n) VALUES (new.host, new.family, new.gateway, 1)
    ON CONFLICT (host, family, gateway) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER route_gateways_del AFTER DELETE ON routes WHEN old.type = 'offlink' BEGIN
  UPDATE route_gateways SET n = n - 1 WHERE host = old.host AND family = old.family AND gateway = old.gateway;
END;
CREATE TRIGGER route_gateways_upd AFTER UPDATE OF gateway ON routes WHEN old.type = 'offlink' AND old.gateway <> new.gateway BEGIN
  UPDATE route_gateways SET n = n - 1 WHERE host = old.host AND family = old.family AND gateway = old.gateway;
  INSERT INTO route_gateways (host, family, gateway, n) VALUES (new.host, new.family, new.gateway, 1)
    ON CONFLICT (host, family, gateway) DO UPDATE SET n = n + 1;
END;
CREATE TABLE files (host INTEGER NOT NULL, path TEXT NOT NULL, content TEXT NOT NULL, mode INTEGER NOT NULL,
  PRIMARY KEY (host, path)) WITHOUT ROWID;
-- Each host's routing socket: its own gapless sequence, so rtmon's positions are the host's.
CREATE TABLE journal (
  host INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  at REAL NOT NULL,
  rtsq INTEGER NOT NULL,
  family INTEGER NOT NULL,
  origin INTEGER NOT NULL,
  msg BLOB NOT NULL,
  PRIMARY KEY (host, seq)
) WITHOUT ROWID;
`;

/** The lab around the hosts: the hosts themselves, the segments, the cables. */
export const LAB_SQL = `
-- The lab's hosts; ids are never reused, so a journal position never names another host's.
-- power: 1 on, 0 off. disk: 1 once the host's disk was written (it holds the stock files until then).
CREATE TABLE hosts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  power INTEGER NOT NULL DEFAULT 1,
  disk INTEGER NOT NULL DEFAULT 0
);
-- Ethernet broadcast domains (a switch or a VLAN), and which host port is plugged into which.
-- loss: the percentage of frames the segment drops.
CREATE TABLE segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  up INTEGER NOT NULL DEFAULT 1,
  loss REAL NOT NULL DEFAULT 0
);
-- A port is the NIC behind a datalink (its driver instance), so a cable stays plugged in
-- when dladm renames the link.
CREATE TABLE plugs (
  host INTEGER NOT NULL REFERENCES hosts (id),
  port TEXT NOT NULL,
  segment INTEGER NOT NULL REFERENCES segments (id),
  PRIMARY KEY (host, port)
) WITHOUT ROWID;
CREATE INDEX plugs_by_segment ON plugs (segment);
`;

/**
 * Schema 3: snapshots of the whole lab, kept in the file (lab/snapshot.ts). Each snapshot's rows
 * copy the lab's tables as they stood, keyed by the snapshot first: saving and restoring are
 * INSERT ... SELECT inside one transaction, and one snapshot's rows are one range of each b-tree.
 * The journals are not copied: a host's routing socket goes on numbering after a restore.
 */
export const SNAPSHOT_SQL = `
-- taken: the lab clock's time (ms); wall: the wall clock's, ISO; hosts: the names, in id order.
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  taken REAL NOT NULL,
  wall TEXT NOT NULL,
  note TEXT NOT NULL,
  hosts TEXT NOT NULL
);
CREATE TABLE snap_meta (snap INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (snap, key)) WITHOUT ROWID;
CREATE TABLE snap_hosts (snap INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, power INTEGER NOT NULL, disk INTEGER NOT NULL,
  PRIMARY KEY (snap, id)) WITHOUT ROWID;
CREATE TABLE snap_segments (snap INTEGER NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, up INTEGER NOT NULL, loss REAL NOT NULL,
  PRIMARY KEY (snap, id)) WITHOUT ROWID;
CREATE TABLE snap_plugs (snap INTEGER NOT NULL, host INTEGER NOT NULL, port TEXT NOT NULL, segment INTEGER NOT NULL,
  PRIMARY KEY (snap, host, port)) WITHOUT ROWID;
CREATE TABLE snap_kernel (snap INTEGER NOT NULL, host INTEGER NOT NULL, state TEXT NOT NULL, PRIMARY KEY (snap, host)) WITHOUT ROWID;
CREATE TABLE snap_routes (
  snap INTEGER NOT NULL,
  host INTEGER NOT NULL,
${ROUTE_COLUMNS}
  PRIMARY KEY (snap, host, family, dst, plen, id)
) WITHOUT ROWID;
CREATE TABLE snap_files (snap INTEGER NOT NULL, host INTEGER NOT NULL, path TEXT NOT NULL, content TEXT NOT NULL, mode INTEGER NOT NULL,
  PRIMARY KEY (snap, host, path)) WITHOUT ROWID;
`;

/**
 * Schema 2: a lab of hosts. Every per-host table is keyed by the host first, so one host's rows
 * are one range of each b-tree: a command on one host reads only its own pages, whatever the
 * other hosts hold.
 */
export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${LAB_SQL}
${PER_HOST_SQL}
${SNAPSHOT_SQL}`;


/** Tables a valid state file has; checked on every open (cheap), the full integrity check is separate. */
export const REQUIRED_TABLES_V2 = ['meta', 'hosts', 'segments', 'plugs', 'kernel', 'routes', 'journal', 'files', 'route_plens', 'route_gateways'];
export const REQUIRED_TABLES = [...REQUIRED_TABLES_V2, 'snapshots', 'snap_meta', 'snap_hosts', 'snap_segments', 'snap_plugs', 'snap_kernel', 'snap_routes', 'snap_files'];

/** What a new file holds besides its tables: the lab's first host, the default. */
export const SEED_SQL = `
INSERT INTO hosts (id, name) VALUES (${FIRST_HOST.id}, '${FIRST_HOST.name}');
INSERT INTO meta (key, value) VALUES ('default-host', '${FIRST_HOST.id}');
`;
