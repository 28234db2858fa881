// yargs' own complaints about a command line, said again for the command that was typed, in
// one line that says what is wrong: "link: missing up|down (usage: ipmplab link NAME up|down)"
// rather than "Not enough non-option arguments: got 1, need at least 2". A complaint this file
// does not know is passed on as yargs wrote it.
import { errorText } from './messages';

/** Each command's arguments, as its usage shows them; optional ones in brackets. */
const ARGUMENTS: Record<string, string[]> = {
  init: ['[--links NAME,...]', '[--release RELEASE]', '[--topology FILE|NAME]'],
  reset: [], reboot: [], status: [], check: [], demo: ['[--dialect ifconfig|ipadm]'],
  link: ['NAME', 'up|down'],
  mac: ['NAME', 'ADDRESS'],
  'dad conflict': ['ADDRESS'], 'dad clear': ['ADDRESS'], 'dad list': [],
  'clock manual': ['[TIME]'], 'clock real': [], 'clock advance': ['DURATION'],
  log: ['[--since DURATION]'],
  mpathd: ['[start|stop|reload|KEY=VALUE]'],
  target: ['ADDRESS', 'up|down'],
  'probe-loss': ['INTERFACE', 'on|off'],
  batch: ['FILE|-'],
  ioctl: ['REQUEST', '[JSON]'],
  redirect: ['DESTINATION', 'GATEWAY', '[--from ROUTER]'],
  hold: ['DESTINATION'],
  release: ['CONNECTION'],
  'file ls': [], 'file cat': ['PATH'], 'file put': ['PATH', 'CONTENT|-'], 'file rm': ['PATH'],
  'host add': ['NAME', '[--links NAME,...]', '[--release RELEASE]'], 'host ls': [], 'host rm': ['NAME'], 'host rename': ['NAME', 'NEW'],
  'host default': ['NAME'], 'host power': ['NAME', 'on|off'],
  'segment add': ['NAME'], 'segment rm': ['NAME'], 'segment ls': [], 'segment up': ['NAME'], 'segment down': ['NAME'],
  'segment loss': ['NAME', 'PERCENT'],
  plug: ['HOST:LINK', 'SEGMENT'],
  unplug: ['HOST:LINK'],
};

/** Commands that have subcommands. */
const SUBCOMMANDS: Record<string, string[]> = {
  dad: ['conflict', 'clear', 'list'], clock: ['manual', 'real', 'advance'], file: ['ls', 'cat', 'put', 'rm'],
  host: ['add', 'ls', 'rm', 'rename', 'default', 'power'], segment: ['add', 'rm', 'ls', 'up', 'down', 'loss'],
};

/** "a, b or c". */
function either(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The words that are not options, in order. */
const wordsOf = (argv: string[]) => argv.filter((a) => a === '-' || !a.startsWith('-') || /^-[\d.]/.test(a));

/** The command the line is about: "link", or "clock advance" for a subcommand. */
function commandOf(words: string[]): string {
  const sub = SUBCOMMANDS[words[0]];
  return sub && sub.includes(words[1]) ? `${words[0]} ${words[1]}` : words[0] ?? '';
}

/** What a command with subcommands expects: "manual [TIME], real or advance DURATION". */
function subcommandsOf(command: string): string {
  return either(SUBCOMMANDS[command].map((s) => [s, ...ARGUMENTS[`${command} ${s}`]].join(' ')));
}

/** An unknown word: a subcommand, an option or one argument too many. */
function unknown(name: string, argv: string[], words: string[], command: string): string {
  if (SUBCOMMANDS[command] && words[1] === name) return errorText('unknownSubcommand', { command, word: name, expected: subcommandsOf(command) });
  const option = name.length === 1 ? `-${name}` : `--${name}`;
  if (argv.some((a) => a === option || a.startsWith(`${option}=`))) return errorText('unknownOption', { command, option });
  return errorText('unexpectedArgument', { command, word: name });
}

/**
 * The complaint for people. `argv` is the command line as typed (without the lab options);
 * yargs' "Did you mean" is kept, with the unknown word named first.
 */
export function explain(message: string, argv: string[]): string {
  const words = wordsOf(argv);
  const command = commandOf(words);
  const args = ARGUMENTS[command];
  let m: RegExpExecArray | null;
  if (message.startsWith('Did you mean')) {
    const sub = SUBCOMMANDS[words[0]];
    const word = sub && words[1] !== undefined && !sub.includes(words[1]) ? words[1] : words[0];
    return word === undefined ? message : `${errorText('unknownCommand', { word })}\n${message}`;
  }
  if (args && (m = /^Not enough non-option arguments: got (\d+), need at least \d+$/.exec(message))) {
    const missing = args.filter((a) => !a.startsWith('[')).slice(Number(m[1]));
    return errorText('missingArguments', { command, missing: missing.join(' '), usage: args.join(' ') });
  }
  if (command && (m = /^Invalid values:\s*Argument: \S+, Given: "(.*)", Choices: (.*)$/s.exec(message))) {
    return errorText('badChoice', { command, given: m[1], choices: either([...m[2].matchAll(/"([^"]*)"/g)].map((c) => c[1])) });
  }
  if (command && (m = /^Not enough arguments following: (\S+)$/.exec(message))) return errorText('optionNeedsValue', { command, option: m[1] });
  if (command && (m = /^Unknown arguments?: (.+)$/.exec(message))) return unknown(m[1].split(', ')[0], argv, words, command);
  return message;
}
