// /etc/dladm/datalink.conf, dlmgmtd's persistent database (dlmgmt_db.c generate_obj_line,
// process_db_write): one line per link, "<link>\t" then "name=type,value;" attributes with
// no spaces: class and media as int (DATALINK_CLASS_PHYS = 1, DL_ETHER = 4), the physical
// link's devname, then the persistent link properties in the order they were first set, as
// strings exactly as given (i_dladm_set_linkprop_db joins several values with ',').
// On a real host every physical link has its line from installation; here a link's line is
// written when something about it is first made persistent, and the file, with the shipped
// header, when its first line is. The driver's major number and instance (phymaj, phyinst) are
// not written: the lab has no driver to name.
import type { HostFiles } from '@ipmplab/core/syscalls';

export const DATALINK_CONF = '/etc/dladm/datalink.conf';

const HEADER = '#\n# DO NOT EDIT OR PARSE THIS FILE!\n#\n# Use the dladm(1m) command to change the contents of this file.\n\n';
const CLASS_PHYS = 1;
const DL_ETHER = 4;

interface Attr {
  name: string;
  type: string;
  value: string;
}

interface Entry {
  link: string;
  attrs: Attr[];
}

type Line = { entry: Entry } | { text: string };

function parseAttrs(text: string): Attr[] {
  const attrs: Attr[] = [];
  for (const item of text.split(';')) {
    const m = /^([^=]+)=([^,]+),(.*)$/.exec(item);
    if (m) attrs.push({ name: m[1], type: m[2], value: m[3] });
  }
  return attrs;
}

function parse(text: string): Line[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l): Line => {
    const tab = l.indexOf('\t');
    if (l.startsWith('#') || tab <= 0) return { text: l };
    return { entry: { link: l.slice(0, tab), attrs: parseAttrs(l.slice(tab + 1)) } };
  });
}

function format(lines: Line[]): string {
  return lines.map((l) => ('text' in l ? l.text : `${l.entry.link}\t${l.entry.attrs.map((a) => `${a.name}=${a.type},${a.value};`).join('')}`)).join('\n') + '\n';
}

/** The persistent configuration, read once per command and written back by each change. */
export class DatalinkConf {
  private lines: Line[];

  constructor(private readonly files: HostFiles) {
    const text = files.read(DATALINK_CONF);
    this.lines = text === undefined ? [] : parse(text);
  }

  private entry(link: string): Entry | undefined {
    for (const l of this.lines) if ('entry' in l && l.entry.link === link) return l.entry;
    return undefined;
  }

  private save(): void {
    if (this.lines.length === 0 || this.lines.every((l) => 'text' in l)) {
      if (this.files.read(DATALINK_CONF) !== undefined) this.files.write(DATALINK_CONF, format(this.lines));
      return;
    }
    const text = format(this.lines);
    this.files.write(DATALINK_CONF, this.lines.some((l) => 'text' in l) ? text : HEADER + text);
  }

  /** i_dladm_get_linkprop_db: the property's values, or undefined when it is not persistent. */
  getProp(link: string, prop: string): string[] | undefined {
    const a = this.entry(link)?.attrs.find((x) => x.name === prop && x.type === 'string');
    return a ? a.value.split(',').filter((v) => v !== '') : undefined;
  }

  /** The persistent properties of a link, in file order (the lab's links have no others). */
  props(link: string): { name: string; values: string[] }[] {
    const fixed = new Set(['class', 'media', 'devname', 'phymaj', 'phyinst']);
    return (this.entry(link)?.attrs ?? []).filter((a) => !fixed.has(a.name) && a.type === 'string')
      .map((a) => ({ name: a.name, values: a.value.split(',').filter((v) => v !== '') }));
  }

  /** i_dladm_set_linkprop_db: set (values) or unset (none) a property of a physical link. */
  setProp(link: string, device: string, prop: string, values: readonly string[]): void {
    let e = this.entry(link);
    if (!e) {
      if (values.length === 0) return;
      e = { link, attrs: [
        { name: 'class', type: 'int', value: String(CLASS_PHYS) },
        { name: 'media', type: 'int', value: String(DL_ETHER) },
        { name: 'devname', type: 'string', value: device },
      ] };
      this.lines.push({ entry: e });
    }
    const i = e.attrs.findIndex((a) => a.name === prop);
    if (values.length === 0) {
      if (i < 0) return;
      e.attrs.splice(i, 1);
    } else if (i >= 0) e.attrs[i] = { name: prop, type: 'string', value: values.join(',') };
    else e.attrs.push({ name: prop, type: 'string', value: values.join(',') });
    this.save();
  }

  /** dlmgmt_remapid: the link's line takes the new name. */
  rename(oldName: string, newName: string): void {
    const e = this.entry(oldName);
    if (!e) return;
    e.link = newName;
    this.save();
  }

  /** The links named in the file, in file order. */
  links(): string[] {
    return this.lines.filter((l): l is { entry: Entry } => 'entry' in l).map((l) => l.entry.link);
  }
}
