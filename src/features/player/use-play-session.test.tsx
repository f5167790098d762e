import { act, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadedFrom, SUPPORT } from '../../core/play/test-scenarios.ts';
import { AttemptStoreProvider } from '../../storage/attempt-store-context.tsx';
import { MemoryAttemptStore } from '../../storage/memory-attempt-store.ts';
import { usePlaySession } from './use-play-session.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const support = loadedFrom(SUPPORT);
let root: Root;
let container: HTMLElement;
let latest: ReturnType<typeof usePlaySession> | undefined;

const see = (state: ReturnType<typeof usePlaySession>): void => {
  latest = state;
};

function Player() {
  const state = usePlaySession(support, 'Sam', 'practice');
  useEffect(() => see(state), [state]);
  return <p>{state.status === 'running' ? state.view.customer : state.status}</p>;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  latest = undefined;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(store: MemoryAttemptStore, child: ReactNode): void {
  act(() =>
    root.render(
      <StrictMode>
        <AttemptStoreProvider store={store}>{child}</AttemptStoreProvider>
      </StrictMode>,
    ),
  );
}

/** Lets the store's promises and React's updates run until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  });
  expect(done()).toBe(true);
}

const attemptId = (): string | undefined =>
  latest?.status === 'running' ? latest.attemptId : undefined;

describe('usePlaySession', () => {
  it('under StrictMode stores one attempt, resumes it on the next mount, starts fresh on request', async () => {
    const store = new MemoryAttemptStore();
    render(store, <Player />);
    await until(() => latest?.status === 'running');
    expect(container.textContent).toBe('My router keeps dropping.');
    expect(latest).toMatchObject({ resumed: false, storage: { durable: false } });
    expect(await store.list()).toHaveLength(1);
    const first = attemptId();

    render(store, <p>away</p>);
    latest = undefined;
    render(store, <Player />);
    await until(() => latest?.status === 'running');
    expect(latest).toMatchObject({ resumed: true, attemptId: first });
    expect(await store.list()).toHaveLength(1);

    await act(async () => latest?.startFresh());
    await until(() => latest?.status === 'running' && attemptId() !== first);
    expect(latest).toMatchObject({ resumed: false });
    expect((await store.get(first!))?.status).toBe('abandoned');
    expect((await store.get(attemptId()!))?.status).toBe('in-progress');
  });
});
