// arp(8), callable in-process: one entry, as every tool has.
export { arpMain } from './main';
