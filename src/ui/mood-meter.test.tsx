import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MoodMeter } from './mood-meter.tsx';
import { seriousAxeFindings } from './testing/axe-check.ts';
import { renderUi } from './testing/render-ui.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('MoodMeter', () => {
  it('is a meter with the mood in words', async () => {
    const { container } = renderUi(<MoodMeter name="Megan" mood={55} />);
    const meter = screen.getByRole('meter', { name: "Megan's mood" });
    expect(meter.getAttribute('aria-valuenow')).toBe('55');
    expect(meter.getAttribute('aria-valuetext')).toBe('Calm, 55 out of 100');
    expect(await seriousAxeFindings(container)).toEqual([]);
  });

  it('shows a short cue when the mood moves, announced politely, then the word again', () => {
    vi.useFakeTimers();
    const { rerender } = renderUi(<MoodMeter name="Megan" mood={55} />);
    expect(screen.queryByText('\u2193 Upset')).toBeNull();
    rerender(<MoodMeter name="Megan" mood={30} />);
    expect(screen.getByText('\u2193 Upset')).toBeTruthy();
    const live = screen.getByText("Megan's mood dropped: upset.");
    expect(live.getAttribute('aria-live')).toBe('polite');
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(screen.queryByText('\u2193 Upset')).toBeNull();
    expect(screen.getByText('Upset')).toBeTruthy();
    rerender(<MoodMeter name="Megan" mood={75} />);
    expect(screen.getByText('\u2191 Pleased')).toBeTruthy();
  });
});
