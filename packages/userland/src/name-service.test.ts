// The name service over the host's own files, parsed as nss_files parses them.
import { afterAll, beforeEach, describe, it, expect } from 'vitest';
import { hostFiles, openState, useHostDisk } from '@ipmplab/core/testing';
import type { Db } from '@ipmplab/core/testing';
import { tempStateFiles } from '@ipmplab/test-support';
import { inetNetwork } from './libc/inet-network';
import { hostAddrs, hostByAddr, hostByName, netByName, netByNumber, netNumberByName, netmaskByAddr, words } from './name-service';

const states = tempStateFiles('ipmplab-names');
let db: Db;

beforeEach(() => {
  db = openState(states.file());
  useHostDisk(db.name, db);
});

afterAll(() => states.cleanup());

function put(file: string, text: string): void {
  hostFiles(db, 1).write(file, text);
  useHostDisk(db.name, db); // a tool reads the files when it names its state
}

describe('the words of a line', () => {
  /** The regular expressions the lines were split with before. */
  const byRegex = (text: string) => text.split('\n').map((l) => l.replace(/#.*/, '').trim().split(/\s+/)).filter((w) => w[0] !== '');

  it('are split at white space as /\\s+/ split them, every UTF-16 code unit tried', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) continue; // line ends: below
      const ch = String.fromCharCode(c);
      const text = `${ch}a${ch}${ch}b c${ch}`;
      expect(words(text), `U+${c.toString(16)}`).toEqual(byRegex(text));
    }
  });

  it('lose their comment and their blank lines as before', () => {
    const texts = ['', '\n\n', '#', '# only\n', 'a b # c d\n#e\nf', 'a#b c', ' \t a \t b \t \n', 'a\r\nb c\r\n', 'x # y\r\n'];
    for (const t of texts) expect(words(t), JSON.stringify(t)).toEqual(byRegex(t));
  });

  it('end at the newline alone: a comment runs to it, past a carriage return or a line separator', () => {
    // nss_files reads lines that end at '\n'; '#' starts a comment to the end of that line.
    expect(words('a #b\rc\nd')).toEqual([['a'], ['d']]);
    expect(words('a #b\u2028c')).toEqual([['a']]);
  });
});

describe('a new host', () => {
  it('knows the stock names: localhost, loopback and arpanet', () => {
    expect([hostByName('localhost', 'inet'), hostByName('localhost', 'inet6'), hostByAddr('127.0.0.1'), hostByAddr('::1')])
      .toEqual(['127.0.0.1', '::1', 'localhost', 'localhost']);
    expect([netNumberByName('loopback'), netNumberByName('arpa'), netByNumber(10), netByName('arpanet')]).toEqual([127, 10, 'arpanet', '10.0.0.0']);
    expect(netmaskByAddr('10.1.2.3')).toBeUndefined();
  });
});

describe('/etc/inet/hosts', () => {
  it('comments, aliases, case-blind names, the first line for an address', () => {
    put('/etc/hosts', '# lab hosts\n10.0.0.2\tweb2 www\t# the web\n10.0.0.3 web3\n10.0.0.2 other\n2001:DB8::2 web2\n#10.0.0.9 gone\n');
    expect([hostByName('web2', 'inet'), hostByName('WWW', 'inet'), hostByName('web2', 'inet6'), hostByName('gone', 'inet')])
      .toEqual(['10.0.0.2', '10.0.0.2', '2001:db8::2', undefined]);
    expect([hostByAddr('10.0.0.2'), hostByAddr('2001:db8::2'), hostByAddr('10.0.0.9')]).toEqual(['web2', 'web2', undefined]);
    expect(hostByName('localhost', 'inet')).toBeUndefined(); // the host's file, not the stock one
  });

  it('a multihomed host is every line with the canonical name of the first match', () => {
    put('/etc/inet/hosts', 'bad-address gw\n10.0.0.1 gw gateway\n192.168.1.1 gw\n172.16.0.1 gateway\n10.0.0.5 gw-other gw\n');
    expect(hostAddrs('gw', 'inet')).toEqual(['10.0.0.1', '192.168.1.1']);
    expect(hostAddrs('gateway', 'inet')).toEqual(['10.0.0.1']);
  });

  it('a host with no file has no names', () => {
    hostFiles(db, 1).remove('/etc/inet/hosts');
    useHostDisk(db.name, db);
    expect(hostByAddr('127.0.0.1')).toBeUndefined();
  });
});

describe('/etc/inet/networks', () => {
  it('inet_network numbers; names and aliases match exactly', () => {
    put('/etc/networks', 'lab\t10.1\tlabnet # ours\nwide 192.168.1\nLoud 172.16\n');
    expect([netNumberByName('lab'), netNumberByName('labnet'), netNumberByName('LAB'), netByNumber(0x0a01)]).toEqual([0x0a01, 0x0a01, undefined, 'lab']);
    // inet_makeaddr(net, INADDR_ANY): the number placed by its size.
    expect([netByName('lab'), netByName('wide'), netByName('Loud')]).toEqual(['10.1.0.0', '192.168.1.0', '172.16.0.0']);
  });

  it.each([['10', 10], ['10.1', 0x0a01], ['0x0a.010', 0x0a08], ['1.2.3.4', 0x01020304], ['256', undefined], ['1.2.3.4.5', undefined], ['x', undefined]])(
    'inet_network(%j) = %j', (text, value) => expect(inetNetwork(text)).toBe(value));
});

describe('/etc/inet/netmasks (getnetmaskbyaddr)', () => {
  it('the longest entry whose mask is the one it was found with', () => {
    put('/etc/netmasks', '10.0.0.0\t255.0.0.0\n10.1.0.0 255.255.0.0 # a comment\n10.1.2.0 255.255.255.128\n172.16.0.0 255.255.255.0\n');
    expect(netmaskByAddr('10.1.2.3')).toBe('255.255.255.128');
    expect(netmaskByAddr('10.1.2.200')).toBe('255.255.0.0'); // 10.1.2.128 is not 10.1.2.0/25
    expect(netmaskByAddr('10.9.9.9')).toBe('255.0.0.0');
    // 172.16.5.0 is no entry, and 172.16.0.0's mask is not /16: the classful fallback finds it.
    expect(netmaskByAddr('172.16.5.5')).toBe('255.255.255.0');
    expect(netmaskByAddr('192.168.1.1')).toBeUndefined();
  });

  it('an entry for a mask other than the one it is found with counts only in the classful fallback', () => {
    put('/etc/netmasks', '10.1.0.0 255.255.255.0\n');
    expect(netmaskByAddr('10.1.0.7')).toBe('255.255.255.0');
    expect(netmaskByAddr('10.1.5.5')).toBeUndefined();
  });

  it('a network number without its trailing zeros', () => {
    put('/etc/netmasks', '10 255.255.0.0\n');
    expect(netmaskByAddr('10.5.5.5')).toBe('255.255.0.0');
  });
});
