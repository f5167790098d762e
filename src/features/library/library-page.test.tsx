import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { useLibraryFilterStore } from './library-filter-store.ts';
import { LibraryPage, type LibraryPageProps } from './library-page.tsx';
import { ONE_TURN, storedAttempt } from './testing/attempt-fixtures.ts';
import { polyfillDialog } from './testing/dialog-polyfill.ts';

const EMAIL: LoadedScenario = {
  ...ONE_TURN,
  scenario: {
    ...ONE_TURN.scenario,
    id: 'billing',
    title: 'Charged twice',
    channel: 'email',
    skills: ['tone', 'billing-disputes'],
  },
};

function renderLibrary(attempts: StoredAttempt[], overrides: Partial<LibraryPageProps> = {}) {
  const props: LibraryPageProps = {
    scenarios: [ONE_TURN.scenario, EMAIL.scenario],
    scenarioFor: (id) => [ONE_TURN, EMAIL].find((s) => s.scenario.id === id),
    failures: [],
    attempts: { status: 'ready', attempts },
    onStart: vi.fn(),
    onContinue: vi.fn(),
    onAbandon: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  const { rerender } = render(<LibraryPage {...props} />);
  const update = (next: StoredAttempt[]) =>
    rerender(<LibraryPage {...props} attempts={{ status: 'ready', attempts: next }} />);
  return { props, update };
}

const card = (title: string) => screen.getByRole('article', { name: title });

beforeAll(polyfillDialog);
afterEach(() => {
  cleanup();
  useLibraryFilterStore.getState().clear();
});

describe('LibraryPage', () => {
  it('shows the best score of finished attempts and "Not tried yet" otherwise', () => {
    renderLibrary([
      storedAttempt({ id: 'a', reply: 'shrug' }),
      storedAttempt({ id: 'b', reply: 'help' }),
    ]);
    expect(within(card('One turn')).getByText(/Your best score/).textContent).toMatch(
      /^Your best score: \d+ out of 100 \(pass\)$/,
    );
    expect(within(card('Charged twice')).getByText('Not tried yet')).toBeTruthy();
  });

  it('starts in the mode chosen on the card', async () => {
    const { props } = renderLibrary([]);
    await userEvent.click(screen.getByRole('button', { name: 'Take assessment One turn' }));
    expect(props.onStart).toHaveBeenCalledWith('one-turn', 'assessment');
    await userEvent.click(screen.getByRole('button', { name: 'Practise Charged twice' }));
    expect(props.onStart).toHaveBeenCalledWith('billing', 'practice');
  });

  it('narrows by search, channel and skill, announces the count and clears', async () => {
    renderLibrary([]);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Showing all 2 scenarios');

    await userEvent.click(screen.getByRole('radio', { name: 'Email' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(status.textContent).toBe('Showing 1 of 2 scenarios');

    await userEvent.click(screen.getByRole('radio', { name: 'All channels' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Billing disputes' }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual([
      'scenario-billing',
    ]);

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search scenarios' }),
      'no such words',
    );
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText(/Nothing matches these filters/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    expect(screen.getByRole('checkbox', { name: 'Billing disputes', checked: false })).toBeTruthy();
  });

  it('offers to continue an attempt in progress, and abandons only after confirmation', async () => {
    const inProgress = storedAttempt({ id: 'open', mode: 'assessment' });
    const { props, update } = renderLibrary([inProgress]);
    const one = card('One turn');
    expect(within(one).queryByRole('button', { name: /^Practise/ })).toBeNull();
    expect(within(one).getByText('In progress')).toBeTruthy();

    await userEvent.click(within(one).getByRole('button', { name: 'Continue One turn' }));
    expect(props.onContinue).toHaveBeenCalledWith(inProgress);

    await userEvent.click(within(one).getByRole('button', { name: 'Abandon One turn' }));
    const dialog = screen.getByRole('dialog', { name: 'Abandon this attempt?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(props.onAbandon).not.toHaveBeenCalled();

    await userEvent.click(within(one).getByRole('button', { name: 'Abandon One turn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Abandon attempt' }));
    expect(props.onAbandon).toHaveBeenCalledWith('open');

    // The store reports the change: the card offers a fresh start, with focus on it.
    update([{ ...inProgress, status: 'abandoned' }]);
    expect(document.activeElement).toBe(
      within(one).getByRole('button', { name: 'Practise One turn' }),
    );
  });

  it('says so when past attempts cannot be read, and still lists the scenarios', () => {
    renderLibrary([], { attempts: { status: 'failed', message: 'blocked' } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Your past attempts could not be read/);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByText('Not tried yet')).toBeNull();
  });
});
