import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../core/analysis/analyse-scenario.ts';
import { buildScenarioDiagram } from '../../../core/studio/scenario-diagram.ts';
import { endingState, loadedFrom } from '../../../core/testing/loaded-from.ts';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { renderUi } from '../../../ui/testing/render-ui.tsx';
import { AnalysisPanel } from './analysis-panel.tsx';

const loaded = loadedFrom({
  id: 'refund',
  initial: 'ask',
  states: {
    ask: {
      meta: { customer: 'I want a refund.' },
      on: {
        help: {
          target: 'confirm',
          meta: { reply: 'Of course, I will sort it now.', tone: 2, promptness: 1 },
        },
        refuse: { target: 'gone', meta: { reply: 'No.', tone: -2, promptness: -1 } },
      },
    },
    confirm: {
      meta: { customer: 'Thanks. Anything else?' },
      on: {
        extra: {
          target: 'happy',
          meta: { reply: 'Here is a voucher too.', tone: 1, extraMile: 2 },
        },
      },
      after: { 30000: { target: 'happy', meta: { promptness: -2 } } },
    },
    happy: endingState('Happy customer'),
    gone: endingState('Gone for good', false),
    never: endingState('Never seen'),
  },
});

afterEach(cleanup);

describe('AnalysisPanel', () => {
  it('lays out paths, score ranges, endings and the model answer, and passes axe', async () => {
    const analysis = analyseScenario(loaded);
    const { container } = renderUi(
      <AnalysisPanel analysis={analysis} diagram={buildScenarioDiagram(loaded, analysis)} />,
    );
    const panel = screen.getByRole('region', { name: 'Analysis' });
    expect(panel.textContent).toContain('5 states, 3 options, 3 endings (2 reachable).');
    expect(panel.textContent).toContain('Distinct paths3');
    expect(panel.textContent).toContain('1 turn, ends \u201cGone for good\u201d: refuse');
    expect(panel.textContent).toContain('2 turns, ends \u201cHappy customer\u201d');
    const table = screen.getByRole('table', { name: 'Best and worst reachable scores' });
    const rows = within(table).getAllByRole('row');
    expect(
      rows.map((r) =>
        within(r)
          .queryAllByRole('rowheader')
          .map((h) => h.textContent),
      ),
    ).toEqual([[], ['Tone'], ['Promptness'], ['Extra mile'], ['Overall']]);
    expect(rows[1]?.textContent).toContain(String(analysis.dimensions.tone.best?.score));
    const endings = panel.querySelector('.analysis-panel__endings')?.textContent ?? '';
    expect(endings).toContain('Happy customer (delighted): reached');
    expect(endings).toContain('Gone for good (lost): reached');
    expect(endings).toContain('Never seen (delighted): never reached');
    const steps = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol') !== null);
    expect(steps.map((s) => s.textContent)).toEqual([
      'ask: help Of course, I will sort it now.',
      'confirm: extra Here is a voucher too.',
    ]);
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('says there is no analysis while the file does not load', async () => {
    const { container } = renderUi(<AnalysisPanel analysis={undefined} />);
    expect(screen.getByText('No analysis: the file has errors to fix first.')).toBeTruthy();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });
});
