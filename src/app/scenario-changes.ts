/** The dev server's message when a file under scenarios/ changed (see the build plugin). */
const SCENARIOS_CHANGED_EVENT = 'extra-mile:scenarios-changed';

/**
 * With the dev server (`npm start`), a saved scenario file shows at once: every page
 * reloads to pick it up, except the studio, where reloading would throw away what the
 * author is typing (its drafts are its own copies of the files).
 */
export function reloadOnScenarioChanges(): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(SCENARIOS_CHANGED_EVENT, () => {
    if (!window.location.hash.startsWith('#/studio')) window.location.reload();
  });
}
