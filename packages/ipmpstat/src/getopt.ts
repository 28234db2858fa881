// getopt(3C) lives in userland; ipmpstat and if_mpadm use it as it is.
export { getopt, GETOPT } from '@ipmplab/userland';
export type { GetoptItem, GetoptState } from '@ipmplab/userland';
