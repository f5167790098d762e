import { Suspense, useMemo } from 'react';
import { Route, Switch } from 'wouter';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import { AttemptPage } from '../features/review/attempt-page.tsx';
import { AttemptsPage } from '../features/review/attempts-page.tsx';
import { DataPage } from '../features/review/data-page.tsx';
import { ReviewScenariosContext, type ReviewScenarios } from '../features/review/review-context.ts';
import { ReviewLayout } from '../features/review/review-layout.tsx';
import { reviewHref } from '../features/review/review-links.ts';
import { ScenarioPage } from '../features/review/scenario-page.tsx';
import { TraineePage } from '../features/review/trainee-page.tsx';
import { useSummaries } from '../features/review/use-summaries.ts';
import { LrsImportPanel } from '../features/xapi/lrs-import-panel.tsx';
import { LrsSettingsPage } from '../features/xapi/lrs-settings-page.tsx';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { splitHash } from './hash-route.ts';
import { libraryCards, loadShippedScenario } from './shipped-library.ts';
import { StoredScorecardBody } from './stored-scorecard.tsx';
import {
  activityBaseOf,
  lrsSettings,
  restartXapi,
  xapiBridge,
  xapiLaunchProblems,
} from './xapi-connection.ts';

/**
 * Every library scenario's conversation (the review verifies imports against them all).
 * Rejects when one cannot be had: verifying without it would file genuine attempts as
 * "cannot verify" for good.
 */
async function loadAll(): Promise<readonly LoadedScenario[]> {
  const loads = await Promise.all(libraryCards.map((c) => loadShippedScenario(c.id)));
  return loads.map((load, i) => {
    if (load.status === 'ready') return load.loaded;
    const title = libraryCards[i]?.title ?? 'a scenario';
    throw new Error(
      `“${title}” could not be loaded (${load.status === 'failed' ? load.message : 'missing'}). Reload the page and import again`,
    );
  });
}

/** One library scenario's conversation, or undefined. */
async function loadOne(id: string): Promise<LoadedScenario | undefined> {
  const load = await loadShippedScenario(id);
  return load.status === 'ready' ? load.loaded : undefined;
}

const SCENARIOS: ReviewScenarios = { cards: libraryCards, loadAll, loadOne };

/** What keeps attempts from the LRS now: a bad launch link, sending stopped, an attempt it cannot build. */
function lrsProblems(): string[] {
  const launch = xapiLaunchProblems();
  const bridge = xapiBridge();
  const status = bridge?.status();
  return [
    ...(launch.length > 0
      ? [`The link this tab was opened with has unusable LRS settings: ${launch.join(' ')}`]
      : []),
    ...(status?.kind === 'blocked' ? [status.reason] : []),
    ...(bridge?.lastProblem() === undefined ? [] : [bridge.lastProblem() ?? '']),
  ];
}

/** The outbox's counts while a bridge runs; none sent or waiting otherwise. */
const outboxCounts = () =>
  xapiBridge()?.counts() ?? Promise.resolve({ pending: 0, sent: 0, rejected: 0 });

/**
 * The route's last segment exactly as it was linked (`encodeURIComponent`): wouter's own
 * `decodeURI` leaves `%2C`, `%2F` and the like encoded, and decoding its result again
 * would turn a literal `%41` in a name into `A`.
 */
function segmentAfter(prefix: string): string {
  const raw = splitHash(window.location.hash).path.slice(prefix.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

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
        <Route path="/review/lrs">
          <ReviewLayout current="lrs">
            <LrsSettingsPage
              store={lrsSettings}
              checkConnection={(settings) =>
                import('../features/xapi/xapi-probe.ts').then((m) => m.checkLrsConnection(settings))
              }
              outboxCounts={outboxCounts}
              // A launch's settings win in its tab (see LrsSettingsStore.active).
              onSettingsChanged={() => void restartXapi(lrsSettings.active())}
              onSendNow={() => xapiBridge()?.retryNow()}
              problems={lrsProblems}
            />
            <LrsImportPanel
              settings={() => lrsSettings.active()}
              activityBase={activityBaseOf}
              scenarios={libraryCards}
              loadScenarios={loadAll}
              reader={(settings) =>
                import('../features/xapi/xapi-reader.ts').then((m) =>
                  m.xapiStatementsReader(settings),
                )
              }
              attemptsHref={reviewHref.attempts()}
            />
          </ReviewLayout>
        </Route>
        <Route path="/review/data">
          <ReviewLayout current="data">
            <DataPage rows={rows} />
          </ReviewLayout>
        </Route>
        <Route path="/review/trainee/:name">
          {() => (
            <ReviewLayout current="detail">
              {body?.node ?? <TraineePage trainee={segmentAfter('/review/trainee/')} rows={rows} />}
            </ReviewLayout>
          )}
        </Route>
        <Route path="/review/scenario/:id">
          {() => (
            <ReviewLayout current="detail">
              {body?.node ?? (
                <ScenarioPage scenarioId={segmentAfter('/review/scenario/')} rows={rows} />
              )}
            </ReviewLayout>
          )}
        </Route>
        <Route path="/review/attempt/:id">
          {() => (
            <ReviewLayout current="detail">
              <AttemptPage
                attemptId={segmentAfter('/review/attempt/')}
                renderScorecard={(attempt) => (
                  // Its own boundary: the page and its navigation stay while the chunk arrives.
                  <Suspense fallback={<p role="status">Loading the scorecard…</p>}>
                    <StoredScorecardBody attempt={attempt} />
                  </Suspense>
                )}
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
