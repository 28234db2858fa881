export { ifconfigMain } from './main';
export * from './printer';
