// @ipmplab/ipmplab as a library (the interactive shell and tests): the command without a process.
export { labMain } from './lab';
export { ERRORS, EXIT, USAGE_HINT } from './messages';
