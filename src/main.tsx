import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { contentShown } from './app/content-shown.ts';
import { reloadOnScenarioChanges } from './app/scenario-changes.ts';
import { startEarly } from './app/start-early.ts';
import './app/app.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('Extra Mile: missing #root element in index.html');
}

startEarly(window.location.hash);
reloadOnScenarioChanges();
// Sending to an LRS (when one is set up) starts once the first screen is shown, off the
// first load's path.
void contentShown
  .then(() => import('./app/xapi-connection.ts'))
  .then((xapi) => xapi.startXapi())
  .catch((error: unknown) => console.warn('Extra Mile: the LRS connection did not start.', error));
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
