// dladm in-process against a real state file, on both releases: the exact text of the show
// sub-commands (their field tables and widths), the errors word for word, exit statuses.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { ioctl, setLinkState } from '@ipmplab/core/testing';
import { runWithState, tempState, withKernel } from '@ipmplab/test-support';
import type { Release } from '@ipmplab/core/testing';
import { dladmMain } from './main';

let file: string;
let cleanup: () => void;

function host(release: Release): void {
  withKernel(file, (k) => {
    k.state.release = release;
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet' });
    setLinkState(k, 'net1', false);
  });
}
const run = (...argv: string[]) => runWithState(dladmMain, file, argv);

beforeEach(() => {
  ({ file, cleanup } = tempState('dladm-main'));
});
afterEach(() => cleanup());

describe('illumos', () => {
  beforeEach(() => host('illumos'));

  it('show-link: LINK 12, BRIDGE, the cable in STATE', () => {
    expect(run('show-link')).toEqual({ code: 0, err: '', out:
      'LINK        CLASS     MTU    STATE    BRIDGE     OVER\n' +
      'net0        phys      1500   up       --         --\n' +
      'net1        phys      1500   down     --         --\n' +
      'net2        phys      1500   up       --         --\n' +
      'net3        phys      1500   up       --         --\n' });
    expect(run('show-link', '-P', 'net2').out).toBe('LINK        CLASS     BRIDGE     OVER\nnet2        phys      --         --\n');
    expect(run('show-link', '-p', '-o', 'link,state,over').out).toBe('net0:up:\nnet1:down:\nnet2:up:\nnet3:up:\n');
  });

  it('show-phys and -m: LINK 13, the device, the primary address in use by IP', () => {
    expect(run('show-phys', 'net1').out).toBe(
      'LINK         MEDIA                STATE      SPEED  DUPLEX    DEVICE\n' +
      'net1         Ethernet             down       0      unknown   e1000g1\n');
    expect(run('show-phys', '-m', 'net0').out).toBe(
      'LINK         SLOT     ADDRESS            INUSE CLIENT\n' +
      'net0         primary  2:8:20:4c:3a:10    yes  net0\n');
    expect(run('show-phys', '-P', 'net0').out).toBe('LINK         DEVICE       MEDIA                FLAGS\nnet0         e1000g0      Ethernet             -----\n');
  });

  it('show-linkprop: the properties in table order, POSSIBLE followed by a space', () => {
    expect(run('show-linkprop', 'net1')).toEqual({ code: 0, err: '', out:
      'LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE\n' +
      'net1         speed           r-   0              0              -- \n' +
      'net1         duplex          r-   unknown        unknown        half,full \n' +
      'net1         state           r-   down           up             up,down \n' +
      'net1         mtu             rw   1500           1500           1500-9000 \n' +
      'net1         mac-address     rw   2:8:20:4c:3a:11 2:8:20:4c:3a:11 -- \n' });
    expect(run('show-linkprop', '-c', '-o', 'property,value,possible', '-p', 'mtu,speed', 'net0').out).toBe('mtu:1500:1500-9000\nspeed:1000:\n');
  });

  it('an unknown property: "?" columns, a warning, exit 1', () => {
    const r = run('show-linkprop', '-p', 'foo', 'net2');
    expect(r.code).toBe(1);
    expect(r.err).toBe("dladm: warning: cannot get link property 'foo' for net2: object not found\n");
    expect(r.out).toBe('LINK         PROPERTY        PERM VALUE          DEFAULT        POSSIBLE\nnet2         foo             ?    ?              ?              ?\n');
  });

  it('set-linkprop: busy while plumbed, the range, read-only and unknown properties', () => {
    expect(run('set-linkprop', '-p', 'mtu=9000', 'net0')).toEqual({ code: 1, out: '', err: "dladm: warning: cannot set link property 'mtu' on 'net0': link busy\n" });
    expect(run('set-linkprop', '-p', 'mtu=9001', 'net2').err).toBe("dladm: warning: cannot set link property 'mtu' on 'net2': invalid argument\n");
    expect(run('set-linkprop', '-p', 'mtu=1500,9000', 'net2').err).toBe("dladm: warning: link property 'mtu' must be one of: 1500-9000\n");
    expect(run('set-linkprop', '-p', 'duplex=half', 'net2').err).toBe("dladm: warning: cannot set link property 'duplex' on 'net2': read-only property\n");
    expect(run('set-linkprop', '-p', 'speed=100', 'net2').err).toBe("dladm: warning: cannot set link property 'speed' on 'net2': operation not supported\n");
    expect(run('set-linkprop', '-p', 'foo=1', 'net2')).toEqual({ code: 1, out: '', err: "dladm: warning: invalid link property 'foo'\n" });
    expect(run('set-linkprop', '-p', 'mac-address=zz', 'net2').err).toBe("dladm: warning: cannot set link property 'mac-address' on 'net2': invalid value\n");
    expect(run('set-linkprop', '-p', 'mac-address=1:2:3:4:5:6', 'net2').err).toBe("dladm: warning: cannot set link property 'mac-address' on 'net2': invalid argument\n");
    expect(run('set-linkprop', '-p', 'mtu', 'net2').err).toBe("dladm: warning: no value specified for 'mtu'\n");
    expect(run('set-linkprop', '-p', 'mtu=', 'net2').err).toBe('dladm: invalid link properties specified\n');
    expect(run('set-linkprop', 'net2').err).toBe('dladm: link property must be specified\n');
    expect(run('set-linkprop', '-p', 'mtu=9000', 'net9').err).toBe('dladm: link net9 is not valid: object not found\n');
    expect(run('set-linkprop', '-p', '=1', 'net2').err).toBe('dladm: invalid link properties specified\n');
    expect(run('set-linkprop', '-p', 'mtu=9000')).toEqual({ code: 1, out: '', err: 'dladm: usage:     set-linkprop     [-t] -p <prop>=<value>[,...] <name>\n' });
    expect(run('set-linkprop', '-x', 'net2').err).toBe("dladm: unrecognized option '-x'\nusage:     set-linkprop     [-t] -p <prop>=<value>[,...] <name>\n");
    expect(run('show-linkprop', '-c', 'net2').code).toBe(0);
  });

  it('persists in datalink.conf unless -t; reset-linkprop removes the value', () => {
    expect(run('set-linkprop', '-p', 'mtu=9000', 'net2')).toEqual({ code: 0, out: '', err: '' });
    expect(run('set-linkprop', '-t', '-p', 'mtu=4000', 'net3').code).toBe(0);
    expect(run('show-linkprop', '-P', '-c', '-o', 'link,value', '-p', 'mtu').out).toBe('net0:\nnet1:\nnet2:9000\nnet3:\n');
    expect(run('show-link', '-p', '-o', 'link,mtu').out).toBe('net0:1500\nnet1:1500\nnet2:9000\nnet3:4000\n');
    expect(run('reset-linkprop', 'net2')).toEqual({ code: 0, out: '', err: '' });
    expect(run('show-linkprop', '-P', '-c', '-o', 'value', '-p', 'mtu', 'net2').out).toBe('\n');
    expect(run('reset-linkprop', '-p', 'mtu', 'net0')).toEqual({ code: 0, out: '', err: '' });
  });

  it('rename-link: busy while plumbed, taken names, unknown links, the usage', () => {
    expect(run('rename-link', 'net0', 'ext0')).toEqual({ code: 1, out: '', err: 'dladm: rename operation failed: link busy\n' });
    expect(run('rename-link', 'net2', 'net3').err).toBe('dladm: rename operation failed: object already exists\n');
    expect(run('rename-link', 'net9', 'ext0').err).toBe('dladm: rename operation failed: object not found\n');
    expect(run('rename-link', 'net2', 'ext').err).toBe('dladm: rename operation failed: invalid argument\n');
    expect(run('rename-link', 'net2').err).toBe('dladm: usage:     rename-link      <oldlink> <newlink>\n');
    expect(run('rename-link', 'net2', 'ext2')).toEqual({ code: 0, out: '', err: '' });
    expect(run('show-link', '-p', '-o', 'link').out).toBe('net0\nnet1\next2\nnet3\n');
  });

  it('usage, unknown and unsimulated sub-commands, option checks', () => {
    const bare = run();
    expect(bare.code).toBe(1);
    expect(bare.err.startsWith('usage:  dladm <subcommand> <args> ...\n    rename-link      <oldlink> <newlink>\n    show-link        [-pP] [-o <field>,..] [-s [-i <interval>]] [<link>]\n\n')).toBe(true);
    expect(bare.err).not.toMatch(/init-linkprop|up-aggr/);
    const unknown = run('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(`dladm: unknown subcommand 'frobnicate'\n${bare.err}`);
    expect(run('create-vnic', '-l', 'net0', 'vnic0')).toEqual({ code: 1, out: '', err: 'dladm: create-vnic is not simulated by ipmplab\n' });
    expect(run('show-link', '-p').err).toBe('dladm: -p requires -o\n');
    expect(run('show-link', '-pp').err).toBe('dladm: the option -p cannot be specified more than once\n');
    expect(run('show-link', '-p', '-o', 'all').err).toBe('dladm: "-o all" is invalid with -p\n');
    expect(run('show-link', '-i', '5').err).toBe('dladm: the option -i can be used only with -s\n');
    expect(run('show-link', '-s').err).toBe('dladm: the statistics option -s is not simulated by ipmplab\n');
    expect(run('show-link', 'a'.repeat(32)).err).toBe('dladm: link name too long\n');
    expect(run('show-link', 'net0', 'net1').err).toBe(bare.err);
    expect(run('show-link', '-o', 'link,bogus', 'net0')).toEqual({ code: 0, out: 'LINK\nnet0\n', err: "dladm: warning: ignoring unknown output field: `bogus'\n" });
    expect(run('show-phys', '-m', '-H').err).toBe('dladm: -m cannot combine with -H\n');
    expect(run('show-phys', '-o').err).toBe("dladm: option '-o' requires a value\nusage:     show-phys        [-m | -H | -P] [[-p] [-o <field>[,...]] [<link>]\n\n");
  });
});

describe('Solaris 11', () => {
  beforeEach(() => host('solaris11'));

  it('show-link: LINK 20, no BRIDGE; -Z adds ZONE', () => {
    expect(run('show-link', 'net0', 'net1').err).toBe('dladm: usage:     show-link        [-PZ] [[-p] -o <field>,...] [-s [-i <interval>]]\n\t\t     [-z <zone>,...] [<link>]\n\n');
    expect(run('show-link', 'net1').out).toBe(
      'LINK                CLASS     MTU    STATE    OVER\n' +
      'net1                phys      1500   down     --\n');
    expect(run('show-link', '-Z', 'net0').out).toBe(
      'LINK                ZONE      CLASS     MTU    STATE    OVER\n' +
      'net0                global    phys      1500   up       --\n');
    expect(run('show-link', '-z', 'zone1').err).toBe("dladm: invalid zone list 'zone1'\n");
    expect(run('show-link', 'a'.repeat(32)).err).toBe(`dladm: link ${'a'.repeat(32)} is not valid: invalid argument\n`);
  });

  it('show-phys: LINK 18; -m LINK 20', () => {
    expect(run('show-phys', 'net0').out).toBe(
      'LINK              MEDIA                STATE      SPEED  DUPLEX    DEVICE\n' +
      'net0              Ethernet             up         1000   full      e1000g0\n');
    expect(run('show-phys', '-m', 'net2').out).toBe(
      'LINK                SLOT     ADDRESS            INUSE CLIENT\n' +
      'net2                primary  2:8:20:4c:3a:12    no   --\n');
    expect(run('show-phys', '-m', '-m').err).toBe('dladm: -m, -H and -L cannot combine\n');
  });

  it('show-linkprop: LINK 9', () => {
    expect(run('show-linkprop', '-p', 'mtu', 'net3').out).toBe(
      'LINK     PROPERTY        PERM VALUE          DEFAULT        POSSIBLE\n' +
      'net3     mtu             rw   1500           1500           1500-9000 \n');
  });
});
