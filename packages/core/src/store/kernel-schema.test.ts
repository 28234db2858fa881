import { describe, it, expect, afterEach } from 'vitest';
import { tempStateFiles } from '@ipmplab/test-support';
import Database from 'better-sqlite3';
import { kernelDocumentProblem } from './kernel-schema';
import { decodeState, encodeState } from './codec';
import { openState } from './open';
import { loadState, transact } from './transaction';
import { StateFileError } from './errors';
import { ioctl } from '../kernel/ioctl';
import { IFF } from '../wire';
import { mpathdStart } from '../mpathd/daemon';
import type { KernelState } from '../kernel/model';

const temp = tempStateFiles('ipmplab-schema');
afterEach(temp.cleanup);

/** A state with a bit of everything: addresses, an IPMP group, in.mpathd, a held route. */
function richState(): { file: string; state: KernelState } {
  const file = temp.file();
  const db = openState(file);
  const state = transact(db, (k) => {
    ioctl(k, 'PLUMB', { name: 'ipmp0', af: 'inet', ipmp: true });
    for (const name of ['net0', 'net1']) {
      ioctl(k, 'PLUMB', { name, af: 'inet' });
      ioctl(k, 'SIOCSLIFGROUPNAME', { name, af: 'inet', group: 'ipmp0' });
    }
    ioctl(k, 'PLUMB', { name: 'net0', af: 'inet6' });
    ioctl(k, 'SIOCSLIFADDR', { name: 'net0', af: 'inet', addr: '192.168.1.5' });
    const { flags } = ioctl(k, 'SIOCGLIFFLAGS', { name: 'net0', af: 'inet' });
    ioctl(k, 'SIOCSLIFFLAGS', { name: 'net0', af: 'inet', flags: flags | IFF.UP });
    mpathdStart(k);
    k.advance(k.now + 60_000);
    return structuredClone(k.state);
  });
  db.close();
  return { file, state };
}

describe('the kernel document schema', () => {
  it('accepts what the kernel writes, groups and in.mpathd included', () => {
    const { state } = richState();
    expect(state.groups && Object.keys(state.groups).length).toBeGreaterThan(0);
    expect(state.mpathd).toBeDefined();
    expect(kernelDocumentProblem(decodeState(encodeState(state)))).toBeUndefined();
  });

  it('names where a malformed document departs from the model', () => {
    const { state } = richState();
    const doc = (change: (d: any) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const d = JSON.parse(encodeState(state));
      change(d);
      return decodeState(JSON.stringify(d));
    };
    expect(kernelDocumentProblem(doc((d) => (d.phyints.net0 = null)))).toBe('at phyints.net0');
    expect(kernelDocumentProblem(doc((d) => (d.phyints.net1.ills.inet.ipifs[0].flags = 7)))).toBe('at phyints.net1.ills.inet.ipifs.0.flags');
    expect(kernelDocumentProblem(doc((d) => (d.mpathd.phyints = null)))).toBe('at mpathd.phyints');
    expect(kernelDocumentProblem(doc((d) => d.timers.push({ at: 'soon' })))).toMatch(/^at timers\.\d+\.at$/);
    expect(kernelDocumentProblem(null)).toBe('at the top level');
  });

  it('makes loadState refuse a phyint set to null as a damaged file, with nothing written', () => {
    const { file } = richState();
    const raw = new Database(file);
    const text = (raw.prepare('SELECT state FROM kernel').get() as { state: string }).state;
    const d = JSON.parse(text);
    d.phyints.net0 = null;
    raw.prepare('UPDATE kernel SET state = ?').run(JSON.stringify(d));
    raw.close();
    const db = openState(file, { create: false });
    try {
      let thrown: unknown;
      try {
        transact(db, (k) => ioctl(k, 'PLUMB', { name: 'net2', af: 'inet' }));
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(StateFileError);
      expect((thrown as StateFileError).message).toBe(`${file} is damaged (the kernel state is malformed at phyints.net0); it was left untouched`);
      expect(() => loadState(db, 1)).toThrow(StateFileError);
    } finally {
      db.close();
    }
  });
});
