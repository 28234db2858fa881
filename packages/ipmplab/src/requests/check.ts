// `ipmplab check`: the full (O(size)) integrity check that ordinary opens make only in part
// (see the core's store/integrity.ts), plus whether the kernel document decodes and has the
// model's shape, whether every route is one the kernel could have written (the check a command
// makes of the routes it reads), and whether the counts the triggers keep agree with the routes.
// Damage is the command's result: one line naming the file and the first problem, exit 1 (the
// whole list is in --json). Opening never creates the file: checking a path that does not exist
// is a refusal, not a new lab.
import { openState, integrityCheck, decodeState, kernelDocumentProblem, listHosts, routeTableProblems, stateRefusal } from '@ipmplab/core/store';
import type { Db } from '@ipmplab/core/store';
import { errorText } from '../messages';
import { EXIT } from '../messages';
import type { Outcome } from '../outcome';
import { vis } from '@ipmplab/userland';

/** Every booted host's kernel document (a host not booted yet is booted by its next command). */
function kernelProblems(db: Db): string[] {
  let rows: { name: string; state: string }[];
  try {
    rows = db.prepare('SELECT name, state FROM kernel JOIN hosts ON hosts.id = kernel.host ORDER BY host').all() as { name: string; state: string }[];
  } catch (e) {
    // The page holding the document is damaged (integrity_check has said so already).
    if (stateRefusal(e)?.reason === 'corrupt') return [errorText('kernelUnreadable', { detail: 'database disk image is malformed' })];
    throw e;
  }
  return rows.flatMap((row) => {
    let problem: string | undefined;
    try {
      problem = kernelDocumentProblem(decodeState(row.state));
    } catch (e) {
      problem = (e as Error).message;
    }
    if (problem === undefined) return [];
    const detail = problem.startsWith('at ') ? `malformed ${problem}` : problem;
    return [errorText('kernelUnreadable', { detail: rows.length > 1 ? `${detail} (host ${row.name})` : detail })];
  });
}

/**
 * What is wrong with the route tables (routes no kernel writes, counts that are not theirs),
 * naming the host when the lab has more than one.
 */
function routeProblems(db: Db): string[] {
  try {
    const found = routeTableProblems(db);
    if (found.length === 0) return [];
    const hosts = listHosts(db);
    const name = new Map(hosts.map((h) => [h.id, h.name]));
    return found.map((f) => (hosts.length > 1 ? `${f.why} (host ${name.get(f.host) ?? f.host})` : f.why));
  } catch (e) {
    if (stateRefusal(e)?.reason === 'corrupt') return []; // unreadable pages: integrity_check has said so
    throw e;
  }
}

export function checkCommand(file: string): Outcome {
  // The per-open check is skipped: this command reports what the full one finds.
  const db = openState(file, { create: false, verify: false });
  try {
    const problems = [...integrityCheck(db), ...kernelProblems(db), ...routeProblems(db)];
    if (problems.length === 0) return { code: EXIT.OK, lines: [`ipmplab: ${vis(file)}: ok`], json: { state: file, ok: true, problems } };
    const [first, ...rest] = problems;
    return {
      code: EXIT.FAILED,
      lines: [],
      errors: [rest.length === 0
        ? errorText('checkProblem', { path: file, problem: first })
        : errorText('checkProblems', { path: file, problem: first, more: rest.length })],
      json: { state: file, ok: false, problems },
    };
  } finally {
    db.close();
  }
}
