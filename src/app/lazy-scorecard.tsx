import { lazy, Suspense } from 'react';
import type * as ScorecardModule from '../features/scorecard/scorecard-view.tsx';
import type { ScorecardViewProps } from '../features/scorecard/scorecard-view.tsx';

let loadedView: typeof ScorecardModule.ScorecardView | undefined;

/** Loads the scorecard's code; called early by the player so the end of a conversation does not wait. */
export const loadScorecard = () =>
  import('../features/scorecard/scorecard-view.tsx').then((module) => {
    loadedView = module.ScorecardView;
    return module;
  });

const ScorecardView = lazy(() => loadScorecard().then((m) => ({ default: m.ScorecardView })));

/**
 * The scorecard, loaded on demand: a trainee's first load carries the player only. Once the
 * prefetched code is here it renders at once, with no "loading" flash after the last reply.
 */
export function LazyScorecard(props: ScorecardViewProps) {
  const Loaded = loadedView;
  if (Loaded !== undefined) return <Loaded {...props} />;
  return (
    <Suspense fallback={<p role="status">Scoring your conversation…</p>}>
      <ScorecardView {...props} />
    </Suspense>
  );
}
