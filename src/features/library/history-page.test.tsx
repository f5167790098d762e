import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { HistoryPage } from './history-page.tsx';
import { ONE_TURN, storedAttempt } from './testing/attempt-fixtures.ts';

function renderHistory(attempts: StoredAttempt[]) {
  render(
    <HistoryPage
      trainee="Dana"
      scenarios={[ONE_TURN.scenario]}
      scenarioFor={(id) => (id === ONE_TURN.scenario.id ? ONE_TURN : undefined)}
      attempts={{ status: 'ready', attempts }}
      attemptHref={(id) => `#/attempt/${id}`}
      libraryHref="#/"
    />,
  );
}

afterEach(cleanup);

describe('HistoryPage', () => {
  it('lists finished attempts newest first, each opening its scorecard', () => {
    renderHistory([
      storedAttempt({ id: 'old', reply: 'help', startedAt: Date.UTC(2025, 0, 1) }),
      storedAttempt({ id: 'open', startedAt: Date.UTC(2025, 0, 3) }),
      storedAttempt({
        id: 'new',
        reply: 'shrug',
        mode: 'assessment',
        startedAt: Date.UTC(2025, 0, 2),
      }),
    ]);
    const past = screen.getByRole('list', { name: 'Past attempts' });
    const items = [...past.querySelectorAll<HTMLElement>(':scope > li')];
    expect(items).toHaveLength(2);
    const [newest, oldest] = items;
    if (newest === undefined || oldest === undefined) throw new Error('two attempts');
    expect(newest.textContent).toMatch(/Assessment/);
    expect(newest.textContent).toMatch(/Below the pass mark/);
    expect(newest.textContent).toMatch(/Ending: Lost/);
    expect(within(newest).getByRole('list', { name: 'Scores by dimension' }).textContent).toMatch(
      /Tone.*Promptness.*Extra mile/,
    );
    expect(oldest.textContent).toMatch(/Practice/);
    expect(within(newest).getByRole('link', { name: /^Open scorecard: One turn/ })).toHaveProperty(
      'hash',
      '#/attempt/new',
    );
  });

  it('gives the best score per scenario, linked to the attempt that earned it', () => {
    renderHistory([
      storedAttempt({ id: 'poor', reply: 'shrug' }),
      storedAttempt({ id: 'good', reply: 'help' }),
    ]);
    const best = screen.getByRole('link', { name: /^Best \d+, out of 100 on One turn$/ });
    expect(best).toHaveProperty('hash', '#/attempt/good');
    expect(best.parentElement?.textContent).toMatch(/2 finished attempts/);
  });

  it('says what to do when nothing is finished yet', () => {
    renderHistory([storedAttempt({ id: 'open' })]);
    expect(screen.getByText('Not tried yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pick a scenario in the library' })).toBeTruthy();
  });
});
