import { DIMENSIONS, type EndingMeta } from '../scenario/scenario-types.ts';
import { DIMENSION_LABELS } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';

/** How a number reads in a sentence; null is a score that was not given. */
const num = (value: number | null): string => (value === null ? 'not scored' : String(value));

const result = (pass: boolean | null): string =>
  pass === null ? 'not scored' : pass ? 'passed' : 'failed';

const ending = (e: EndingMeta | null): string => (e === null ? 'none' : `'${e.title}'`);

/** "overall is 96 in the file, 41 by replay", or nothing when they agree. */
function differ(what: string, file: string, replay: string, out: string[]): void {
  if (file !== replay) out.push(`${what} is ${file} in the file, ${replay} by replay`);
}

function endingDifferences(
  file: EndingMeta | null,
  replay: EndingMeta | null,
  out: string[],
): void {
  if (file === null || replay === null || file.title !== replay.title) {
    differ('the ending', ending(file), ending(replay), out);
    return;
  }
  const kept = (e: EndingMeta): string => (e.retained ? 'kept' : 'lost');
  differ(`whether the customer was kept ('${file.title}')`, kept(file), kept(replay), out);
  differ(`the review ('${file.title}')`, `${file.review} stars`, `${replay.review} stars`, out);
}

function turnDifferences(file: Scorecard, replay: Scorecard, out: string[]): void {
  if (file.turns.length !== replay.turns.length)
    out.push(`the file has ${file.turns.length} turns, replay ${replay.turns.length}`);
  const count = Math.min(file.turns.length, replay.turns.length);
  for (let i = 0; i < count; i++) {
    const a = file.turns[i];
    const b = replay.turns[i];
    if (a === undefined || b === undefined) continue;
    const turn = `turn ${i + 1}`;
    differ(`${turn}: the choice`, `'${a.choice}'`, `'${b.choice}'`, out);
    for (const d of DIMENSIONS)
      differ(
        `${turn}: the ${DIMENSION_LABELS[d].toLowerCase()} mark`,
        num(a.marks[d]),
        num(b.marks[d]),
        out,
      );
  }
}

/**
 * Every number of a claimed scorecard that the replayed one does not match, in words
 * ("overall is 96 in the file, 41 by replay"): overall, pass, pass mark, each dimension,
 * the ending and each turn's choice and marks. Texts are not compared: they are derived
 * from these numbers and may be worded differently by another version of the app.
 */
export function scorecardDifferences(file: Scorecard, replay: Scorecard): string[] {
  const out: string[] = [];
  differ('overall', num(file.overall), num(replay.overall), out);
  differ('the result', result(file.pass), result(replay.pass), out);
  differ('the pass mark', String(file.passMark), String(replay.passMark), out);
  for (const d of DIMENSIONS) {
    differ(
      DIMENSION_LABELS[d],
      num(file.dimensions[d].score),
      num(replay.dimensions[d].score),
      out,
    );
  }
  endingDifferences(file.ending, replay.ending, out);
  turnDifferences(file, replay, out);
  if (out.length > 0 && file.engineVersion !== replay.engineVersion) {
    // Not proof of tampering on its own: another engine may score differently.
    out.push(
      `the file was scored by engine ${file.engineVersion}, this app's engine is ${replay.engineVersion}`,
    );
  }
  return out;
}
