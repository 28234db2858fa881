export { ifconfigMain } from './main';
export { readStatus } from './status';
export * from './printer';
export { KEYWORDS } from './grammar/keywords';
