// Reading `ifconfig -a` output back: one entry per logical interface and family.
export interface LifLine {
  name: string;
  flags: string[];
  family: 'inet' | 'inet6';
  addr: string;
}

export function parseIfconfigA(text: string): LifLine[] {
  const lifs: LifLine[] = [];
  let head: { name: string; flags: string[] } | undefined;
  for (const line of text.split('\n')) {
    const h = /^(\S+): flags=[0-9a-f]+<([^>]*)>/.exec(line);
    if (h) {
      head = { name: h[1], flags: h[2] === '' ? [] : h[2].split(',') };
      continue;
    }
    const a = /^\t(inet6?) (\S+)/.exec(line);
    if (a && head) {
      lifs.push({ name: head.name, flags: head.flags, family: a[1] as 'inet' | 'inet6', addr: a[2].replace(/\/\d+$/, '') });
      head = undefined;
    }
  }
  return lifs;
}
