import { useEffect, useMemo, useState } from 'react';
import { Route, Switch, useLocation, useSearch } from 'wouter';
import { checkScenario } from '../core/analysis/check-scenario.ts';
import type { StartPoint } from '../core/attempt/attempt-log.ts';
import { PlayerPage } from '../features/player/player-page.tsx';
import { DraftPage } from '../features/studio/draft-page.tsx';
import { OpenPage } from '../features/studio/open-page.tsx';
import { PlaytestSetup } from '../features/studio/playtest-setup.tsx';
import { StudioLayout } from '../features/studio/studio-layout.tsx';
import { studioHref } from '../features/studio/studio-links.ts';
import { AttemptStoreProvider } from '../storage/attempt-store-context.tsx';
import type { Draft, DraftStore } from '../storage/draft-store.ts';
import { openDraftStore } from '../storage/draft-store-open.ts';
import { MemoryAttemptStore } from '../storage/memory-attempt-store.ts';
import { splitHash } from './hash-route.ts';
import { LazyScorecard } from './lazy-scorecard.tsx';
import { libraryCards, loadShippedSource } from './shipped-library.ts';

let shared: Promise<DraftStore> | undefined;

/** The studio's drafts, opened once per tab. */
function useDraftStore(): DraftStore | undefined {
  const [store, setStore] = useState<DraftStore>();
  useEffect(() => {
    let live = true;
    shared ??= openDraftStore();
    void shared.then((s) => live && setStore(s));
    return () => {
      live = false;
    };
  }, []);
  return store;
}

/** The route's segments after `prefix`, decoded once each (see review-route.tsx for why). */
function segmentsAfter(prefix: string): string[] {
  return splitHash(window.location.hash)
    .path.slice(prefix.length)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

const navigateTo = (href: string) => window.location.assign(href);

/**
 * `#/studio…`: the author's studio, a lazily loaded part of the app (the editor, the graph
 * layout and the Twine parser never reach a trainee).
 */
export default function StudioRoute() {
  const drafts = useDraftStore();
  const search = useSearch();
  return (
    <StudioLayout>
      {drafts === undefined ? (
        <p role="status">Opening your drafts…</p>
      ) : (
        <Switch>
          <Route path="/studio/draft/:id">
            {() => {
              const [draftId = ''] = segmentsAfter('/studio/draft/');
              const state = new URLSearchParams(search).get('state') ?? undefined;
              return (
                <DraftPage
                  key={draftId}
                  drafts={drafts}
                  draftId={draftId}
                  onPlayFrom={(id, from) => navigateTo(studioHref.play(id, from))}
                  onClose={() => navigateTo(studioHref.home())}
                  onOpen={(id) => navigateTo(studioHref.draft(id))}
                  {...(state === undefined ? {} : { initialState: state })}
                />
              );
            }}
          </Route>
          <Route path="/studio/play/:draft/:state">
            {() => {
              const [draftId = '', state = ''] = segmentsAfter('/studio/play/');
              return (
                <Playtest
                  key={`${draftId}/${state}`}
                  drafts={drafts}
                  draftId={draftId}
                  state={state}
                />
              );
            }}
          </Route>
          <Route>
            <OpenPage
              drafts={drafts}
              library={libraryCards}
              loadLibrarySource={loadShippedSource}
              onOpen={(id) => navigateTo(studioHref.draft(id))}
            />
          </Route>
        </Switch>
      )}
    </StudioLayout>
  );
}

/** A playtest of a draft from one of its turns, in the real player, saved nowhere. */
function Playtest({
  drafts,
  draftId,
  state,
}: {
  drafts: DraftStore;
  draftId: string;
  state: string;
}) {
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft | null>();
  const [start, setStart] = useState<StartPoint>();
  // Playtests are the author's, not a trainee's: kept in this tab's memory only.
  const store = useMemo(() => new MemoryAttemptStore(), []);
  useEffect(() => {
    let live = true;
    void drafts.get(draftId).then((d) => live && setDraft(d ?? null));
    return () => {
      live = false;
    };
  }, [drafts, draftId]);
  const checked = useMemo(
    () => (draft ? checkScenario(draft.text, draft.name) : undefined),
    [draft],
  );
  const back = () =>
    navigate(`/studio/draft/${encodeURIComponent(draftId)}?state=${encodeURIComponent(state)}`);

  if (draft === undefined) return <p role="status">Opening the draft…</p>;
  if (draft === null || checked === undefined) {
    return <p role="alert">There is no draft called “{draftId}” in this browser.</p>;
  }
  if (!checked.ok) {
    return (
      <section>
        <h2>This draft cannot be played yet</h2>
        <p>It has errors to fix first.</p>
        <button type="button" className="studio-button" onClick={back}>
          Back to the editor
        </button>
      </section>
    );
  }
  if (start === undefined) {
    return (
      <PlaytestSetup
        loaded={checked.loaded}
        analysis={checked.analysis}
        state={state}
        onStart={setStart}
        onCancel={back}
      />
    );
  }
  return (
    <AttemptStoreProvider store={store}>
      <PlayerPage
        loaded={checked.loaded}
        trainee="Author (playtest)"
        mode="practice"
        startAt={start}
        embedded={{ exitLabel: 'Back to the editor' }}
        onExit={back}
        renderScorecard={(props) => <LazyScorecard {...props} />}
      />
    </AttemptStoreProvider>
  );
}
