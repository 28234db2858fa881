// dladm's own texts (dladm.c main, usage, die_optdup, die_opterr and the sub-commands' die()
// and warn() formats), verbatim, with the exit statuses it uses: 0 when a sub-command returns,
// 1 (EXIT_FAILURE) for die(), die_dlerr() and usage(). libdladm's status texts are status.ts's.
import { SUBCOMMAND_EXIT, subcommandTexts } from '@ipmplab/userland';

export const DLADM = 'dladm';

export const EXIT = SUBCOMMAND_EXIT;

export const MSG = {
  ...subcommandTexts(DLADM),
  optDup: (c: string) => `the option -${c} cannot be specified more than once`,
  usageOf: (use: string) => `usage: ${use}`,
  linkNotValid: (link: string) => `link ${link} is not valid`,
  linkNameTooLong: 'link name too long',
  pRequiresO: '-p requires -o',
  oAllWithP: '"-o all" is invalid with -p',
  iOnlyWithS: 'the option -i can be used only with -s',
  iOnlyWithSorS: 'the option -i can be used only with -s or -S',
  sNotWithS: 'the -s option cannot be used with -S',
  pNotWithS: 'the option -P cannot be used with -s',
  notWithZ: (c: string) => `the option -${c} cannot be used with -Z`,
  notWithS: (c: string) => `the option -${c} cannot be used with -S`,
  pNotWithz: 'the option -P cannot be used with -z',
  invalidInterval: (v: string) => `invalid interval value '${v}'`,
  invalidZoneList: (v: string) => `invalid zone list '${v}'`,
  failedShowLink: (link: string) => `failed to show link ${link}`,
  failedShowPhys: (link: string) => `failed to show physical link ${link}`,
  mNotWithH: '-m cannot combine with -H',
  mHLCannotCombine: '-m, -H and -L cannot combine',
  mNotWithP: '-m not compatible with -P',
  LNotWithP: '-L not compatible with -P',
  propListTooLong: (s: string) => `property list too long '${s}'`,
  invalidLinkProps: 'invalid link properties specified',
  linkPropMustBeSpecified: 'link property must be specified',
  noValueFor: (p: string) => `no value specified for '${p}'`,
  invalidLinkProp: (p: string) => `invalid link property '${p}'`,
  mustBeOneOf: (p: string, vals: string) => `link property '${p}' must be one of: ${vals}`,
  cannotSet: (p: string, link: string) => `cannot set link property '${p}' on '${link}'`,
  cannotReset: (p: string, link: string) => `cannot reset link property '${p}' on '${link}'`,
  cannotGet: (p: string, link: string) => `cannot get link property '${p}' for ${link}`,
  renameFailed: 'rename operation failed',
  /**
   * The lab's own answer for what it does not model: a sub-command dladm has but the lab does
   * not simulate (aggregations, VLANs, VNICs, tunnels, bridges, WiFi, security objects, ...),
   * and the options that need hardware the lab has none of (statistics, -R alternate roots).
   */
  notSimulated: (what: string) => `${what} is not simulated by ipmplab`,
} as const;
