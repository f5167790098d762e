import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LibraryPage } from '../features/library/library-page.tsx';
import { PlayerPage } from '../features/player/player-page.tsx';
import { shippedLibrary } from './shipped-library.ts';

const TRAINEE = 'Trainee';

function Library() {
  const [, navigate] = useLocation();
  return (
    <LibraryPage
      scenarios={[...shippedLibrary.scenarios.values()].map((s) => s.scenario)}
      failures={shippedLibrary.failures}
      onStart={(id) => navigate(`/play/${id}`)}
    />
  );
}

function Play({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const loaded = shippedLibrary.scenarios.get(id);
  if (loaded === undefined) {
    return (
      <main className="app-shell">
        <h1>Scenario not found</h1>
        <p>There is no scenario called “{id}”.</p>
        <a href="#/">Back to the library</a>
      </main>
    );
  }
  return (
    <PlayerPage
      key={id}
      loaded={loaded}
      trainee={TRAINEE}
      mode="practice"
      onExit={() => navigate('/')}
    />
  );
}

/** Routes, motion settings (reduced motion honoured) and the pages. */
export function App() {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <Router hook={useHashLocation}>
          <Switch>
            <Route path="/play/:id">{(params) => <Play id={params.id} />}</Route>
            <Route>
              <Library />
            </Route>
          </Switch>
        </Router>
      </MotionConfig>
    </LazyMotion>
  );
}
