export * from './ofmt';
export { OFMT_TEXT } from './messages';
