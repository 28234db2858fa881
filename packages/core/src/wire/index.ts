/**
 * `wire`: constants and byte layouts of the illumos routing socket and
 * interface flags, shared by the simulated kernel and the userland clones.
 */

export * from './bprintf.js';
export * from './errno.js';
export * from './flags.js';
export * from './inaddr.js';
export * from './messages.js';
export * from './routing.js';
export * from './rt-msghdr.js';
export * from './sockaddr.js';
export * from './sockaddr-bytes.js';
export * from './slab.js';
