import { useMemo } from 'react';
import { Route, Switch } from 'wouter';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import { AttemptPage } from '../features/review/attempt-page.tsx';
import { AttemptsPage } from '../features/review/attempts-page.tsx';
import { DataPage } from '../features/review/data-page.tsx';
import { ReviewScenariosContext, type ReviewScenarios } from '../features/review/review-context.ts';
import { ReviewLayout } from '../features/review/review-layout.tsx';
import { ScenarioPage } from '../features/review/scenario-page.tsx';
import { TraineePage } from '../features/review/trainee-page.tsx';
import { useSummaries } from '../features/review/use-summaries.ts';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { libraryCards, loadShippedScenario } from './shipped-library.ts';
import { StoredScorecardBody } from './stored-scorecard.tsx';

/** Every library scenario's conversation (the review verifies imports against them all). */
async function loadAll(): Promise<readonly LoadedScenario[]> {
  const loads = await Promise.all(libraryCards.map((c) => loadShippedScenario(c.id)));
  return loads.flatMap((l) => (l.status === 'ready' ? [l.loaded] : []));
}

/** One library scenario's conversation, or undefined. */
async function loadOne(id: string): Promise<LoadedScenario | undefined> {
  const load = await loadShippedScenario(id);
  return load.status === 'ready' ? load.loaded : undefined;
}

const SCENARIOS: ReviewScenarios = { cards: libraryCards, loadAll, loadOne };

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/**
 * `#/review…`: the manager's review, a lazily loaded part of the app (a trainee never
 * downloads it, nor its table and chart libraries).
 */
export default function ReviewRoute() {
  const summaries = useSummaries(useAttemptStore());
  const body = useMemo(() => {
    if (summaries.status === 'loading')
      return { current: 'attempts' as const, node: <p role="status">Loading attempts…</p> };
    if (summaries.status === 'failed') {
      return {
        current: 'attempts' as const,
        node: <p role="alert">The attempts could not be read: {summaries.message}</p>,
      };
    }
    return undefined;
  }, [summaries]);
  const rows = summaries.status === 'ready' ? summaries.rows : [];
  return (
    <ReviewScenariosContext value={SCENARIOS}>
      <Switch>
        <Route path="/review/data">
          <ReviewLayout current="data">
            <DataPage rows={rows} />
          </ReviewLayout>
        </Route>
        <Route path="/review/trainee/:name">
          {(p) => (
            <ReviewLayout current="detail">
              {body?.node ?? <TraineePage trainee={decode(p.name)} rows={rows} />}
            </ReviewLayout>
          )}
        </Route>
        <Route path="/review/scenario/:id">
          {(p) => (
            <ReviewLayout current="detail">
              {body?.node ?? <ScenarioPage scenarioId={decode(p.id)} rows={rows} />}
            </ReviewLayout>
          )}
        </Route>
        <Route path="/review/attempt/:id">
          {(p) => (
            <ReviewLayout current="detail">
              <AttemptPage
                attemptId={decode(p.id)}
                renderScorecard={(attempt) => <StoredScorecardBody attempt={attempt} />}
              />
            </ReviewLayout>
          )}
        </Route>
        <Route>
          <ReviewLayout current="attempts">
            {body?.node ?? <AttemptsPage rows={rows} />}
          </ReviewLayout>
        </Route>
      </Switch>
    </ReviewScenariosContext>
  );
}
