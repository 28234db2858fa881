// What every command gets: the open session (one transaction per command) and the tool's io.
import type { Session, ToolIO } from '@ipmplab/userland';

export interface LabContext {
  session: Session;
  io: ToolIO;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
