// `ipmplab init --links`: the datalink names a booted host gets. dladm accepts a name that is
// shorter than MAXLINKNAMELEN (32), does not start with a digit, ends with one, and has only
// letters, digits, '_' and '.' (libdladm dladm_valid_linkname); so no control character or
// space ever reaches a name. The lab also asks what the kernel's interface-name parser needs
// (names.ts parseLifName): a letter first and a unit number without leading zeros, so that a
// link it accepts can always be plumbed.
import { parseLifName } from '@ipmplab/core/syscalls';
import { LabFailure } from './messages';

/** macFor() gives each link a distinct last MAC byte (0x10 + position); keep well inside it. */
export const MAX_LINKS = 64;

/** The names from one or more `--links a,b,c` values, validated, in order. */
export function parseLinkList(values: string | string[]): string[] {
  const names = (Array.isArray(values) ? values : [values]).flatMap((v) => v.split(','));
  if (names.length === 1 && names[0] === '') throw new LabFailure('noLinks');
  const seen = new Set<string>();
  for (const name of names) {
    if (name === 'lo0') throw new LabFailure('loopbackLink');
    const parsed = parseLifName(name);
    // parseLifName reads "net01" as type "net0", unit 1; dladm refuses the leading zero.
    const ppa = /\d+$/.exec(name)?.[0] ?? '';
    const leadingZero = ppa.length > 1 && ppa.startsWith('0');
    if (typeof parsed === 'string' || leadingZero || name.includes(':') || name.length > 31) throw new LabFailure('badLinkName', { name: name || "''" });
    if (seen.has(name)) throw new LabFailure('duplicateLink', { name });
    seen.add(name);
  }
  if (names.length > MAX_LINKS) throw new LabFailure('tooManyLinks', { max: MAX_LINKS });
  return names;
}
