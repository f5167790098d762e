import type { BusinessImpact } from '../../core/scoring/business-impact.ts';

/** What the ending means for the business, with the figures behind it. */
export function ImpactPanel({ impact }: { impact: BusinessImpact }) {
  if (impact.figures.length === 0) return null;
  return (
    <section className="impact" aria-labelledby="impact-heading">
      <h3 id="impact-heading">What this means for the business</h3>
      <p className="impact__headline">{impact.headline}</p>
      <ul className="impact__figures">
        {impact.figures.map((figure) => (
          <li key={figure.id}>
            <strong>{figure.headline}.</strong> <q>{figure.quote}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
