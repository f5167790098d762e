import { useEffect, useState } from 'react';
import { formatDuration } from '../../../ui/format-duration.ts';

/** Props of {@link CallTimer}. */
export interface CallTimerProps {
  /** What the timer measures ("Call time"). */
  label: string;
  /** Active ms now. */
  getActiveNow: () => number;
  /** The clock stands still (paused or ended). */
  stopped: boolean;
}

/** A running m:ss timer; role timer, so screen readers read it when asked, not every second. */
export function CallTimer({ label, getActiveNow, stopped }: CallTimerProps) {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (stopped) return undefined;
    const timer = window.setInterval(() => setTick((n) => n + 1), 500);
    return () => window.clearInterval(timer);
  }, [stopped]);
  return (
    <span className="call-timer" role="timer" aria-label={label}>
      <span className="call-timer__label" aria-hidden="true">
        {label}
      </span>{' '}
      <span className="call-timer__time">{formatDuration(getActiveNow())}</span>
    </span>
  );
}
