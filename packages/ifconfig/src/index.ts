export { ifconfigMain } from './ifconfig';
export * from './printer';
