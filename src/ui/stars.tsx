import './stars.css';

/** A review as stars, read out as "4 of 5 stars". */
export function Stars({ value, max = 5 }: { value: number; max?: number }) {
  const filled = Math.max(0, Math.min(max, Math.round(value)));
  return (
    <span className="stars" role="img" aria-label={`${filled} of ${max} stars`}>
      {'\u2605'.repeat(filled)}
      <span className="stars__empty">{'\u2606'.repeat(max - filled)}</span>
    </span>
  );
}
