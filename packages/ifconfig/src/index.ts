export { ifconfigMain } from './main';
export * from './printer';
export { KEYWORDS } from './grammar/keywords';
