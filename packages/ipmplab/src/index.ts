// @ipmplab/ipmplab as a library (tests, in-process callers): the command without a process.
export { labMain } from './main';
export { ERRORS, EXIT, USAGE_HINT } from './messages';
