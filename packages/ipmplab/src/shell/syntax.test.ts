import { describe, it, expect } from 'vitest';
import { parseLine, wordsAt } from './syntax';

const vars = (name: string) => `<${name}>`;
const argvs = (line: string) => {
  const p = parseLine(line, vars);
  return 'error' in p ? p.error : p.items.map((i) => `${i.after} ${i.pipeline.map((s) => wordsAt(s, 1).join(' ') + (s.mergeStderr ? ' [2>&1]' : '') + (s.stdout ? ` [>${s.stdout.append ? '>' : ''} ${s.stdout.path}]` : '')).join(' | ')}`);
};

describe('the shell\'s command lines', () => {
  it('splits lists and pipelines, quotes as sh does, expands $? and variables, stops at a comment', () => {
    expect(argvs('ifconfig -a | grep net0 && echo $? ; ping "a b" || echo \'$HOME\' # done')).toEqual([
      '; ifconfig -a | grep net0', '&& echo 1', '; ping a b', '|| echo $HOME']);
    expect(argvs('echo $HOME')).toEqual(['; echo <HOME>']);
    expect(argvs('   ')).toEqual([]);
    expect(argvs('# only a comment')).toEqual([]);
    expect(argvs('a;')).toEqual(['; a']);
    expect(argvs('echo "a $? b" $?x \'$?\' \\$?')).toEqual(['; echo a 1 b 1x $? $?']);
  });

  it('takes > FILE, >> FILE and 2>&1', () => {
    expect(argvs('netstat -rn > /tmp/x')).toEqual(['; netstat -rn [> /tmp/x]']);
    expect(argvs('netstat -rn 2>&1 >> /tmp/x')).toEqual(['; netstat -rn [2>&1] [>> /tmp/x]']);
  });

  it('refuses what it does not do, in one line', () => {
    expect(argvs('a | | b')).toBe("syntax error near '|'");
    expect(argvs('a &&')).toBe("syntax error near '&&'");
    expect(argvs('| a')).toBe("syntax error near '|'");
    expect(argvs('a |')).toBe("syntax error near '|'");
    expect(argvs('sleep 1 &')).toBe("'&' is not supported in the lab's shell");
    expect(argvs('a < file')).toBe("'<' is not supported in the lab's shell");
    expect(argvs('a 2>&2')).toBe("'>&' is supported only as 2>&1");
    expect(argvs('a >')).toBe("syntax error near '>'");
    const sub = "command substitution ($(...) or `...`) is not supported in the lab's shell";
    expect(argvs('echo "$(printf x)"')).toBe(sub);
    expect(argvs('echo $(date)')).toBe(sub);
    expect(argvs('echo `date`')).toBe(sub);
    // Quoted or escaped, it is text.
    expect(argvs("echo '$(date)' '`x`' \\`")).toEqual(['; echo $(date) `x` `']);
  });
});
