// The tools a batch can run by name, each through the same entry point as its
// executable in bin/.
import type { ToolIO } from '@ipmplab/userland';
import { ifconfigMain } from '@ipmplab/ifconfig';
import { netstatMain } from '@ipmplab/netstat';
import { ipmpstatMain, ifMpadmMain } from '@ipmplab/ipmpstat';
import { routeMain } from '@ipmplab/route';
import { ipadmMain } from '@ipmplab/ipadm';
import { dladmMain } from '@ipmplab/dladm';

export type ToolMain = (argv: string[], io: ToolIO) => number;

export const TOOLS: Record<string, () => ToolMain> = {
  ifconfig: () => ifconfigMain,
  netstat: () => netstatMain,
  route: () => routeMain,
  ipmpstat: () => ipmpstatMain,
  if_mpadm: () => ifMpadmMain,
  ipadm: () => ipadmMain,
  dladm: () => dladmMain,
};
