import { LazyMotion, MotionConfig } from 'framer-motion';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { readLmsLaunch } from '../features/lms/lms-launch.ts';
import { AttemptStoreProvider } from '../storage/attempt-store-context.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { AppHeader } from './app-header.tsx';
import { contentShown } from './content-shown.ts';
import { LibraryRoute } from './library-route.tsx';
import { PlayRoute } from './play-route.tsx';
import { TraineeGate } from './trainee-gate.tsx';
import { useHashRoute, useHashSearch } from './use-hash-route.ts';
import './app-layout.css';

// Pages a trainee reaches later are loaded when first opened, keeping the first load small.
const HistoryRoute = lazy(() =>
  import('./history-route.tsx').then((m) => ({ default: m.HistoryRoute })),
);
const AttemptRoute = lazy(() =>
  import('./attempt-route.tsx').then((m) => ({ default: m.AttemptRoute })),
);
// The manager's review: its own chunk with the table and chart libraries; trainees never load it.
const ReviewRoute = lazy(() => import('./review-route.tsx'));
// The author's studio: the editor, the graph layout and the Twine parser, for managers only.
const StudioRoute = lazy(() => import('./studio-route.tsx'));
// A scenario launched by an LMS course (SCORM 1.2 or cmi5): its runtime only for such launches.
const LmsRoute = lazy(() => import('./lms-route.tsx'));

/** How this page was opened: by an LMS (read once: the launch is the page's address). */
const lmsLaunch = readLmsLaunch(typeof window === 'undefined' ? '' : window.location.search);
// Animation features arrive once the page's content is shown; until then nothing animates
// (what is on screen at first never animates in, so nothing waits for them).
const motionFeatures = () =>
  contentShown.then(() => import('./motion-features.ts')).then((m) => m.default);

function Loading() {
  return (
    <p role="status" className="app-shell">
      Loading…
    </p>
  );
}

function WithHeader({ trainee, children }: { trainee: string; children: ReactNode }) {
  return (
    <>
      <AppHeader trainee={trainee} />
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </>
  );
}

function TraineeRoutes({ trainee }: { trainee: string }) {
  return (
    <Switch>
      {/* The player stays free of the header: one conversation, nothing else to click. */}
      <Route path="/play/:id">{(p) => <PlayRoute id={p.id} trainee={trainee} />}</Route>
      <Route path="/history">
        <WithHeader trainee={trainee}>
          <HistoryRoute trainee={trainee} />
        </WithHeader>
      </Route>
      <Route path="/attempt/:id">
        {(p) => (
          <WithHeader trainee={trainee}>
            <AttemptRoute attemptId={p.id} />
          </WithHeader>
        )}
      </Route>
      <Route>
        <WithHeader trainee={trainee}>
          <LibraryRoute trainee={trainee} />
        </WithHeader>
      </Route>
    </Switch>
  );
}

/** Providers (motion honouring reduced motion, attempt store), the trainee gate and the routes. */
export function App() {
  return (
    <LazyMotion features={motionFeatures} strict>
      <MotionConfig reducedMotion="user">
        <AttemptStoreProvider>
          {lmsLaunch.kind === 'none' ? (
            <Routes />
          ) : lmsLaunch.kind === 'invalid' ? (
            <main className="app-shell">
              <h1>This course link cannot be used</h1>
              <p role="alert">{lmsLaunch.problem}</p>
            </main>
          ) : (
            <ErrorBoundary backHref="#/" backLabel="Start again">
              <Suspense fallback={<Loading />}>
                <LmsRoute launch={lmsLaunch.launch} />
              </Suspense>
            </ErrorBoundary>
          )}
        </AttemptStoreProvider>
      </MotionConfig>
    </LazyMotion>
  );
}

/** The app's own pages: the review, the studio, and the trainee's library behind the gate. */
function Routes() {
  return (
    <Router hook={useHashRoute} searchHook={useHashSearch}>
      <Switch>
        {/* Managers review without saying who they are: no trainee gate. */}
        <Route path="/review/*?">
          <ErrorBoundary backHref="#/review" backLabel="Back to the attempts">
            <Suspense fallback={<Loading />}>
              <ReviewRoute />
            </Suspense>
          </ErrorBoundary>
        </Route>
        <Route path="/studio/*?">
          <ErrorBoundary backHref="#/studio" backLabel="Back to the studio">
            <Suspense fallback={<Loading />}>
              <StudioRoute />
            </Suspense>
          </ErrorBoundary>
        </Route>
        <Route>
          <ErrorBoundary backHref="#/" backLabel="Back to the library">
            <TraineeGate>{(trainee) => <TraineeRoutes trainee={trainee} />}</TraineeGate>
          </ErrorBoundary>
        </Route>
      </Switch>
    </Router>
  );
}
