// Deriving one tool's streams from another's. No imports: the terminal view's bundle uses it
// (through vis.ts) without the kernel.

/**
 * `io` with some members replaced: an object that inherits the rest from `io`. Unlike
 * `{ ...io }` an accessor stays an accessor, so a question not yet asked (is stdout a
 * terminal?) stays unasked; and it costs no copy, which a batch pays for every line.
 */
export function withIO<T extends object>(io: T, changes: Partial<T>): T {
  return Object.assign(Object.create(io) as T, changes);
}
