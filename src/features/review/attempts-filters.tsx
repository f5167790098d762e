import { dayStart, dayValue } from '../../ui/day-input.ts';
import { useId } from 'react';
import type { AttemptFilter, Verification } from '../../core/review/review-types.ts';

/** Props of {@link AttemptsFilters}. */
export interface AttemptsFiltersProps {
  /** The current filter. */
  filter: AttemptFilter;
  /** Changes part of it. */
  onChange: (patch: Partial<AttemptFilter>) => void;
  /** Every trainee with an attempt, sorted. */
  trainees: readonly string[];
  /** Every scenario with an attempt or in the library: id and title, sorted by title. */
  scenarios: readonly { id: string; title: string }[];
}

const VERIFICATIONS: { value: Verification; label: string }[] = [
  { value: 'local', label: 'Played here' },
  { value: 'verified', label: 'Imported, verified' },
  { value: 'altered', label: 'Altered' },
  { value: 'cannot-verify', label: 'Cannot verify' },
];

/** The attempts table's filters: trainee, scenario, dates, mode, result, origin and text. */
export function AttemptsFilters({ filter, onChange, trainees, scenarios }: AttemptsFiltersProps) {
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  return (
    <fieldset className="review-filters">
      <legend>Filter attempts</legend>
      <div className="review-filters__field review-filters__field--wide">
        <label htmlFor={field('query')}>Search</label>
        <input
          id={field('query')}
          type="search"
          value={filter.query ?? ''}
          placeholder="Trainee, scenario or ending"
          onChange={(e) => onChange({ query: e.target.value === '' ? undefined : e.target.value })}
        />
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('trainee')}>Trainee</label>
        <select
          id={field('trainee')}
          value={filter.trainees?.[0] ?? ''}
          onChange={(e) =>
            onChange({ trainees: e.target.value === '' ? undefined : [e.target.value] })
          }
        >
          <option value="">Every trainee</option>
          {trainees.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('scenario')}>Scenario</label>
        <select
          id={field('scenario')}
          value={filter.scenarioIds?.[0] ?? ''}
          onChange={(e) =>
            onChange({ scenarioIds: e.target.value === '' ? undefined : [e.target.value] })
          }
        >
          <option value="">Every scenario</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('from')}>From</label>
        <input
          id={field('from')}
          type="date"
          value={dayValue(filter.from)}
          onChange={(e) => onChange({ from: dayStart(e.target.value) })}
        />
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('to')}>To</label>
        <input
          id={field('to')}
          type="date"
          // `to` is exclusive: the day after the one picked.
          value={dayValue(filter.to, -1)}
          onChange={(e) => onChange({ to: dayStart(e.target.value, 1) })}
        />
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('mode')}>Mode</label>
        <select
          id={field('mode')}
          value={filter.mode ?? ''}
          onChange={(e) =>
            onChange({
              mode:
                e.target.value === 'practice' || e.target.value === 'assessment'
                  ? e.target.value
                  : undefined,
            })
          }
        >
          <option value="">Both modes</option>
          <option value="practice">Practice</option>
          <option value="assessment">Assessment</option>
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('pass')}>Result</label>
        <select
          id={field('pass')}
          value={filter.pass === undefined ? '' : filter.pass ? 'pass' : 'fail'}
          onChange={(e) =>
            onChange({ pass: e.target.value === '' ? undefined : e.target.value === 'pass' })
          }
        >
          <option value="">Pass or fail</option>
          <option value="pass">Passed</option>
          <option value="fail">Failed</option>
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={field('origin')}>Origin</label>
        <select
          id={field('origin')}
          value={filter.verification ?? ''}
          onChange={(e) =>
            onChange({
              verification: VERIFICATIONS.find((v) => v.value === e.target.value)?.value,
            })
          }
        >
          <option value="">Any origin</option>
          {VERIFICATIONS.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
