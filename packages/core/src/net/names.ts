// The names the lab gives its hosts and segments. A host's name is what its nodename(4) and
// the other hosts' /etc/inet/hosts would hold, so it is a host name label (RFC 1123: letters,
// digits and '-', not at either end, at most 63); a segment is named like a switch or a VLAN.
// Neither can hold a control character or a space, so no name of the lab ever needs quoting.

export const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
export const SEGMENT_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,30}$/;

export const validHostName = (name: string): boolean => HOST_NAME.test(name);
export const validSegmentName = (name: string): boolean => SEGMENT_NAME.test(name);
