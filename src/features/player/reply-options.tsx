import { useEffect, useRef } from 'react';
import { mayMoveFocus, trackInputModality } from '../../ui/input-modality.ts';

/** One reply as the trainee sees it. */
export interface ReplyChoice {
  /** Option id. */
  event: string;
  /** What the trainee would say. */
  reply: string;
}

/** Props of {@link ReplyOptions}. */
export interface ReplyOptionsProps {
  /** The replies open now, in order. */
  options: readonly ReplyChoice[];
  /** Called with the chosen option id. */
  onChoose: (event: string) => void;
  /** True while a reply is being saved. */
  disabled: boolean;
  /** Changes with every new turn: the buttons are new, and focus may move to the first one. */
  turnKey: string;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The open replies as buttons, also chosen with the keys 1 to 9. After a reply, focus goes
 * to the first new option for keyboard users (never on a touch screen, where it would pull
 * a screen reader away from the customer's new message).
 */
export function ReplyOptions({ options, onChoose, disabled, turnKey }: ReplyOptionsProps) {
  const groupRef = useRef<HTMLDivElement>(null);
  const shownTurn = useRef<string | undefined>(undefined);

  useEffect(() => trackInputModality(), []);

  useEffect(() => {
    const previous = shownTurn.current;
    shownTurn.current = turnKey;
    if (previous === undefined || previous === turnKey || !mayMoveFocus()) return;
    groupRef.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }, [turnKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      const index = Number(event.key) - 1;
      const option = Number.isInteger(index) && index >= 0 ? options[index] : undefined;
      if (option === undefined) return;
      event.preventDefault();
      onChoose(option.event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [options, onChoose, disabled]);

  return (
    <div className="reply-options" role="group" aria-label="Your reply" ref={groupRef}>
      {options.map((option, index) => (
        <button
          key={`${turnKey}:${option.event}`}
          type="button"
          className="reply-options__option"
          aria-disabled={disabled || undefined}
          aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
          onClick={() => {
            if (!disabled) onChoose(option.event);
          }}
        >
          {index < 9 && (
            <kbd className="reply-options__key" aria-hidden="true">
              {index + 1}
            </kbd>
          )}
          <span className="reply-options__text">{option.reply}</span>
        </button>
      ))}
    </div>
  );
}
