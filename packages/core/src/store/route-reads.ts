// What one transaction's route table has already read from SQLite: the rows under a key
// (family, masked destination, prefix length), the prefix lengths in use, the next route id.
// A writer holds the write lock for the whole transaction and every change to the routes goes
// through its SqliteRouteTable, which tells this cache what it changed; so a read the cache
// answers is the read SQLite would answer. A batch of route adds then probes the gateway's
// interface route once, not twice a line.

/** Rows kept at most (a batch of `route get` for many addresses must not grow without end). */
const MAX_KEYS = 4096;

export class RouteReads<Row extends { id: number }> {
  private readonly rows = new Map<string, Row[]>();
  /** The key each cached row is under, so a change to a route by id finds its entry. */
  private readonly keyOfId = new Map<number, string>();
  private readonly plens = new Map<number, number[]>();
  /** The id the next insert takes (max(id) + 1), once read. */
  nextId: number | undefined;

  static key(fam: number, plen: number, masked: readonly number[]): string {
    return `${fam}/${plen}/${String.fromCharCode(...masked)}`;
  }

  /** The rows under a key, read through `load` the first time. */
  under(key: string, load: () => Row[]): Row[] {
    let rows = this.rows.get(key);
    if (rows === undefined) {
      if (this.rows.size >= MAX_KEYS) this.forgetRows();
      rows = load();
      this.rows.set(key, rows);
      for (const r of rows) this.keyOfId.set(r.id, key);
    }
    return rows;
  }

  prefixLengths(fam: number, load: () => number[]): number[] {
    let list = this.plens.get(fam);
    if (list === undefined) this.plens.set(fam, (list = load()));
    return list;
  }

  /** A route was added under `key` (a new prefix length changes the list of lengths). */
  inserted(key: string, fam: number, plen: number, id: number): void {
    this.dropKey(key);
    if (!this.plens.get(fam)?.includes(plen)) this.plens.delete(fam);
    if (this.nextId !== undefined) this.nextId = Math.max(this.nextId, id + 1);
  }

  /** A route's attributes changed (its key did not). */
  updated(id: number): void {
    const key = this.keyOfId.get(id);
    if (key !== undefined) this.dropKey(key);
  }

  /** A route went away: its prefix length may have gone out of use, and max(id) may be lower. */
  removed(id: number): void {
    this.updated(id);
    this.plens.clear();
    this.nextId = undefined;
  }

  /** Routes went away by some other key than their id. */
  removedMany(): void {
    this.forgetRows();
    this.plens.clear();
    this.nextId = undefined;
  }

  private dropKey(key: string): void {
    const rows = this.rows.get(key);
    if (!rows) return;
    for (const r of rows) this.keyOfId.delete(r.id);
    this.rows.delete(key);
  }

  private forgetRows(): void {
    this.rows.clear();
    this.keyOfId.clear();
  }
}
