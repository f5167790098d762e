import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seriousAxeFindings } from '../../ui/testing/axe-check.ts';
import { renderUi } from '../../ui/testing/render-ui.tsx';
import { ScorecardView } from './scorecard-view.tsx';
import { playSample } from './testing/sample-attempt.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const attempt = playSample([{ wait: 60_000 }, { wait: 5_000, option: 'sorry' }]);

function show(extra: { durable?: boolean; onNext?: () => void; exitLabel?: string } = {}) {
  const actions = { onRetry: vi.fn(), onExit: vi.fn() };
  const view = renderUi(
    <ScorecardView
      scorecard={attempt.scorecard}
      turns={attempt.turns}
      log={attempt.log}
      customerName="Megan Hollis"
      durable={extra.durable ?? true}
      onNext={extra.onNext}
      exitLabel={extra.exitLabel}
      {...actions}
    />,
  );
  return { ...view, ...actions };
}

describe('ScorecardView', () => {
  it('shows the overall verdict, the dimensions and the ending', async () => {
    const { container } = show();
    expect(screen.getByText(/^Overall/).textContent).toMatch(/\d+ out of 100/);
    const dimensions = screen.getByRole('list', { name: 'Scores by dimension' });
    expect(dimensions.children).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Parcel found' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '5 of 5 stars' })).toBeTruthy();
    expect(screen.getByText('Megan Hollis stays')).toBeTruthy();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('lists every turn with time taken, marks, coach and better reply', () => {
    show();
    const turns = screen.getByRole('list', { name: 'Turns' });
    expect(turns.children).toHaveLength(2);
    expect(
      within(turns)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Turn 1', 'Turn 2']);
    expect(screen.getByText('no reply in 1 min (budget 30 s)')).toBeTruthy();
    expect(screen.getByText('5 s of 30 s')).toBeTruthy();
    expect(screen.getByText('She waited and heard nothing.')).toBeTruthy();
    expect(screen.getAllByText('A better reply').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Tone').length).toBeGreaterThan(1);
  });

  it('says where the way back leads: the library, or the editor after a playtest', () => {
    const { onExit, unmount } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(onExit).toHaveBeenCalledTimes(1);
    unmount();
    show({ exitLabel: 'Back to the editor' });
    expect(screen.queryByRole('button', { name: 'Back to the library' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to the editor' })).toBeTruthy();
  });

  it('offers Next only when there is a next scenario', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Next scenario' })).toBeNull();
    cleanup();
    const onNext = vi.fn();
    show({ onNext });
    fireEvent.click(screen.getByRole('button', { name: 'Next scenario' }));
    expect(onNext).toHaveBeenCalled();
  });

  it('downloads the attempt as JSON, prominently when it is not stored', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:attempt';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    show({ durable: false });
    fireEvent.click(screen.getByRole('button', { name: 'Download this attempt' }));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('parcel-question-sam-rivera-2025-03-17.json');
    const file = JSON.parse(await created[0]!.text()) as { attempt: unknown; scorecard: unknown };
    expect(file.attempt).toEqual(attempt.log);
    expect(file.scorecard).toEqual(attempt.scorecard);
    expect(screen.getByRole('button', { name: 'Download the attempt (JSON)' })).toBeTruthy();
  });

  it('prints from the Print button', () => {
    const print = vi.fn();
    window.print = print;
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });
});
