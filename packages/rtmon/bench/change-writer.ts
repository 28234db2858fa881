// The other process of the latency benchmark (latency-memory.ts bundles and runs it): N
// changes, each one command = one transaction writing an RTM_ADD through the routing socket,
// exactly as route(8) does, with a short random pause between them. After each change has
// returned it prints "<i> <time>" (ms since the epoch, sub-ms resolution) on stdout.
//   node change-writer.cjs STATE N [MIN_GAP_MS MAX_GAP_MS]
import { encodeMessage, rtsWrite, openRtSocket, RTM, RTF, ZERO_METRICS } from '@ipmplab/core/testing';
import { openSession, processIO } from '@ipmplab/userland';

export function changeMessage(i: number): Uint8Array {
  return encodeMessage({
    header: 'rt', type: RTM.ADD, index: 0, flags: RTF.GATEWAY | RTF.STATIC, pid: 0, seq: i + 1, errno: 0, use: 0, inits: 0, metrics: { ...ZERO_METRICS },
    sockaddrs: {
      DST: { family: 'inet', addr: `10.${(i >> 8) & 255}.${i & 255}.0` },
      GATEWAY: { family: 'inet', addr: '127.0.0.1' },
      NETMASK: { family: 'inet', addr: '255.255.255.0' },
    },
  });
}

export const now = () => performance.timeOrigin + performance.now();

async function main(argv: string[]): Promise<void> {
  const [state, nText, minText = '2', maxText = '8'] = argv;
  const n = Number(nText);
  const min = Number(minText);
  const max = Number(maxText);
  const session = openSession(state, processIO());
  const sock = openRtSocket(process.pid);
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = session.run((k) => rtsWrite(k, sock, changeMessage(i)));
    const t = now();
    if (r.errno) throw new Error(`change ${i}: errno ${r.errno}`);
    out += `${i} ${t.toFixed(3)}\n`;
    if (out.length > 4096) {
      process.stdout.write(out);
      out = '';
    }
    await new Promise((res) => setTimeout(res, min + Math.random() * (max - min)));
  }
  process.stdout.write(out);
  session.close();
}

if (typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`change-writer: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
