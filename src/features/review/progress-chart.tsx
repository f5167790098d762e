import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgressPoint } from '../../core/review/trainee-report.ts';
import { usePrinting } from '../../ui/use-printing.ts';

/** Props of {@link ProgressChart}. */
export interface ProgressChartProps {
  /** Scored attempts in time order. */
  points: readonly ProgressPoint[];
  /** A scenario's title by id. */
  titleOf: (id: string) => string;
}

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'short' });

/** Lines told apart by dash pattern as well as colour (never colour alone). */
const SERIES = [
  { key: 'overall', name: 'Overall', color: '#1f2d3d', dash: undefined },
  { key: 'tone', name: 'Tone', color: '#2f5d8a', dash: '6 3' },
  { key: 'promptness', name: 'Promptness', color: '#a15c00', dash: '2 3' },
  { key: 'extraMile', name: 'Extra mile', color: '#1d6b34', dash: '10 4 2 4' },
] as const;

/** A trainee's scores over time, per dimension, with the same figures as a table. */
export function ProgressChart({ points, titleOf }: ProgressChartProps) {
  const printing = usePrinting();
  const data = points.map((p, i) => ({
    label: `${i + 1}. ${SHORT_DATE.format(p.startedAt)}`,
    overall: p.overall,
    tone: p.scores.tone,
    promptness: p.scores.promptness,
    extraMile: p.scores.extraMile,
  }));
  return (
    <figure className="review-chart" aria-labelledby="progress-caption">
      <figcaption id="progress-caption">Scores over time, oldest first (0 to 100)</figcaption>
      <div className="review-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis domain={[0, 100]} />
            <Tooltip />
            <Legend />
            {SERIES.map((s) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeDasharray={s.dash}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {/* Open on paper: a printed chart without its figures hides what it says. */}
      <details open={printing ? true : undefined}>
        <summary>The figures</summary>
        <table className="review-chart__table">
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Scenario</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.attemptId}>
                <th scope="row">{data[i]?.label}</th>
                <td>{titleOf(p.scenarioId)}</td>
                <td>{p.overall}</td>
                <td>{p.scores.tone ?? '–'}</td>
                <td>{p.scores.promptness ?? '–'}</td>
                <td>{p.scores.extraMile ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
