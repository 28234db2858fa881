// The echo of a routing-socket write is the request's bytes with rtm_pid, rtm_flags and
// rtm_errno patched; the message the kernel keeps for it is those bytes decoded, whether the
// request succeeded, failed, or was refused before it was read.
import { describe, it, expect } from 'vitest';
import { bootedKernel, configure, drain, rtRequest, T0 } from '@ipmplab/test-support';
import { hostKernel } from '../../host/host';
import { decodeMessage } from '../../wire';

describe('routing-socket echoes', () => {
  it('carry exactly the decoded bytes they were sent as', () => {
    const k = bootedKernel();
    configure(k, 'net0', 'inet', '192.168.1.10', '255.255.255.0');
    k.advance(T0 + 5000);
    drain(k);
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' });
    rtRequest(k, { type: 'ADD', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.1' }); // EEXIST
    rtRequest(k, { type: 'CHANGE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.2' });
    rtRequest(k, { type: 'DELETE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.2' });
    rtRequest(k, { type: 'DELETE', dst: '10.0.0.0', mask: '255.0.0.0', gateway: '192.168.1.2' }); // ESRCH
    const unprivileged = hostKernel(k.state, k.routes, k.now, { privileged: false, pid: 77 });
    rtRequest(unprivileged, { type: 'ADD', dst: '10.9.0.0', mask: '255.255.0.0', gateway: '192.168.1.1' }); // EPERM, never read
    const echoes = [...k.emitted, ...unprivileged.emitted];
    expect(echoes).toHaveLength(6);
    for (const e of echoes) expect(e.msg).toEqual(decodeMessage(e.bytes!));
    expect(echoes.map((e) => (e.msg.header === 'rt' ? e.msg.errno : -1))).toEqual([0, 17, 0, 0, 3, 1]);
  });
});
