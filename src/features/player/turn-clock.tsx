import { useEffect, useState } from 'react';
import { formatDuration } from '../../ui/format-duration.ts';

/** Props of {@link TurnClock}. */
export interface TurnClockProps {
  /** Reply budget of the current turn in ms. */
  budgetMs: number;
  /** Active ms spent on this turn so far (pauses excluded). */
  getElapsed: () => number;
  /** Whether the conversation is paused (the clock stands still). */
  paused: boolean;
}

/** How long the trainee has been on this turn, against the reply budget. */
export function TurnClock({ budgetMs, getElapsed, paused }: TurnClockProps) {
  // The clock lives in the engine; this only asks React to look again four times a second.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (paused) return undefined;
    const timer = window.setInterval(() => setTick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [paused]);
  const elapsed = getElapsed();

  const over = elapsed > budgetMs;
  const share = Math.min(100, (elapsed / budgetMs) * 100);
  return (
    <div className={`turn-clock${over ? ' turn-clock--over' : ''}`}>
      <span className="turn-clock__text">
        {over
          ? `Over time by ${formatDuration(elapsed - budgetMs)}`
          : `${formatDuration(elapsed)} of ${formatDuration(budgetMs)} to reply`}
        {paused && ' (paused)'}
      </span>
      <span className="turn-clock__track" aria-hidden="true">
        <span className="turn-clock__fill" style={{ width: `${share}%` }} />
      </span>
    </div>
  );
}
