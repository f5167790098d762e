import { DIMENSION_LABELS } from '../../core/scoring/score-attempt.ts';

const NAMED: Record<string, string> = { ...DIMENSION_LABELS, 'live-chat': 'Live chat' };

/** A skill tag as people read it: dimension names as scored, free tags de-hyphenated. */
export function skillLabel(skill: string): string {
  const named = NAMED[skill];
  if (named !== undefined) return named;
  const words = skill.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
