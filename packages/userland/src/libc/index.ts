// The C library functions the tools call, one file each, with illumos's semantics.
export * from './atoi';
export * from './getopt';
export * from './getopt-long';
export * from './strtol';
export * from './inet-aton';
export * from './inet-ntoa';
export * from './inet-network';
export * from './in-class';
export * from './strerror';
