// @ipmplab/ipmplab as a library (tests, in-process callers): the command without a process.
export { labMain } from './lab';
export { ERRORS, EXIT, USAGE_HINT } from './messages';
