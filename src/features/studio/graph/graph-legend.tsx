import { FLAG_ICONS } from './node-words.ts';

const SHAPES: [string, string][] = [
  ['turn', 'turn: the customer speaks, the trainee replies'],
  ['branch', 'eventless branch: the conversation moves on by itself (mood, flags)'],
  ['phase', 'phase: a group of turns with shared options'],
  ['ending-delighted', 'ending: delighted (kept, 4–5 stars)'],
  ['ending-cool', 'ending: cool (kept, 3 stars or fewer)'],
  ['ending-lost', 'ending: lost (the customer leaves)'],
];

const FLAGS: [string, string][] = [
  [FLAG_ICONS.start, 'start'],
  [FLAG_ICONS.model, 'model answer: the path of the best overall score (thick line)'],
  [FLAG_ICONS.unreachable, 'unreachable: no path gets here (dashed)'],
  [FLAG_ICONS.trap, 'trap: the conversation gets stuck'],
  [FLAG_ICONS.noWayOut, 'no way out: no ending can be reached from here'],
];

/** What the shapes, colours, icons and letters mean, in words. */
export function GraphLegend() {
  return (
    <details className="graph-legend">
      <summary>Legend</summary>
      <ul>
        {SHAPES.map(([style, words]) => (
          <li key={style}>
            <svg width="18" height="12" aria-hidden="true" focusable="false">
              <rect
                className={`graph-node--${style} graph-legend__swatch`}
                width="18"
                height="12"
                rx="3"
              />
            </svg>{' '}
            {words}
          </li>
        ))}
        {FLAGS.map(([icon, words]) => (
          <li key={words}>
            <span aria-hidden="true" className="graph-legend__icon">
              {icon}
            </span>{' '}
            {words}
          </li>
        ))}
        <li>Marks on replies: T tone, P promptness, X extra mile (for example T+2 P-1 X+1)</li>
      </ul>
    </details>
  );
}
