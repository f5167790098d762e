import type { EndingMeta } from '../scenario/scenario-types.ts';
import {
  ACQUISITION_COST,
  REPLACEMENT_COST,
  RETENTION_PROFIT,
  SERVICE_PREMIUM,
  SILENT_SERVICE,
  TWELVE_TO_ONE,
  WORD_OF_MOUTH,
  type ImpactFigure,
} from './impact-figures.ts';
import type { Scorecard } from './scorecard-types.ts';

/** What the ending means for the business. */
export type ImpactOutcome = 'lost' | 'kept' | 'open';

/** The figures to show after an attempt, chosen for how it ended. */
export interface BusinessImpact {
  /** Lost customer, kept customer, or no ending yet. */
  outcome: ImpactOutcome;
  /** One line framing the figures. */
  headline: string;
  /** The figures, most telling first. */
  figures: ImpactFigure[];
}

/** Reviews at or below this are "silent service": kept, but nothing to tell anyone. */
const LUKEWARM_REVIEW = 3;

/**
 * Chooses the figures to show: a lost customer talks and must be replaced at a price;
 * a kept one is where profit comes from, unless the service was only just good enough.
 */
export function impactFor(ending: EndingMeta | null, scorecard: Scorecard): BusinessImpact {
  if (ending === null) {
    return {
      outcome: 'open',
      headline: 'The conversation has not ended yet.',
      figures: [],
    };
  }
  if (!ending.retained) {
    return {
      outcome: 'lost',
      headline: 'A lost customer costs more than one sale.',
      figures: [WORD_OF_MOUTH, TWELVE_TO_ONE, ACQUISITION_COST, REPLACEMENT_COST],
    };
  }
  const figures = [RETENTION_PROFIT, SERVICE_PREMIUM];
  // Kept but unimpressed: there is little good word of mouth, and a poor turn still weighs.
  if (ending.review <= LUKEWARM_REVIEW) figures.push(SILENT_SERVICE);
  if (scorecard.pass === false) figures.push(TWELVE_TO_ONE);
  return {
    outcome: 'kept',
    headline: 'A customer kept is worth more than one sale.',
    figures,
  };
}
