import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { applyLargeText } from '@/components/large-text';
import { listenForInstallPrompt } from '@/components/install/install-prompt';
import { installHistoryGuard } from '@/components/history-guard';
import { yieldToBrowser } from '@/components/yield-to-browser';
import { initI18n } from './i18n';
import { AppRoutes, preloadScreen } from './router';
import { APP_STARTED_CLASS, BOOT_FAILED_CLASS, SHELL_READY_CLASS } from './shell/shell-ready';
import './styles.css';

// A chunk that cannot be fetched (the network dropped, an update removed it, or the page is being left) is
// left to fail where it is imported: a screen's error boundary then says to reload to update, and an optional
// part stays away (src/components/chunk-load.ts). No `vite:preloadError` handler: preventing its default would
// make the import resolve to undefined and its caller throw, and reloading from it would replace a
// navigation that is leaving the page while its chunks load (WebKit and Firefox abort them then).

/** `?lng=` has been applied and remembered by now; drop it so a later choice in Settings survives reloads. */
function dropLanguageParameter() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lng')) return;
  url.searchParams.delete('lng');
  window.history.replaceState(window.history.state, '', url);
}

async function start() {
  // The browser may offer to install the app before any screen is up: keep the offer for a calm moment.
  listenForInstallPrompt();
  document.documentElement.classList.add(SHELL_READY_CLASS); // already there after the inline script
  applyLargeText();
  // The screen's code and its words are fetched together with the app's own words, not one after another
  // as the first render would ask for them; on a first visit, home's question to the browser (does the
  // database exist?) is the last to answer, so it goes first.
  const screen = preloadScreen(window.location.pathname);
  await yieldToBrowser();
  await initI18n(screen.namespaces);
  dropLanguageParameter();
  // The prerendered frame is already on screen, so nothing is lost by rendering only once the screen's
  // code is here: React then builds the real screen in its first pass, instead of a placeholder it would
  // replace a moment later.
  await screen.loaded;
  // Back and Forward reach the guard before the router, so that it can ask before losing unsaved edits.
  installHistoryGuard();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const app = createRoot(root);
  // The first render is a transition: React renders it in short slices and the page stays responsive
  // to the reader's first tap.
  startTransition(() => {
    app.render(
      <StrictMode>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </StrictMode>,
    );
  });
  document.documentElement.classList.add(APP_STARTED_CLASS);
}

// A start that fails (its translations or screen could not load) says so, with a link that tries again,
// instead of leaving the frame's skeleton on screen for ever.
start().catch((error: unknown) => {
  console.error(error);
  document.documentElement.classList.add(BOOT_FAILED_CLASS);
});
