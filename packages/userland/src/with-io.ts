// Deriving one tool's streams from another's. No imports: the terminal view's bundle uses it
// (through vis.ts) without the kernel.

/**
 * `io` with some members replaced. Unlike `{ ...io }` it copies accessors as accessors, so a
 * question not yet asked (is stdout a terminal?) stays unasked.
 */
export function withIO<T extends object>(io: T, changes: Partial<T>): T {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(io), ...Object.getOwnPropertyDescriptors(changes) }) as T;
}
