import { act, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptStore } from './attempt-store.ts';
import { AttemptStoreProvider, useAttemptStore } from './attempt-store-context.tsx';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { UNAVAILABLE } from './storage-problems.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

async function render(node: ReactNode): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // Awaited, as React asks when a component may suspend.
  await act(async () => {
    root?.render(node);
    await Promise.resolve();
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

let seen: AttemptStore | undefined;
const see = (store: AttemptStore): void => {
  seen = store;
};

function ShowStore() {
  const store = useAttemptStore();
  useEffect(() => see(store), [store]);
  return <p>durable: {String(store.durable)}</p>;
}

describe('AttemptStoreProvider', () => {
  it('shows a short loading line while the store opens, then gives it to its children', async () => {
    let open: (store: AttemptStore) => void = () => undefined;
    const opening = new Promise<AttemptStore>((resolve) => (open = resolve));
    await render(
      <AttemptStoreProvider store={opening}>
        <ShowStore />
      </AttemptStoreProvider>,
    );
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Loading your practice…');
    const store = new MemoryAttemptStore({ problem: UNAVAILABLE });
    await act(async () => {
      open(store);
      await opening;
    });
    expect(container.textContent).toBe('durable: false');
    expect(seen).toBe(store);
  });

  it('renders at once with a store already open', async () => {
    const store = new MemoryAttemptStore();
    await render(
      <AttemptStoreProvider store={store}>
        <ShowStore />
      </AttemptStoreProvider>,
    );
    expect(seen).toBe(store);
  });

  it('gives a memory store outside a provider (component tests)', async () => {
    await render(<ShowStore />);
    expect(seen?.durable).toBe(false);
  });
});
