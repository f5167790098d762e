import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeFindings } from '../../ui/testing/axe-check.ts';
import { AttemptsTable } from './attempts-table.tsx';
import { reviewHref } from './review-links.ts';
import { summaryRows } from './testing/summary-rows.ts';

// jsdom has no layout: give the scroll box a size so the virtualiser fills one screen.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const titleOf = (id: string) =>
  id === 'the-angry-caller' ? 'The angry caller' : 'Into the email void';

describe('AttemptsTable', () => {
  it('keeps 100,000 rows out of the page but says how many there are', () => {
    const rows = summaryRows(100_000);
    render(
      <AttemptsTable
        rows={rows}
        sort={{ key: 'startedAt', direction: 'desc' }}
        onSort={vi.fn()}
        titleOf={titleOf}
        hrefs={reviewHref}
      />,
    );
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const bodyRows = within(table)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-rowindex') !== '1');
    expect(bodyRows.length).toBeGreaterThan(5);
    expect(bodyRows.length).toBeLessThan(100);
    expect(bodyRows[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('shows each attempt with links, scores, result and its origin flag', async () => {
    const rows = summaryRows(12);
    const { container } = render(
      <AttemptsTable
        rows={rows}
        sort={{ key: 'overall', direction: 'desc' }}
        onSort={vi.fn()}
        titleOf={titleOf}
        hrefs={reviewHref}
      />,
    );
    const first = screen.getAllByRole('row')[1];
    if (first === undefined) throw new Error('no first row');
    expect(within(first).getByRole('link', { name: 'Aisha Khan' }).getAttribute('href')).toBe(
      '#/review/trainee/Aisha%20Khan',
    );
    expect(within(first).getByRole('link', { name: 'Into the email void' })).toBeTruthy();
    // Row 0 is unscored (in progress) and flagged as altered.
    expect(within(first).getByText('In progress')).toBeTruthy();
    expect(within(first).getByText('Altered')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Overall/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('sorts by a column when its header is pressed', async () => {
    const onSort = vi.fn();
    render(
      <AttemptsTable
        rows={summaryRows(3)}
        sort={{ key: 'startedAt', direction: 'desc' }}
        onSort={onSort}
        titleOf={titleOf}
        hrefs={reviewHref}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Trainee' }));
    expect(onSort).toHaveBeenCalledWith('trainee');
  });
});
