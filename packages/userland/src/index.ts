// @ipmplab/userland: what every tool shares (its I/O, the lab options, the session with the kernel).
export * from './io';
export * from './lab-options';
export * from './session';
export * from './main-guard';
export * from './tool-main';
export * from './name-service';
export * from './libsocket';
export * from './rt-reader';
export * from './command-line';
export * from './vis';
export * from './subcommand-texts';
export * from './libc';
export * from './lifc-all';
export * from './lock-messages';
export * from './libipadm';
export * from './libofmt';
export * from './ipmgmtd';
