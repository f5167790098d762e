import { useEffect } from 'react';

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
  /** True while a reply is being saved or the conversation is paused. */
  disabled: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The open replies as buttons, also chosen with the keys 1 to 9. */
export function ReplyOptions({ options, onChoose, disabled }: ReplyOptionsProps) {
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
    <div className="reply-options" role="group" aria-label="Your reply">
      {options.map((option, index) => (
        <button
          key={option.event}
          type="button"
          className="reply-options__option"
          disabled={disabled}
          aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
          onClick={() => onChoose(option.event)}
        >
          {index < 9 && (
            <kbd className="reply-options__key" aria-hidden="true">
              {index + 1}
            </kbd>
          )}
          <span>{option.reply}</span>
        </button>
      ))}
    </div>
  );
}
