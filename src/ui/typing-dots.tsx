import './typing-dots.css';

/** Three dots that pulse while someone types (static when motion is reduced); decorative. */
export function TypingDots() {
  return (
    <span className="typing-dots" aria-hidden="true">
      <span />
      <span />
      <span />
    </span>
  );
}
