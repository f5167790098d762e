import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { reloadOnScenarioChanges } from './app/scenario-changes.ts';
import { startEarly } from './app/start-early.ts';
import './app/app.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('Extra Mile: missing #root element in index.html');
}

startEarly(window.location.hash);
reloadOnScenarioChanges();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
