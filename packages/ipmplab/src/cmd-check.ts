// `ipmplab check`: the full (O(size)) integrity check that ordinary opens skip, plus whether
// the kernel state still decodes. Opening never creates the file: checking a path that does
// not exist is a refusal, not a new lab.
import { openState, integrityCheck, decodeState, wellFormed } from '@ipmplab/core';
import type { Db } from '@ipmplab/core';
import { errorText } from './messages';
import { EXIT } from './messages';
import type { Outcome } from './outcome';
import { vis } from '@ipmplab/userland';

function kernelProblems(db: Db): string[] {
  const row = db.prepare('SELECT state FROM kernel WHERE id = 1').get() as { state: string } | undefined;
  if (!row) return []; // not booted yet: the next command boots it
  try {
    return wellFormed(decodeState(row.state)) ? [] : [errorText('kernelUnreadable', { detail: 'incomplete kernel state' })];
  } catch (e) {
    return [errorText('kernelUnreadable', { detail: (e as Error).message })];
  }
}

export function checkCommand(file: string): Outcome {
  const db = openState(file, { create: false });
  try {
    const problems = [...integrityCheck(db), ...kernelProblems(db)];
    if (problems.length === 0) return { code: EXIT.OK, lines: [`ipmplab: ${vis(file)}: ok`], json: { state: file, ok: true, problems } };
    return {
      code: EXIT.FAILED,
      lines: [],
      errors: problems.map((problem) => errorText('checkProblem', { path: file, problem })),
      json: { state: file, ok: false, problems },
    };
  } finally {
    db.close();
  }
}
