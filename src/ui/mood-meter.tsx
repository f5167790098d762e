import { m, useReducedMotion } from 'framer-motion';
import { useEffect, useState } from 'react';
import { moodCue, type MoodCue } from './mood-cue.ts';
import { moodBand } from './mood-words.ts';
import './mood-meter.css';

/** Props of {@link MoodMeter}. */
export interface MoodMeterProps {
  /** The customer's name, for the accessible label. */
  name: string;
  /** Mood 0..100. */
  mood: number;
}

/** How long the "↓ Upset" cue stays visible. */
const CUE_MS = 4000;

interface ShownCue extends MoodCue {
  /** Changes with every mood change, so the same cue twice still animates and times out. */
  id: number;
}

/**
 * The customer's mood as a word and a bar that moves when it changes, with a short
 * cue ("↓ Upset") after each change, announced politely to screen readers.
 */
export function MoodMeter({ name, mood }: MoodMeterProps) {
  const band = moodBand(mood);
  const reduce = useReducedMotion() ?? false;
  // Derived from the previous render (React's "adjust state on prop change" pattern).
  const [last, setLast] = useState(mood);
  const [cue, setCue] = useState<ShownCue | null>(null);
  const [announcement, setAnnouncement] = useState('');
  if (mood !== last) {
    setLast(mood);
    const next = moodCue(name, last, mood);
    if (next !== null) {
      setCue({ ...next, id: (cue?.id ?? 0) + 1 });
      setAnnouncement(next.announcement);
    }
  }
  useEffect(() => {
    if (cue === null) return undefined;
    const timer = window.setTimeout(() => setCue(null), CUE_MS);
    return () => window.clearTimeout(timer);
  }, [cue]);

  return (
    <div className="mood-meter">
      <div
        className="mood-meter__gauge"
        role="meter"
        aria-label={`${name}'s mood`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={mood}
        aria-valuetext={`${band.word}, ${mood} out of 100`}
      >
        <span className="mood-meter__caption" aria-hidden="true">
          Mood
        </span>
        <span className="mood-meter__reading" aria-hidden="true">
          {cue === null ? (
            <span className={`mood-meter__word mood-meter__word--${band.tone}`}>{band.word}</span>
          ) : (
            <m.span
              key={cue.id}
              className={`mood-meter__cue mood-meter__cue--${cue.direction}`}
              initial={reduce ? false : { opacity: 0, y: cue.direction === 'up' ? 5 : -5 }}
              animate={{ opacity: 1, y: 0 }}
              transition={{ duration: reduce ? 0 : 0.3 }}
            >
              {cue.label}
            </m.span>
          )}
        </span>
        <span className="mood-meter__track" aria-hidden="true">
          <m.span
            className={`mood-meter__fill mood-meter__fill--${band.tone}`}
            initial={false}
            animate={{ width: `${Math.max(3, mood)}%` }}
            transition={reduce ? { duration: 0 } : { type: 'spring', stiffness: 120, damping: 18 }}
          />
        </span>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
