import type { PlayView } from '../../core/play/play-view.ts';
import { ReplyOptions } from './reply-options.tsx';
import { TurnClock } from './turn-clock.tsx';

/** Props of {@link ReplyPanel}. */
export interface ReplyPanelProps {
  /** The current turn. */
  view: PlayView;
  /** Active ms spent on this turn so far. */
  getElapsed: () => number;
  /** Replies with an option. */
  onChoose: (event: string) => void;
  /** Pauses or resumes. */
  onTogglePause: () => void;
}

/** The trainee's side: the turn clock, Pause, and the replies (hidden while paused). */
export function ReplyPanel({ view, getElapsed, onChoose, onTogglePause }: ReplyPanelProps) {
  const count = Math.min(9, view.options.length);
  return (
    <section className="reply" aria-label="Reply">
      <div className="reply__bar">
        <TurnClock budgetMs={view.replyWithinMs} getElapsed={getElapsed} paused={view.paused} />
        <button type="button" className="button button--quiet reply__pause" onClick={onTogglePause}>
          {view.paused ? 'Resume' : 'Pause'}
        </button>
      </div>
      {view.paused ? (
        <p className="reply__paused">Paused. The clock is stopped; resume when you are ready.</p>
      ) : (
        <>
          <ReplyOptions
            options={view.options}
            onChoose={onChoose}
            disabled={view.saving}
            turnKey={`${view.state}@${view.turnStartedT}`}
          />
          {count > 1 && (
            <p className="reply__hint">
              Tip: press <kbd>1</kbd>–<kbd>{count}</kbd> to choose a reply.
            </p>
          )}
        </>
      )}
    </section>
  );
}
