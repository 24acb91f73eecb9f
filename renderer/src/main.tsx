import './zodJitless';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureHarnessToken } from './api/harnessToken';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { installLeaveGuard } from './app/leaveGuard';
import { ConnectionGate } from './features/connection/ConnectionGate';

// Before anything reads location.hash (the router does).
captureHarnessToken();
// Before React listens to hashchange: the guard must see a screen change first.
installLeaveGuard();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <ConnectionGate>
        <App />
      </ConnectionGate>
    </AppProviders>
  </StrictMode>,
);
