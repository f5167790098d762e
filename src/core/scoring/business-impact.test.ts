import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadedFrom } from '../testing/loaded-from.ts';
import { impactFor } from './business-impact.ts';
import { IMPACT_FIGURES } from './impact-figures.ts';
import { scoreAttempt } from './score-attempt.ts';

// The seeds live beside the repository in the project's workspace (and in CI), not in a clone.
const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

describe('business-impact figures', () => {
  it.runIf(existsSync(seeds))('quotes every figure verbatim from its seed', () => {
    for (const figure of IMPACT_FIGURES) {
      const text = readFileSync(`${seeds}${figure.source.file}`, 'utf8');
      expect(text, figure.id).toContain(figure.quote);
      expect(text, figure.id).toContain(figure.source.section);
      if (figure.source.author !== undefined)
        expect(text, figure.id).toContain(figure.source.author);
    }
  });

  it('gives each figure a distinct id and a source', () => {
    expect(new Set(IMPACT_FIGURES.map((f) => f.id)).size).toBe(IMPACT_FIGURES.length);
    for (const figure of IMPACT_FIGURES) expect(figure.source.cites.length).toBeGreaterThan(0);
  });
});

describe('impactFor', () => {
  const loaded = loadedFrom({ id: 'fixture', initial: 'a', states: { a: { type: 'final' } } });
  const card = scoreAttempt(loaded, []);
  const failed = { ...card, pass: false };

  it('shows word of mouth, 12-to-1 and acquisition cost for a lost customer', () => {
    const impact = impactFor({ title: 'Gone', retained: false, review: 1 }, card);
    expect(impact.outcome).toBe('lost');
    expect(impact.figures.map((f) => f.id)).toEqual([
      'word-of-mouth',
      'twelve-to-one',
      'acquisition-cost',
      'replacement-cost',
    ]);
  });

  it('shows retention and profit figures for a kept customer', () => {
    const impact = impactFor({ title: 'Kept', retained: true, review: 5 }, card);
    expect(impact.outcome).toBe('kept');
    expect(impact.figures.map((f) => f.id)).toEqual(['retention-profit', 'service-premium']);
  });

  it('adds silent service and 12-to-1 when a kept customer was served poorly', () => {
    const impact = impactFor({ title: 'Kept, barely', retained: true, review: 2 }, failed);
    expect(impact.figures.map((f) => f.id)).toEqual([
      'retention-profit',
      'service-premium',
      'silent-service',
      'twelve-to-one',
    ]);
  });

  it('shows nothing before the conversation ends', () => {
    expect(impactFor(null, card)).toMatchObject({ outcome: 'open', figures: [] });
  });
});
