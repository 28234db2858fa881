// Between the socket and the printers: the filters (types, interface) and the recorder. What
// passes is what rtmon shows, and what --record writes.
import type { MessageFilter } from './filter';
import type { Recorder } from './record';
import type { SourceEvent } from './types';

export class Pipeline {
  constructor(
    public filter: MessageFilter,
    private readonly recorder?: Recorder,
  ) {}

  /**
   * Learns interface indexes from every message, keeps what the filter shows (at most `max`
   * messages, for --count), records it.
   */
  pass(events: SourceEvent[], max = Infinity): SourceEvent[] {
    const out: SourceEvent[] = [];
    let left = max;
    for (const e of events) {
      if (e.kind !== 'message') {
        out.push(e);
        continue;
      }
      this.filter.learn(e.m.msg);
      if (left > 0 && this.filter.matches(e.m.msg)) {
        out.push(e);
        left--;
      }
    }
    this.recorder?.write(out);
    return out;
  }
}
