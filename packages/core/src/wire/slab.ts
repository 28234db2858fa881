// Short-lived byte arrays carved from shared slabs. An ArrayBuffer of its own per routing
// message, per echo and per key handed to SQLite has memory outside V8's heap, got with calloc()
// and freed by V8's array-buffer sweeper on a background thread: in a batch of 100,000 route
// adds, about ten per line, and the two threads then took turns at the C library's allocator lock
// (futex waits and wakes, malloc_consolidate: 14% of the batch's time, measured by running it
// with the sweeping on the main thread instead). A carved array shares its slab's one buffer. A
// slab is never carved twice, so what is carved starts zeroed, as a new Uint8Array does.
//
// Only for arrays that live briefly (a slab stays in memory while any array carved from it
// does), and for readers that honour byteOffset (DataView over buffer, byteOffset, byteLength).

/** A slab's size; arrays larger than a sixteenth of it get a buffer of their own. */
const SLAB_BYTES = 64 * 1024;
const LARGEST = SLAB_BYTES / 16;

let slab = new ArrayBuffer(0);
let carved = 0;

/** A zeroed array of `length` bytes. */
export function slabBytes(length: number): Uint8Array {
  if (length > LARGEST) return new Uint8Array(length);
  if (carved + length > slab.byteLength) {
    slab = new ArrayBuffer(SLAB_BYTES);
    carved = 0;
  }
  const bytes = new Uint8Array(slab, carved, length);
  // Each array starts on an 8-byte boundary, as a buffer of its own would.
  carved += (length + 7) & ~7;
  return bytes;
}

/** A copy of `from` in a carved array. */
export function slabCopy(from: ArrayLike<number>): Uint8Array {
  const bytes = slabBytes(from.length);
  bytes.set(from);
  return bytes;
}
