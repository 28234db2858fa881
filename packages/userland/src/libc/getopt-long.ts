// illumos getopt_long(3C) (usr/src/lib/libc/port/gen/getopt_long.c, from NetBSD/OpenBSD), as
// ipadm and dladm call it. Unlike getopt(3C) it permutes: operands may come before options
// ("ipadm create-addr net0/v4 -T static -a 10.0.0.1/24"); the operands end up after the options
// and `optind` points at the first of them. Long options start with "--", may be abbreviated
// to any unambiguous prefix, and take their argument as "--opt=value" or as the next word.
// A leading '+' in optstring (or POSIXLY_CORRECT) stops at the first operand, a leading '-'
// returns operands as option 1, a leading ':' (after those) silences the complaints and makes
// a missing argument return ':' instead of '?'. "W;" takes "-W long-option".

export type HasArg = 'none' | 'required' | 'optional';

export interface LongOption {
  name: string;
  hasArg: HasArg;
  /** The value returned for it (every lab caller uses the short letter; flag pointers are not modelled). */
  val: string;
}

export interface GetoptLongItem {
  /** The option letter, '?' (unknown or ambiguous), ':' (missing argument, ':' optstrings), or '\u0001' (operand, '-' optstrings). */
  opt: string;
  /** optarg. */
  arg?: string;
  /** optopt: the letter concerned ('' for an unknown or ambiguous long option, as 0 in C). */
  optopt: string;
  /** The complaint libc wrote to stderr (opterr set and optstring not starting with ':'). */
  error?: string;
}

export interface GetoptLongResult {
  items: GetoptLongItem[];
  /** argv after permutation: options first, then the operands. */
  argv: string[];
  /** Index in `argv` of the first operand. */
  optind: number;
}

export interface GetoptLongOptions {
  /** opterr: libc complains on stderr (ipadm and dladm set it to 0). Default true. */
  opterr?: boolean;
  /** The environment's POSIXLY_CORRECT is set. */
  posixlyCorrect?: boolean;
}

/** Runs getopt_long over argv (argv[0] is the program or sub-command name) until it returns -1. */
export function getoptLong(argv: readonly string[], optstringIn: string, longopts: readonly LongOption[], o: GetoptLongOptions = {}): GetoptLongResult {
  const nargv = [...argv];
  const items: GetoptLongItem[] = [];
  let options = optstringIn;
  let permute = !o.posixlyCorrect;
  let allArgs = false;
  if (options[0] === '+') {
    permute = false;
    options = options.slice(1);
  } else if (options[0] === '-') {
    permute = true;
    allArgs = true;
    options = options.slice(1);
  }
  const printError = (o.opterr ?? true) && options[0] !== ':';
  const badarg = options[0] === ':' ? ':' : '?';
  const argv0 = nargv[0] ?? '';
  const complain = (msg: string, arg: string) => (printError ? `${argv0}: ${msg} -- ${arg}` : undefined);

  let optind = 1;
  let place = '';
  let nonoptStart = -1;
  let nonoptEnd = -1;

  /** permute_args: swap the block [start, end) of operands with the options in [end, optEnd). */
  const permuteArgs = (start: number, end: number, optEnd: number) => {
    const moved = [...nargv.slice(end, optEnd), ...nargv.slice(start, end)];
    nargv.splice(start, optEnd - start, ...moved);
  };

  const push = (item: GetoptLongItem) => {
    const it = { ...item };
    if (it.error === undefined) delete it.error;
    items.push(it);
  };

  /** parse_long_options: `place` is the word after "--". -1 means "not long" (only with shortToo). */
  const parseLong = (shortToo: boolean): GetoptLongItem | -1 => {
    const current = place;
    optind++;
    const eq = current.indexOf('=');
    const name = eq < 0 ? current : current.slice(0, eq);
    const inline = eq < 0 ? undefined : current.slice(eq + 1);
    let match = -1;
    for (let i = 0; i < longopts.length; i++) {
      const lo = longopts[i];
      if (!lo.name.startsWith(name)) continue;
      if (lo.name.length === name.length) {
        match = i;
        break;
      }
      if (shortToo && name.length === 1) continue;
      if (match === -1) match = i;
      else return { opt: '?', optopt: '', error: complain('ambiguous option', name) };
    }
    if (match === -1) {
      if (shortToo) {
        optind--;
        return -1;
      }
      return { opt: '?', optopt: '', error: complain('illegal option', name) };
    }
    const lo = longopts[match];
    if (lo.hasArg === 'none' && inline !== undefined) {
      return { opt: badarg, optopt: lo.val, error: complain("option doesn't take an argument", name) };
    }
    let arg: string | undefined;
    if (lo.hasArg !== 'none') {
      // FLAG_OPTIONAL_ARGS: an optional argument is only ever "--opt=value".
      if (inline !== undefined) arg = inline;
      else if (lo.hasArg === 'required') {
        if (optind < nargv.length) arg = nargv[optind];
        optind++;
      }
    }
    if (lo.hasArg === 'required' && arg === undefined) {
      optind--;
      return { opt: badarg, optopt: lo.val, error: complain('option requires an argument', name) };
    }
    return arg === undefined ? { opt: lo.val, optopt: lo.val } : { opt: lo.val, arg, optopt: lo.val };
  };

  for (;;) {
    if (place === '') {
      if (optind >= nargv.length) {
        if (nonoptEnd !== -1) {
          permuteArgs(nonoptStart, nonoptEnd, optind);
          optind -= nonoptEnd - nonoptStart;
        } else if (nonoptStart !== -1) {
          optind = nonoptStart;
        }
        return { items, argv: nargv, optind };
      }
      const word = nargv[optind];
      if (word[0] !== '-' || word.length === 1) {
        if (allArgs) {
          push({ opt: '\u0001', arg: nargv[optind++], optopt: '' });
          continue;
        }
        if (!permute) return { items, argv: nargv, optind };
        if (nonoptStart === -1) nonoptStart = optind;
        else if (nonoptEnd !== -1) {
          permuteArgs(nonoptStart, nonoptEnd, optind);
          nonoptStart = optind - (nonoptEnd - nonoptStart);
          nonoptEnd = -1;
        }
        optind++;
        continue;
      }
      if (nonoptStart !== -1 && nonoptEnd === -1) nonoptEnd = optind;
      place = word.slice(1);
      // "--" ends the options (after moving any skipped operands behind it); so does "--foo"
      // when there are no long options.
      if (place === '-' || (place[0] === '-' && longopts.length === 0)) {
        optind++;
        place = '';
        if (nonoptEnd !== -1) {
          permuteArgs(nonoptStart, nonoptEnd, optind);
          optind -= nonoptEnd - nonoptStart;
        }
        return { items, argv: nargv, optind };
      }
      if (place[0] === '-') {
        place = place.slice(1);
        const r = parseLong(false);
        place = '';
        push(r as GetoptLongItem);
        continue;
      }
    }
    const optchar = place[0];
    place = place.slice(1);
    const oli = optchar === ':' ? -1 : options.indexOf(optchar);
    if (oli < 0) {
      if (optchar === '-') return { items, argv: nargv, optind };
      if (place === '') optind++;
      push({ opt: '?', optopt: optchar, error: complain('illegal option', optchar) });
      continue;
    }
    if (optchar === 'W' && options[oli + 1] === ';' && longopts.length) {
      if (place === '') {
        if (++optind >= nargv.length) {
          push({ opt: badarg, optopt: optchar, error: complain('option requires an argument', optchar) });
          continue;
        }
        place = nargv[optind];
      }
      const r = parseLong(false);
      place = '';
      const item = r as GetoptLongItem;
      push(item.arg === undefined ? { ...item, arg: nargv[optind - 1] } : item);
      continue;
    }
    if (options[oli + 1] !== ':') {
      if (place === '') optind++;
      push({ opt: optchar, optopt: optchar });
      continue;
    }
    let arg: string | undefined;
    if (place !== '') arg = place;
    else if (options[oli + 2] !== ':') {
      if (++optind >= nargv.length) {
        place = '';
        push({ opt: badarg, optopt: optchar, error: complain('option requires an argument', optchar) });
        continue;
      }
      arg = nargv[optind];
    }
    place = '';
    optind++;
    push(arg === undefined ? { opt: optchar, optopt: optchar } : { opt: optchar, arg, optopt: optchar });
  }
}
