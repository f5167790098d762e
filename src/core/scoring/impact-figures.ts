/**
 * The business-impact figures the project was founded on, quoted verbatim from the seed
 * documents (a test checks each quote against the seed text when it is available).
 * The seeds carry no titles, so a source names the seed, its author when signed, and the
 * section the quote sits under.
 */

/** Where a figure comes from. */
export interface FigureSource {
  /** Seed document number, as in the project's seed folder. */
  seed: string;
  /** The seed's file name. */
  file: string;
  /** The author, when the document is signed. */
  author?: string;
  /** The heading the quote sits under. */
  section: string;
  /** Whom the document itself credits for the figure. */
  cites: string;
}

/** One figure: a short headline and the verbatim quote behind it. */
export interface ImpactFigure {
  /** Stable id. */
  id: string;
  /** The figure in a few words, for a card's title. */
  headline: string;
  /** The sentence as the source gives it, unchanged. */
  quote: string;
  /** Where it comes from. */
  source: FigureSource;
}

const SEED_001 = { seed: '001', file: '001_54df6a856b183d24.txt', author: 'Kim' } as const;
const SEED_003 = {
  seed: '003',
  file: '003_6471059f503c38e2.txt',
  section: 'Why is customer care so imperative to your business?',
} as const;

/** A bad experience travels: nine listeners at least, more than 20 for 13% of complaints. */
export const WORD_OF_MOUTH: ImpactFigure = {
  id: 'word-of-mouth',
  headline: 'One bad experience reaches 9 to 20+ people',
  quote:
    'According to research the average person who has a bad-service experience tells at least nine others about it and 13% of complaints relate their experience to more than 20 other people.',
  source: { ...SEED_003, cites: 'unnamed research' },
};

/** Unremarkable ("silent") service is barely talked about. */
export const SILENT_SERVICE: ImpactFigure = {
  id: 'silent-service',
  headline: 'Silent service is told to only 3 or 4 people',
  quote: 'In comparison, people who receive silent service only tell three or four others about it',
  source: { ...SEED_003, cites: 'unnamed research' },
};

/** It takes a dozen good experiences to undo one bad one. */
export const TWELVE_TO_ONE: ImpactFigure = {
  id: 'twelve-to-one',
  headline: '12 good experiences to make up for 1 bad one',
  quote:
    'Many marketing experts estimate that 12 positive experiences are necessary to make up for just one unsatisfactory customer service experience.',
  source: { ...SEED_001, section: 'They remember', cites: 'many marketing experts' },
};

/** Winning a new customer costs five to 25 times keeping one (seed 001). */
export const ACQUISITION_COST: ImpactFigure = {
  id: 'acquisition-cost',
  headline: 'A new customer costs 5 to 25 times more than keeping one',
  quote:
    'Depending on which study you believe, and what industry you\u2019re in, acquiring a new customer is anywhere from five to 25 times more expensive than retaining an existing one.',
  source: { ...SEED_001, section: 'They return', cites: 'several studies' },
};

/** Winning a new customer costs up to five times keeping one (seed 003). */
export const REPLACEMENT_COST: ImpactFigure = {
  id: 'replacement-cost',
  headline: 'Up to 5 times the cost to replace a customer',
  quote:
    'It costs up to five times as much to go out and get a new customer as to retain those we have.',
  source: { ...SEED_003, cites: 'surveys' },
};

/** Reichheld (Bain): 5% more retention, 25% to 95% more profit. */
export const RETENTION_PROFIT: ImpactFigure = {
  id: 'retention-profit',
  headline: '+5% retention, +25% to 95% profit',
  quote:
    'Research done by Frederick Reichheld of Bain and Company in Boston, MA concluded that increasing customer retention rates by 5% increases profits by 25% to 95%.',
  source: { ...SEED_001, section: 'They return', cites: 'Frederick Reichheld, Bain and Company' },
};

/** Service-driven companies charge more and grow faster. */
export const SERVICE_PREMIUM: ImpactFigure = {
  id: 'service-premium',
  headline: 'Up to 9% higher prices, twice the growth',
  quote:
    'Surveys suggest that service driven companies are able to charge up to 9% more for the goods and services they offer and grow twice as fast as the average.',
  source: { ...SEED_003, cites: 'surveys' },
};

/** Every figure, for documentation and the quote check. */
export const IMPACT_FIGURES: readonly ImpactFigure[] = [
  WORD_OF_MOUTH,
  SILENT_SERVICE,
  TWELVE_TO_ONE,
  ACQUISITION_COST,
  REPLACEMENT_COST,
  RETENTION_PROFIT,
  SERVICE_PREMIUM,
];
