// Colours of the terminal view. Colour is decided once (stdout a TTY, NO_COLOR unset, TERM not
// dumb) and handed down; without it the view uses only bold and inverse.
import { createContext, useContext } from 'react';

export const TYPE_COLOURS: Record<string, string> = {
  RTM_ADD: 'green',
  RTM_DELETE: 'red',
  RTM_CHANGE: 'yellow',
  RTM_GET: 'blue',
  RTM_LOSING: 'magenta',
  RTM_REDIRECT: 'magenta',
  RTM_MISS: 'magenta',
  RTM_LOCK: 'gray',
  RTM_OLDADD: 'greenBright',
  RTM_OLDDEL: 'redBright',
  RTM_RESOLVE: 'gray',
  RTM_NEWADDR: 'cyan',
  RTM_DELADDR: 'magentaBright',
  RTM_IFINFO: 'blueBright',
  RTM_CHGADDR: 'cyanBright',
  RTM_FREEADDR: 'yellowBright',
};

export const STATE_COLOURS: Record<string, string> = {
  active: 'green',
  inactive: 'yellow',
  failed: 'red',
  offline: 'gray',
};

export const ColourContext = createContext(true);

/** The colour to pass to <Text color>, or undefined when colour is off. */
export function useColour(): (name: string | undefined) => string | undefined {
  const on = useContext(ColourContext);
  return (name) => (on ? name : undefined);
}

/** Short type names for the counts line: RTM_NEWADDR -> NEWADDR. */
export const shortType = (name: string) => name.replace(/^RTM_/, '');

/** HH:MM:SS.mmm of a kernel time (UTC, so a recording reads the same everywhere). */
export function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 23);
}
