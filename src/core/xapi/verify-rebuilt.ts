import type { ReviewAttempt } from '../review/review-types.ts';
import { verifyAttempt, type VerifyContext } from '../review/verify-attempt.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { DIMENSIONS } from '../scenario/scenario-types.ts';
import { DIMENSION_LABELS } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import type { RebuiltAttempt } from './statements-to-attempts.ts';

/** How a number reads in a sentence; null is a score that was not given. */
const num = (value: number | null | undefined): string =>
  value === null || value === undefined ? 'not scored' : String(value);
const result = (pass: boolean | null): string =>
  pass === null ? 'not scored' : pass ? 'passed' : 'failed';

/**
 * Every number the LRS's statements claim that replay does not give, in words ("overall
 * is 96 in the LRS, 41 by replay"): each turn's choice and marks, and for a finished
 * attempt the overall score, the result, the pass mark, each dimension and the ending.
 */
export function claimDifferences(rebuilt: RebuiltAttempt, replay: Scorecard): string[] {
  const out: string[] = [];
  const differ = (what: string, lrs: string, replayed: string) => {
    if (lrs !== replayed) out.push(`${what} is ${lrs} in the LRS, ${replayed} by replay`);
  };
  if (rebuilt.turns.length !== replay.turns.length) {
    out.push(`the LRS has ${rebuilt.turns.length} turns, replay ${replay.turns.length}`);
  }
  rebuilt.turns.forEach((claimed, i) => {
    const turn = replay.turns[i];
    if (turn === undefined) return;
    differ(`turn ${i + 1}: the choice`, `'${claimed.choice}'`, `'${turn.choice}'`);
    for (const d of DIMENSIONS) {
      differ(
        `turn ${i + 1}: the ${DIMENSION_LABELS[d].toLowerCase()} mark`,
        num(claimed.marks[d]),
        num(turn.marks[d]),
      );
    }
  });
  const claimed = rebuilt.result;
  if (claimed === undefined) return out;
  differ('overall', num(claimed.overall), num(replay.overall));
  differ('the result', result(claimed.pass), result(replay.pass));
  differ('the pass mark', String(claimed.passMark), String(replay.passMark));
  for (const d of DIMENSIONS) {
    differ(DIMENSION_LABELS[d], num(claimed.dimensions[d]), num(replay.dimensions[d].score));
  }
  const ending = (title: string | undefined) => (title === undefined ? 'none' : `'${title}'`);
  differ('the ending', ending(claimed.ending?.title), ending(replay.ending?.title));
  return out;
}

/**
 * An attempt rebuilt from an LRS, verified like an imported file: its log is replayed
 * against the scenario version it names (`cannot-verify` when this app lacks it), and
 * every number the statements claim is held against the replay; a difference makes it
 * `altered`, each difference named. Never throws.
 */
export function verifyRebuiltAttempt(
  rebuilt: RebuiltAttempt,
  findScenario: (fingerprint: string) => LoadedScenario | undefined,
  context: VerifyContext,
): ReviewAttempt {
  const verified = verifyAttempt(
    { file: context.source, log: rebuilt.log, status: rebuilt.status },
    findScenario,
    context,
  );
  const record = verified.verification;
  if (record === undefined || record.status === 'cannot-verify') return verified;
  if (verified.scorecard === undefined) return verified;
  const differences = claimDifferences(rebuilt, verified.scorecard);
  if (differences.length === 0) return verified;
  return {
    ...verified,
    verification: {
      ...record,
      status: 'altered',
      problems: [...record.problems, ...differences],
    },
  };
}
