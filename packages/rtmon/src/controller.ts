// The terminal view's side of the conversation: it owns the source, the filter and the recorder,
// turns events into ready-to-draw rows, and answers the keys (u, f) that change the socket. The
// view (tui/) only draws rows and forwards keys, so it needs neither the kernel nor SQLite.
import { MessageFilter, parseFilterExpression, formatFilterExpression } from './filter';
import type { FilterSpec } from './filter';
import { messageRow, lostRow, labRow } from './printer/present';
import type { PrintOptions } from './printer/present';
import { readGroups } from './requests/groups';
import type { Source } from './requests/source';
import type { Recorder } from './record';
import type { GroupsView, MonitorController, Row, SourceEvent } from './types';

type Listener = (rows: Row[], status?: string) => void;

export interface ControllerOptions extends PrintOptions {
  recorder?: Recorder;
  /** Called once when the source ends or fails (error undefined for a replay that finished). */
  onDone?: (error?: unknown) => void;
  /** Minimum ms between two group-panel reads while the journal is quiet. */
  groupsRefreshMs?: number;
}

export class Controller implements MonitorController {
  private readonly listeners = new Set<Listener>();
  private pending: Row[] = [];
  private status: string | undefined;
  private filter: MessageFilter;
  private cachedGroups: { at: number; position: number; view: GroupsView } | undefined;
  private started = false;

  constructor(
    private readonly source: Source,
    filter: MessageFilter,
    private readonly opts: ControllerOptions,
  ) {
    this.filter = filter.with({ ...filter.spec, family: source.family() });
  }

  get label(): string {
    return this.source.label;
  }

  get mode(): 'live' | 'replay' {
    return this.source.mode;
  }

  /** Starts the source; rows that arrive before anyone listens are kept for the first listener. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.source.start(
      (events) => this.arrive(events),
      (error) => {
        this.status = error === undefined ? 'replay finished' : `stopped: ${(error as Error)?.message ?? String(error)}`;
        this.emit([]);
        this.opts.onDone?.(error);
      },
    );
  }

  private arrive(events: SourceEvent[]): void {
    const rows: Row[] = [];
    const shown: SourceEvent[] = [];
    for (const e of events) {
      if (e.kind !== 'message') {
        rows.push(e.kind === 'lost' ? lostRow(e.count, e.at) : labRow(e.text, e.at));
        shown.push(e);
        continue;
      }
      this.filter.learn(e.m.msg);
      rows.push(messageRow(e.m, this.opts));
      if (this.filter.matches(e.m.msg)) shown.push(e);
    }
    this.opts.recorder?.write(shown);
    this.emit(rows);
  }

  private emit(rows: Row[]): void {
    if (this.listeners.size === 0) {
      this.pending.push(...rows);
      return;
    }
    for (const l of this.listeners) l(rows, this.status);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.pending.length || this.status) {
      const rows = this.pending;
      this.pending = [];
      listener(rows, this.status);
    }
    this.start();
    return () => this.listeners.delete(listener);
  }

  aware(): boolean {
    return this.source.aware();
  }

  toggleAware(): string | undefined {
    if (!this.source.setAware(!this.source.aware())) return 'a recording keeps the awareness it was made with';
    return undefined;
  }

  filterText(): string {
    return formatFilterExpression(this.filter.spec);
  }

  setFilter(text: string): string | undefined {
    const r = parseFilterExpression(text);
    if ('error' in r) return r.error;
    const spec: FilterSpec = r.spec;
    if (spec.family !== this.source.family() && !this.source.setFamily(spec.family)) return 'the family cannot be changed';
    this.filter = this.filter.with(spec);
    return undefined;
  }

  shows(row: Row): boolean {
    if (row.kind !== 'message') return true;
    const family = this.filter.spec.family;
    if (family && (row.match.family ?? family) !== family) return false;
    return this.filter.matchesKey(row.match);
  }

  groups(): GroupsView | undefined {
    if (this.source.mode !== 'live') return undefined;
    const now = Date.now();
    const position = this.source.position();
    const c = this.cachedGroups;
    if (c && c.position === position && now - c.at < (this.opts.groupsRefreshMs ?? 500)) return c.view;
    const view = this.source.inspect((k) => readGroups(k)) ?? readGroups(undefined);
    this.cachedGroups = { at: now, position, view };
    return view;
  }

  stop(): void {
    this.source.stop();
  }
}
