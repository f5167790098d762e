import { excerpt } from '../../ui/paragraphs.ts';
import { PrincipleTag } from '../../ui/principle-tag.tsx';
import { moodBand } from '../../ui/mood-words.ts';
import type { TimelineMark, TimelineRow } from './timeline-rows.ts';

const EXCERPT = 220;

function Marks({ marks }: { marks: readonly TimelineMark[] }) {
  return (
    <dl className="marks">
      {marks.map((mark) => (
        <div key={mark.dimension} className={`marks__item marks__item--${mark.band}`}>
          <dt>{mark.label}</dt>
          <dd>{mark.value === null ? 'not counted' : `${mark.value}/100`}</dd>
        </div>
      ))}
    </dl>
  );
}

function Mood({ before, after }: { before: number; after: number }) {
  const from = moodBand(before).word;
  const to = moodBand(after).word;
  const arrow = after > before ? '\u2191' : after < before ? '\u2193' : '\u2192';
  return (
    <p className="turn__mood">
      Mood {from} {before} <span aria-hidden="true">{arrow}</span>
      <span className="visually-hidden">to</span> {to} {after}
    </p>
  );
}

function Turn({ row, customerName }: { row: TimelineRow; customerName: string }) {
  const said = row.customer === undefined ? undefined : excerpt(row.customer, EXCERPT);
  return (
    <li className="turn">
      <div className="turn__head">
        <h4>Turn {row.index + 1}</h4>
        <p className={`turn__time${row.late ? ' turn__time--late' : ''}`}>
          <span className="turn__time-label">Time taken</span> {row.time}
          {row.late && row.reply !== null && <span className="turn__late"> (late)</span>}
        </p>
      </div>
      {row.narration !== undefined && <p className="turn__narration">{row.narration}</p>}
      <div className="turn__exchange">
        {said !== undefined && (
          <div className="turn__said">
            <p className="turn__who">{customerName}</p>
            <blockquote>{said.text}</blockquote>
            {said.cut && (
              <details className="turn__full">
                <summary>Full message</summary>
                <p>{row.customer?.trim()}</p>
              </details>
            )}
          </div>
        )}
        <div className="turn__said turn__said--you">
          <p className="turn__who">You</p>
          {row.reply === null ? (
            <p className="turn__silence">No reply: the customer moved on.</p>
          ) : (
            <blockquote>{row.reply}</blockquote>
          )}
        </div>
      </div>
      <Marks marks={row.marks} />
      {row.mood !== undefined && <Mood before={row.mood.before} after={row.mood.after} />}
      {row.feedback !== undefined && (
        <div className="turn__coach">
          <p className="turn__label">
            Coach {row.principle !== undefined && <PrincipleTag principle={row.principle} />}
          </p>
          <p>{row.feedback}</p>
        </div>
      )}
      {row.better !== null && (
        <div className="turn__better">
          <p className="turn__label">
            A better reply{' '}
            {row.better.principle !== undefined && (
              <PrincipleTag principle={row.better.principle} />
            )}
          </p>
          <blockquote>{row.better.reply}</blockquote>
          {row.better.feedback !== undefined && <p>{row.better.feedback}</p>}
        </div>
      )}
    </li>
  );
}

/** Every turn in order: what was said, how long the reply took, its marks, the coach, and the better reply. */
export function TurnTimeline({
  rows,
  customerName,
}: {
  rows: readonly TimelineRow[];
  customerName: string;
}) {
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Turn by turn</h3>
      <ol className="timeline__turns" aria-label="Turns">
        {rows.map((row) => (
          <Turn key={row.index} row={row} customerName={customerName} />
        ))}
      </ol>
    </section>
  );
}
