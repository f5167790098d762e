/** How a played scenario ended, as the app hands it to an LMS session. */
export interface LmsResult {
  /** The conversation reached one of its endings (the trainee saw all of it). */
  ended: boolean;
  /** Overall score 0..100 (the scorecard's `overall`), or null when nothing was assessed. */
  score: number | null;
}

/** Why a result cannot be reported, or undefined when it can. */
export function resultProblem(result: LmsResult): string | undefined {
  if (typeof result.ended !== 'boolean') return 'result.ended must be true or false';
  const { score } = result;
  if (score === null) return undefined;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    return `result.score must be a number from 0 to 100 or null, not ${String(score)}`;
  }
  return undefined;
}

/** A value from outside (an LMS, a JSON body) as text for a sentence. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === undefined || value === null) return '';
  return JSON.stringify(value) ?? '';
}

/** The message of anything thrown, for a sentence. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
