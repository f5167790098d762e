import { m, useReducedMotion } from 'framer-motion';
import { moodBand } from './mood-words.ts';
import './mood-meter.css';

/** Props of {@link MoodMeter}. */
export interface MoodMeterProps {
  /** The customer's name, for the accessible label. */
  name: string;
  /** Mood 0..100. */
  mood: number;
}

/** The customer's mood as a word and a bar that moves when it changes. */
export function MoodMeter({ name, mood }: MoodMeterProps) {
  const band = moodBand(mood);
  const reduce = useReducedMotion();
  return (
    <div
      className="mood-meter"
      role="meter"
      aria-label={`${name}'s mood`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={mood}
      aria-valuetext={`${band.word}, ${mood} out of 100`}
    >
      <span className="mood-meter__word">{band.word}</span>
      <span className="mood-meter__track" aria-hidden="true">
        <m.span
          className={`mood-meter__fill mood-meter__fill--${band.tone}`}
          initial={false}
          animate={{ width: `${mood}%` }}
          transition={reduce ? { duration: 0 } : { type: 'spring', stiffness: 120, damping: 18 }}
        />
      </span>
    </div>
  );
}
