// ipmgmtd: the daemon libipadm asks (door calls) to keep the persistent configuration and the
// address-object map. In the lab its door commands are functions over the host's files.
export * from './nvpair';
export * from './files';
export * from './if';
export * from './prop';
export * from './family';
export * from './aobjmap';
export * from './addr';
