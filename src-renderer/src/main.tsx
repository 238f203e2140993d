import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18n, loadCatalog } from './i18n/i18n';
import { installWebBridge } from './lib/web-bridge';
import './styles.css';

// Web mode only: Electron's preload has already put the bridge on window.cadence.
installWebBridge();
// The system's language, when it is not English, before the first word is shown.
await loadCatalog(i18n.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
