import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';
import { seriousAxeFindings } from '../../../ui/testing/axe-check.ts';
import { ProblemsList } from './problems-list.tsx';

afterEach(cleanup);

const problems: Diagnostic[] = [
  {
    file: 'demo.yaml',
    line: 12,
    column: 7,
    severity: 'error',
    code: 'unknown-target',
    message: "unknown state 'reasured' - did you mean 'reassured'?",
    path: [],
  },
  {
    file: 'demo.yaml',
    line: 30,
    column: 5,
    severity: 'warning',
    code: 'single-option',
    message: "turn 'asks' has only one reply option",
    path: [],
  },
];

describe('ProblemsList', () => {
  it('lists each problem as a button: line:col severity message', async () => {
    const { container } = render(
      <ProblemsList diagnostics={problems} onSelect={() => undefined} />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      "12:7 error unknown state 'reasured' - did you mean 'reassured'?",
      "30:5 warning turn 'asks' has only one reply option",
    ]);
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('chooses a problem with a click or the keyboard', async () => {
    const onSelect = vi.fn();
    render(<ProblemsList diagnostics={problems} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /30:5/ }));
    expect(onSelect).toHaveBeenLastCalledWith(problems[1]);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /12:7/ }));
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(problems[0]);
  });

  it('says when there is nothing to fix', async () => {
    const { container } = render(<ProblemsList diagnostics={[]} onSelect={() => undefined} />);
    expect(screen.getByText('No problems')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(await seriousAxeFindings(container)).toEqual([]);
  });
});
