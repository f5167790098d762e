import { act, fireEvent, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseScenario } from '../../../core/analysis/analyse-scenario.ts';
import { buildScenarioDiagram } from '../../../core/studio/scenario-diagram.ts';
import { endingState, loadedFrom } from '../../../core/testing/loaded-from.ts';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { renderUi } from '../../../ui/testing/render-ui.tsx';
import { ScenarioGraphView } from './scenario-graph-view.tsx';

const loaded = loadedFrom({
  id: 'parcel',
  initial: 'greet',
  states: {
    greet: {
      meta: { customer: 'Where is my parcel?' },
      on: {
        trace: { target: 'happy', meta: { reply: 'Let me trace it now.', tone: 2, extraMile: 1 } },
        stall: { target: 'stuck', meta: { reply: 'Hm.', tone: -1 } },
        dismiss: { target: 'lost', meta: { reply: 'Not my job.', tone: -2 } },
      },
    },
    stuck: { meta: { customer: 'Well?' } },
    orphan: { meta: { customer: 'Nobody gets here.' }, on: { ok: 'happy' } },
    happy: endingState('Delighted customer'),
    lost: endingState('Gone', false),
  },
});
const diagram = buildScenarioDiagram(loaded, analyseScenario(loaded));

function Harness({ onSelect }: { onSelect: (id: string) => void }) {
  const [selected, setSelected] = useState<string | undefined>();
  return (
    <ScenarioGraphView
      diagram={diagram}
      selectedState={selected}
      onSelectState={(id) => {
        setSelected(id);
        onSelect(id);
      }}
      label="Parcel scenario"
    />
  );
}

/** Lets the page-thread layout (a timer where there is no Worker) finish. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

afterEach(cleanup);

describe('ScenarioGraphView', () => {
  it('lists every state with its kind and flags in words, and passes axe', async () => {
    const { container } = renderUi(<Harness onSelect={() => {}} />);
    await settle();
    const list = screen.getByRole('listbox', { name: 'States of Parcel scenario' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'greet turn; \u25b6 start; \u2605 model answer, step 1',
      'stuck turn; \u26a0 trap',
      'orphan turn; \u2298 unreachable',
      'happy ending: delighted, 5 stars; \u2605 model answer',
      'lost ending: lost, 1 star',
    ]);
    expect(screen.getByRole('group', { name: 'Graph of Parcel scenario' })).toBeTruthy();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('chooses states from the keyboard: arrows move, Enter and Space choose', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderUi(<Harness onSelect={onSelect} />);
    await settle();
    const list = screen.getByRole('listbox');
    list.focus();
    // Focus makes the first state active; one step down is the second.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('parcel.stuck');
    const selected = within(list).getByRole('option', { selected: true });
    expect(selected.textContent).toContain('stuck');
    expect(list.getAttribute('aria-activedescendant')).toBe(selected.id);
    await user.keyboard('{End} ');
    expect(onSelect).toHaveBeenLastCalledWith('parcel.lost');
    await user.keyboard('{Home}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('parcel.greet');
  });

  it('filters the list and chooses by click', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderUi(<Harness onSelect={onSelect} />);
    await settle();
    await user.type(screen.getByRole('searchbox', { name: 'Filter states' }), 'ending');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(screen.getByText('2 of 5 states')).toBeTruthy();
    await user.click(options[1] as HTMLElement);
    expect(onSelect).toHaveBeenLastCalledWith('parcel.lost');
  });

  it('draws the laid-out graph with the selected node highlighted, and zooms by key and button', async () => {
    const { container } = renderUi(
      <ScenarioGraphView
        diagram={diagram}
        selectedState="parcel.happy"
        onSelectState={() => {}}
        label="Parcel"
      />,
    );
    await settle();
    expect(container.querySelectorAll('.graph-node')).toHaveLength(5);
    expect(container.querySelector('.graph-node--selected')?.textContent).toContain('happy');
    expect(container.querySelector('.graph-node--ending-lost')?.textContent).toContain(
      'lost: Gone',
    );
    expect(container.querySelectorAll('.graph-edge--model').length).toBeGreaterThan(0);
    const zoom = (): string => container.querySelector('.scenario-graph__zoom')?.textContent ?? '';
    const before = zoom();
    const canvas = screen.getByRole('group', { name: 'Graph of Parcel' });
    fireEvent.keyDown(canvas, { key: '+' });
    expect(zoom()).not.toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(zoom()).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(zoom()).not.toBe(before);
  });

  it('says there is no graph while the file does not load', async () => {
    const { container } = renderUi(
      <ScenarioGraphView diagram={undefined} onSelectState={() => {}} label="Broken" />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'No graph: the file has errors to fix first.',
    );
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });
});
