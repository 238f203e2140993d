import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startFirstReads } from './app/first-reads';
import { i18n, loadCatalog } from './i18n/i18n';
import { installWebBridge } from './lib/web-bridge';
import './styles.css';

/**
 * How long the first render waits for the first screen's data. The core answers in well under
 * this, and the screen is then drawn once, complete; rendered at once, the empty workspace's
 * render (about 35 ms of the main thread) held the answers back and the screen was drawn twice.
 * A slower core gets "Opening…" after this, as before.
 */
const FIRST_READS_WAIT_MS = 250;

// Web mode only: Electron's preload has already put the bridge on window.cadence.
installWebBridge();
const firstReads = startFirstReads();
// The system's language, when it is not English, before the first word is shown.
await loadCatalog(i18n.language);
await Promise.race([firstReads, new Promise((wait) => setTimeout(wait, FIRST_READS_WAIT_MS))]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
