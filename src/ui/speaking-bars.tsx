import './speaking-bars.css';

/** A small voice-level glyph that moves while someone speaks (still when motion is reduced); decorative. */
export function SpeakingBars() {
  return (
    <span className="speaking-bars" aria-hidden="true">
      <span />
      <span />
      <span />
      <span />
    </span>
  );
}
