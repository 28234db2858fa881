// A link's attributes as link_fields_buf_t holds them (print_link, print_phys_default).
import type { DldLinkAttr } from '@ipmplab/core/syscalls';
import type { LinkRow } from '../printer/fields';

export function linkRow(a: DldLinkAttr, zone: string): LinkRow {
  return {
    link: a.name,
    zone,
    class: 'phys',
    mtu: String(a.mtu),
    state: a.state,
    bridge: '',
    over: '',
    media: a.media,
    physState: a.state,
    speed: String(a.speed),
    duplex: a.duplex,
    device: a.device,
    loc: '',
    // "%c----": '-' for an active link, 'r' for one removed (none here).
    flags: '-----',
  };
}
