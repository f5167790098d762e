import { m } from 'framer-motion';
import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { ScoringWeights } from '../../core/scenario/scenario-types.ts';
import { PrincipleTag } from '../../ui/principle-tag.tsx';
import { useEnterMotion } from '../../ui/use-enter-motion.ts';
import { coachVerdict } from './coach-tone.ts';

/** Props of {@link CoachNote}. */
export interface CoachNoteProps {
  /** The turn just answered. */
  turn: TurnRecord;
  /** The scenario's weights (to judge how good the reply was). */
  weights: ScoringWeights;
}

/** Practice mode: the coach's feedback on the reply just given, with the principle behind it. */
export function CoachNote({ turn, weights }: CoachNoteProps) {
  const enter = useEnterMotion();
  const { feedback, principle } = turn.response.meta;
  if (feedback === undefined) return null;
  const verdict = coachVerdict(turn, weights);
  return (
    <m.aside className={`coach coach--${verdict.tone}`} aria-label="Coach" {...enter}>
      <div className="coach__head">
        <span className="coach__icon" aria-hidden="true">
          {verdict.icon}
        </span>
        <p className="coach__heading">
          <span className="coach__who">Coach</span> {verdict.heading}
        </p>
        {principle !== undefined && <PrincipleTag principle={principle} />}
      </div>
      <p className="coach__text">{feedback}</p>
    </m.aside>
  );
}
