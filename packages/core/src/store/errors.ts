// Why a state file was refused. Every refusal leaves the file as it was.
export type StateRefusal = 'not-ours' | 'newer' | 'foreign-owner' | 'corrupt' | 'not-a-file' | 'unreadable';

export class StateFileError extends Error {
  constructor(readonly reason: StateRefusal, readonly path: string, message: string) {
    super(message);
  }
}
