import type { EndingMeta } from '../../core/scenario/scenario-types.ts';
import { Stars } from '../../ui/stars.tsx';

/** How the conversation ended: the headline, what happens next, whether the customer stays, and their stars. */
export function EndingPanel({
  ending,
  customerName,
}: {
  ending: EndingMeta;
  customerName: string;
}) {
  return (
    <section
      className={`ending ending--${ending.retained ? 'kept' : 'lost'}`}
      aria-labelledby="ending-heading"
    >
      <p className="ending__kicker">How it ended</p>
      <h3 id="ending-heading">{ending.title}</h3>
      <p className="ending__outcome">
        <span className="ending__badge">
          {ending.retained ? `${customerName} stays` : `${customerName} leaves`}
        </span>
        <Stars value={ending.review} />
      </p>
      {ending.text !== undefined && <p className="ending__text">{ending.text}</p>}
    </section>
  );
}
