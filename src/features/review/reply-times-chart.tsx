import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TurnScore } from '../../core/scoring/scorecard-types.ts';

/** Props of {@link ReplyTimesChart}. */
export interface ReplyTimesChartProps {
  /** The attempt's scored turns. */
  turns: readonly TurnScore[];
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/**
 * Each turn's reply time against its budget, as bars, with the same figures in a table
 * (a chart alone says nothing to a screen reader or on paper).
 */
export function ReplyTimesChart({ turns }: ReplyTimesChartProps) {
  const data = turns.map((t) => ({
    turn: `Turn ${t.index + 1}`,
    taken: seconds(t.replyMs) ?? seconds(t.budgetMs),
    budget: seconds(t.budgetMs),
    timedOut: t.replyMs === null,
  }));
  return (
    <figure className="review-chart" aria-labelledby="reply-times-caption">
      <figcaption id="reply-times-caption">
        Reply time against the budget, per turn (seconds)
      </figcaption>
      <div className="review-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="turn" />
            <YAxis unit=" s" />
            <Tooltip />
            <Legend />
            <Bar dataKey="taken" name="Reply time" fill="#2f5d8a" isAnimationActive={false} />
            <Bar dataKey="budget" name="Budget" fill="#b9c7d6" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="review-chart__table">
        <thead>
          <tr>
            <th scope="col">Turn</th>
            <th scope="col">Reply time</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.turn}>
              <th scope="row">{d.turn}</th>
              <td>{d.timedOut ? 'No reply (the customer did not wait)' : `${d.taken} s`}</td>
              <td>{d.budget} s</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
