// dladm's ofmt field tables (dladm.c link_fields, phys_fields, phys_m_fields, linkprop_fields)
// per release: Solaris 11 [S11 dladm.c] has the ZONE columns and LINKCOLWIDTH 20; illumos
// [illumos dladm.c] has none and narrower LINK columns. The widths include the gap.
import type { Release } from '@ipmplab/core/syscalls';
import type { OfmtField, OfmtValue } from '@ipmplab/userland';

/** link_fields_buf_t as show-link and show-phys fill it ('' prints "--"). */
export interface LinkRow {
  link: string;
  zone: string;
  class: string;
  mtu: string;
  state: string;
  bridge: string;
  over: string;
  media: string;
  physState: string;
  speed: string;
  duplex: string;
  device: string;
  loc: string;
  flags: string;
}

/** One MAC address slot (show-phys -m). */
export interface MacRow {
  link: string;
  slot: string;
  address: string;
  inuse: string;
  client: string;
}

/** One property of one link (show-linkprop); undefined prints "?". */
export interface LinkpropRow {
  link: string;
  zone: string;
  property: string;
  perm: OfmtValue;
  value: OfmtValue;
  default: OfmtValue;
  possible: OfmtValue;
}

type F<R> = OfmtField<R>;
const f = <R>(name: string, width: number, value: (r: R) => OfmtValue): F<R> => ({ name, width, value });

/** DLPI_LINKNAME_MAX: OVER's width. */
const DLPI_LINKNAME_MAX = 32;
/** Solaris 11's LINKCOLWIDTH and ZONECOLWIDTH. */
const LINKCOLWIDTH = 20;
const ZONECOLWIDTH = 10;

export function linkFields(release: Release): F<LinkRow>[] {
  const common = [
    f<LinkRow>('CLASS', 10, (r) => r.class),
    f<LinkRow>('MTU', 7, (r) => r.mtu),
    f<LinkRow>('STATE', 9, (r) => r.state),
    f<LinkRow>('BRIDGE', 11, (r) => r.bridge),
    f<LinkRow>('OVER', DLPI_LINKNAME_MAX, (r) => r.over),
  ];
  return release === 'solaris11'
    ? [f('LINK', LINKCOLWIDTH, (r) => r.link), f('ZONE', ZONECOLWIDTH, (r) => r.zone), ...common]
    : [f('LINK', 12, (r) => r.link), ...common];
}

export function physFields(release: Release): F<LinkRow>[] {
  const mid = [
    f<LinkRow>('MEDIA', 21, (r) => r.media),
    f<LinkRow>('STATE', 11, (r) => r.physState),
    f<LinkRow>('SPEED', 7, (r) => r.speed),
    f<LinkRow>('DUPLEX', 10, (r) => r.duplex),
    f<LinkRow>('DEVICE', 13, (r) => r.device),
  ];
  return release === 'solaris11'
    ? [f('LINK', 18, (r) => r.link), f('ZONE', ZONECOLWIDTH, (r) => r.zone), ...mid, f('LOC', 48, (r) => r.loc), f('FLAGS', 7, (r) => r.flags)]
    : [f('LINK', 13, (r) => r.link), ...mid, f('FLAGS', 7, (r) => r.flags)];
}

export function physMacFields(release: Release): F<MacRow>[] {
  return [
    f('LINK', release === 'solaris11' ? LINKCOLWIDTH : 13, (r) => r.link),
    f('SLOT', 9, (r) => r.slot),
    f('ADDRESS', 19, (r) => r.address),
    f('INUSE', 5, (r) => r.inuse),
    f('CLIENT', 13, (r) => r.client),
  ];
}

export function linkpropFields(release: Release): F<LinkpropRow>[] {
  const rest = [
    f<LinkpropRow>('PROPERTY', 16, (r) => r.property),
    f<LinkpropRow>('PERM', 5, (r) => r.perm),
    f<LinkpropRow>('VALUE', 15, (r) => r.value),
    f<LinkpropRow>('DEFAULT', 15, (r) => r.default),
    f<LinkpropRow>('POSSIBLE', 20, (r) => r.possible),
  ];
  // illumos's LINK width is the 2012 table's (13): inferred unchanged in the current file.
  return release === 'solaris11'
    ? [f('LINK', 9, (r) => r.link), f('ZONE', ZONECOLWIDTH, (r) => r.zone), ...rest]
    : [f('LINK', 13, (r) => r.link), ...rest];
}
